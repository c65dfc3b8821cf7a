"""Shared fixtures: run the real `vacex` binary on the samples into a temporary
output directory, the way cron or Airflow would, and hand the tests its paths."""
import json
import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BIN = os.environ.get("VACEX_BIN", str(ROOT / "target" / "release" / "vacex"))
SHARED = pathlib.Path(os.environ.get("VACEX_SHARED", str(ROOT.parent / "shared")))


def run_vacex(*args, check=True):
    proc = subprocess.run([BIN, "--quiet", *args], capture_output=True, text=True)
    if check and proc.returncode != 0:
        raise AssertionError(f"vacex {' '.join(args)} exited {proc.returncode}:\n{proc.stderr}")
    return proc


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory):
    """Two nights over the samples: the first night, then a second night with the
    same pages (a vacancy seen twice)."""
    out = tmp_path_factory.mktemp("out")
    for night in ("2025-11-01", "2025-11-02"):
        run_vacex("run", "--out", str(out), "--run-date", night, str(ROOT / "samples" / "pages"))
    reports = {p.stem: json.loads(p.read_text()) for p in (out / "runs").glob("*.json")}
    return out, reports


@pytest.fixture(scope="session")
def real_html_run(tmp_path_factory):
    if not (SHARED / "real-html").is_dir():
        pytest.skip("../shared/real-html is not beside the checkout")
    out = tmp_path_factory.mktemp("real")
    pages = sorted(str(p) for p in (SHARED / "real-html").glob("r*.html"))
    run_vacex("run", "--out", str(out), "--run-date", "2025-11-01", *pages)
    return out, json.loads((out / "runs" / "2025-11-01.json").read_text())
