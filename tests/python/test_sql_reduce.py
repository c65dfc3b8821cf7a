"""The reduce as SQL: sql/vacancies.sql run by DuckDB over the observations gives the
same vacancies table as `vacex merge`, row for row and column for column: on the
three sample nights (the dedup ground truth of tests/dedup.rs), and on a generated
corpus of three nights with cross-posted and re-crawled vacancies."""
import os
import pathlib
import subprocess

import duckdb
import pytest

from conftest import ROOT, run_vacex

SQL = (ROOT / "sql" / "vacancies.sql").read_text()
NIGHTS = ("2025-11-03", "2025-11-04", "2025-11-05")
GEN_CORPUS = os.environ.get("VACEX_GEN_CORPUS", str(ROOT / "target" / "release" / "gen-corpus"))


def reduce_in_duckdb(out: pathlib.Path, **settings) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"SET VARIABLE observations = '{out}/observations/*/*.parquet'")
    for name, value in settings.items():
        con.execute(f"SET VARIABLE {name} = {value}")
    con.execute(SQL)
    return con


def assert_same_vacancies(out: pathlib.Path, **settings) -> int:
    con = reduce_in_duckdb(out, **settings)
    merged = f"read_parquet('{out}/vacancies/vacancies.parquet')"
    sql_columns = con.execute("DESCRIBE vacancies").fetchall()
    vacex_columns = con.execute(f"DESCRIBE SELECT * FROM {merged}").fetchall()
    assert [(c[0], c[1]) for c in sql_columns] == [(c[0], c[1]) for c in vacex_columns]
    names = [c[0] for c in sql_columns]
    from_sql = con.execute("SELECT * FROM vacancies").fetchall()
    from_vacex = con.execute(f"SELECT * FROM {merged}").fetchall()
    assert len(from_sql) == len(from_vacex) > 0
    for row, (got, expected) in enumerate(zip(from_sql, from_vacex)):
        for name, g, e in zip(names, got, expected):
            assert g == e, f"row {row} ({expected[0]}), column {name}: SQL {g!r} != vacex {e!r}"
    # And as sets, with SQL's own equality (NULLs, lists and maps included).
    differ = con.execute(
        f"SELECT count(*) FROM (SELECT * FROM vacancies EXCEPT ALL SELECT * FROM {merged})"
    ).fetchone()[0]
    assert differ == 0
    return len(from_sql)


def test_sql_reduce_equals_vacex_merge_on_the_sample_nights(tmp_path):
    out = tmp_path / "out"
    for night in NIGHTS:
        run_vacex("run", "--run-date", night, "--out", str(out), str(ROOT / "samples" / "nights" / night))
    vacancies = assert_same_vacancies(out)
    truth = (ROOT / "samples" / "dedup_truth.tsv").read_text().splitlines()[1:]
    assert vacancies == len({line.split("\t")[1] for line in truth if line})
    con = reduce_in_duckdb(out)
    tiers = dict(con.execute("SELECT dedup_tier, count(*) FROM vacancies GROUP BY 1").fetchall())
    assert tiers.get("near_duplicate", 0) > 0 and tiers.get("reference", 0) > 0


def test_sql_reduce_equals_vacex_merge_on_a_generated_corpus(tmp_path):
    if not pathlib.Path(GEN_CORPUS).exists():
        pytest.fail(f"{GEN_CORPUS} is missing: cargo build --release -p vacex-bench --bin gen-corpus")
    corpus = tmp_path / "corpus"
    subprocess.run(
        [GEN_CORPUS, "--pages", "300", "--seed", "7", "--out", str(corpus), "--formats", "dir", "--nights", "3"],
        check=True,
        capture_output=True,
    )
    out = tmp_path / "out"
    for k, night in enumerate(NIGHTS, start=1):
        run_vacex("run", "--run-date", night, "--out", str(out), str(corpus / f"night-{k}"))
    assert assert_same_vacancies(out) > 200
    # Stricter thresholds put pairs in the grey zone and leave groups joined by the
    # content hash alone: vacex merge and the SQL must still agree.
    config = tmp_path / "strict.toml"
    shipped = (ROOT / "pipeline.toml").read_text()
    config.write_text(
        shipped.replace("near_duplicate_threshold = 0.6", "near_duplicate_threshold = 0.95").replace(
            "possible_duplicate_threshold = 0.4", "possible_duplicate_threshold = 0.9"
        )
    )
    run_vacex("merge", "--config", str(config), "--out", str(out))
    settings = {"near_duplicate_threshold": 0.95, "possible_duplicate_threshold": 0.9}
    assert assert_same_vacancies(out, **settings) > 200
    con = reduce_in_duckdb(out, **settings)
    tiers, grey = con.execute(
        "SELECT count(DISTINCT dedup_tier), count(possible_duplicate_of) FROM vacancies"
    ).fetchone()
    assert tiers == 4 and grey > 0
