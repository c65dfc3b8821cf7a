"""The published Parquet tables as analysts load them: pandas, polars and DuckDB read
every table, the column types are honest, and the row counts match the run report."""
import csv
import datetime

import duckdb
import pandas as pd
import polars as pl
import pyarrow.parquet as pq
import pytest

from conftest import ROOT


def test_report_adds_up(sample_run):
    _, reports = sample_run
    for name, report in reports.items():
        assert report["pages_read"] == report["observations"] + report["rejects"], name
        assert sum(report["rejects_by_reason"].values()) == report["rejects"], name
        assert report["failed"] + report["dropped"] == report["rejects"], name
        assert report["observations"] > 0
        assert report["status"] == "ok"


def test_duckdb_counts_match_the_report(sample_run):
    out, reports = sample_run
    con = duckdb.connect()
    for night in ("2025-11-01", "2025-11-02"):
        report = reports[night]
        obs = con.execute(
            f"SELECT count(*) FROM read_parquet('{out}/observations/run_date={night}/*.parquet')"
        ).fetchone()[0]
        rej = con.execute(
            f"SELECT count(*) FROM read_parquet('{out}/rejects/run_date={night}/*.parquet')"
        ).fetchone()[0]
        assert obs == report["observations"]
        assert rej == report["rejects"]
    # Hive partitioning gives the run date back as a column.
    nights = con.execute(
        f"SELECT count(DISTINCT run_date) FROM read_parquet('{out}/observations/*/*.parquet', hive_partitioning=true)"
    ).fetchone()[0]
    assert nights == 2
    summary = reports["2025-11-02"]["vacancies"]
    vac = con.execute(f"SELECT count(*), sum(doc_count), max(times_seen) FROM read_parquet('{out}/vacancies/*.parquet')").fetchone()
    assert vac[0] == summary["vacancies"]
    assert vac[1] == summary["observations"] == reports["2025-11-01"]["observations"] * 2
    assert vac[2] == 2


def test_duckdb_types(sample_run):
    out, _ = sample_run
    con = duckdb.connect()
    rows = con.execute(
        f"DESCRIBE SELECT * FROM read_parquet('{out}/observations/run_date=2025-11-01/*.parquet')"
    ).fetchall()
    types = {r[0]: r[1] for r in rows}
    assert types["posted_date"] == "DATE"
    assert types["closing_date"] == "DATE"
    assert types["salary_min"] == "DOUBLE"
    assert types["salary_monthly_max"] == "DOUBLE"
    assert types["hours_min"] == "DOUBLE"
    assert types["experience_years_min"] == "INTEGER"
    assert types["fetched_at"].startswith("TIMESTAMP WITH TIME ZONE")
    assert types["categories"] == "VARCHAR[]"
    assert types["field_sources"].startswith("MAP(VARCHAR, VARCHAR)")
    vtypes = {r[0]: r[1] for r in con.execute(f"DESCRIBE SELECT * FROM read_parquet('{out}/vacancies/*.parquet')").fetchall()}
    assert vtypes["first_seen"] == "DATE" and vtypes["is_open"] == "BOOLEAN" and vtypes["sites"] == "VARCHAR[]"


def test_pandas_reads_dates_as_dates(sample_run):
    out, reports = sample_run
    df = pd.read_parquet(out / "observations" / "run_date=2025-11-01")
    assert len(df) == reports["2025-11-01"]["observations"]
    dates = df["closing_date"].dropna()
    assert len(dates) > 0
    assert all(isinstance(d, datetime.date) for d in dates)
    assert str(df["salary_min"].dtype) == "float64"
    assert isinstance(df["contract_type"].dtype, pd.CategoricalDtype)
    arrow = pd.read_parquet(out / "vacancies", dtype_backend="pyarrow")
    assert "date32" in str(arrow["first_seen"].dtype)


def test_polars_types(sample_run):
    out, reports = sample_run
    df = pl.read_parquet(str(out / "observations" / "run_date=2025-11-02" / "*.parquet"))
    assert df.height == reports["2025-11-02"]["observations"]
    assert df.schema["posted_date"] == pl.Date
    assert df.schema["salary_max"] == pl.Float64
    assert df.schema["education_level"] == pl.Categorical
    assert df.schema["categories"] == pl.List(pl.String)
    v = pl.read_parquet(str(out / "vacancies" / "*.parquet"))
    assert v.schema["last_seen"] == pl.Date
    assert v["times_seen"].max() == 2


def test_footer_carries_the_schema_version(sample_run):
    out, _ = sample_run
    for path in list((out / "observations").glob("*/*.parquet")) + list((out / "vacancies").glob("*.parquet")):
        meta = pq.read_metadata(path).metadata
        assert meta[b"vacex.schema_version"] == b"1"
        assert pq.ParquetFile(path).metadata.row_group(0).column(0).compression == "ZSTD"


def test_expected_rejects_are_rejected(sample_run):
    out, _ = sample_run
    rejects = pd.read_parquet(out / "rejects" / "run_date=2025-11-01")
    reasons = dict(zip(rejects["doc_id"], rejects["reason"].astype(str)))
    with open(ROOT / "samples" / "expected_rejects.tsv") as f:
        expected = list(csv.DictReader(f, delimiter="\t"))
    assert expected
    for row in expected:
        assert reasons.get(row["doc_id"]) == row["reason"], row
    assert rejects["detail"].str.len().min() > 10


def test_no_personal_data_in_the_output(sample_run):
    out, _ = sample_run
    con = duckdb.connect()
    text = " ".join(
        r[0]
        for r in con.execute(f"SELECT description FROM read_parquet('{out}/observations/*/*.parquet') WHERE description IS NOT NULL").fetchall()
    )
    import re

    assert not re.search(r"[\w.-]+@[\w-]+\.[a-z]{2,}", text)
    assert not re.search(r"\b06[\s-]?\d{8}\b", text)


def test_real_pages_listing_and_walls_become_rejects(real_html_run):
    out, report = real_html_run
    assert report["pages_read"] == 29
    rejects = pd.read_parquet(out / "rejects" / "run_date=2025-11-01")
    rejected = set(rejects["doc_id"])
    for doc_id in ["r003", "r006", "r007", "r011", "r014", "r023", "r024", "r029"]:
        assert doc_id in rejected, doc_id
    obs = pd.read_parquet(out / "observations" / "run_date=2025-11-01")
    assert len(obs) == 21
