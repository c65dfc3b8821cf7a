"""The Python reference for the vacex throughput benchmark.

The pipeline written the way an analyst would write it in Python, to measure vacex
against: read every .html file of a corpus directory, parse it with BeautifulSoup and
the lxml parser, drop scripts and styles, take get_text(), pull the fields (title,
reference, hours, salary, scale, closing date, place) with `re`, and write a pandas
DataFrame to Parquet with pyarrow (zstd). Single process, no tricks.

    python benches/python_reference.py CORPUS_DIR [--out FILE.parquet] [--limit N]

Prints pages, seconds and MB/s of HTML; the last line is the same as JSON.
"""

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
from bs4 import BeautifulSoup

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "januari februari maart april mei juni juli augustus september oktober november december".split()
    )
}

REFERENCE = re.compile(
    r"(?:Kenmerk|Vacaturenummer|Referentienummer|Vacature-ID)\s*:?\s*([A-Z]{0,3}[\w.\-]*\d[\w.\-]*)"
)
HOURS = re.compile(r"(\d{1,2})\s*(?:-|–|tot)\s*(\d{1,2})\s*uur|(\d{1,2})(?:\s*uur|-urige)")
SALARY = re.compile(
    r"€\s?(\d{1,3}(?:\.\d{3})+|\d{4,6})(?:,\d{2})?\s*(?:-|–|tot|en maximaal)\s*€\s?(\d{1,3}(?:\.\d{3})+|\d{4,6})"
)
SCALE = re.compile(r"\bschaal\s+(\d{1,2}[a-z]?)\b", re.IGNORECASE)
CLOSING = re.compile(
    r"(?:Solliciteer voor|Reageren voor|Reageren tot en met|Sluitingsdatum:?)\s+(?:[a-z]+dag\s+)?"
    r"(\d{1,2})[ \-]([a-z]+|\d{1,2})[ \-](\d{4})"
)
PLACE = re.compile(r"(?:Standplaats|Werklocatie|Plaats)\s*:?\s*\n*\s*([A-Z'][\w'\- ]+)")


def amount(s):
    return float(s.replace(".", ""))


def parse_date(day, month, year):
    m = MONTHS.get(month) if not month.isdigit() else int(month)
    if not m:
        return None
    try:
        return pd.Timestamp(int(year), m, int(day)).date()
    except ValueError:
        return None


def extract(html):
    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    h1 = soup.find("h1")
    title = h1.get_text(" ", strip=True) if h1 else (soup.title.string if soup.title else None)
    text = soup.get_text("\n")
    row = {"title": title}
    m = REFERENCE.search(text)
    row["reference"] = m.group(1) if m else None
    m = HOURS.search(text)
    if m:
        lo, hi, one = m.groups()
        row["hours_min"] = float(lo or one)
        row["hours_max"] = float(hi or one)
    else:
        row["hours_min"] = row["hours_max"] = None
    m = SALARY.search(text)
    row["salary_min"] = amount(m.group(1)) if m else None
    row["salary_max"] = amount(m.group(2)) if m else None
    m = SCALE.search(text)
    row["salary_scale"] = m.group(1) if m else None
    m = CLOSING.search(text)
    row["closing_date"] = parse_date(*m.groups()) if m else None
    m = PLACE.search(text)
    row["city"] = m.group(1).strip() if m else None
    return row


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--out", type=Path, help="Parquet file to write (default: a temp file, removed)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages")
    args = ap.parse_args()

    started = time.perf_counter()
    paths = sorted(args.corpus.rglob("*.html"))
    if args.limit:
        paths = paths[: args.limit]
    rows = []
    total = 0
    for path in paths:
        data = path.read_bytes()
        total += len(data)
        row = extract(data.decode("utf-8", errors="replace"))
        row["doc_id"] = path.name.split(".")[0]
        row["page_bytes"] = len(data)
        rows.append(row)
    df = pd.DataFrame(rows)
    df["closing_date"] = pd.to_datetime(df["closing_date"]).dt.date
    tmp = None
    out = args.out
    if out is None:
        fd, tmp = tempfile.mkstemp(suffix=".parquet")
        os.close(fd)
        out = Path(tmp)
    df.to_parquet(out, engine="pyarrow", compression="zstd", index=False)
    seconds = time.perf_counter() - started
    filled = {c: int(df[c].notna().sum()) for c in df.columns if c not in ("doc_id", "page_bytes")}
    if tmp:
        os.unlink(tmp)
    mb = total / 1e6
    print(f"pages={len(paths)} seconds={seconds:.2f} html_mb={mb:.1f} mb_per_s={mb / seconds:.2f}")
    print(f"fields found: {filled}", file=sys.stderr)
    print(json.dumps({"pages": len(paths), "seconds": seconds, "html_bytes": total,
                      "mb_per_s": mb / seconds, "filled": filled}))


if __name__ == "__main__":
    main()
