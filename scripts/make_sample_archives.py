#!/usr/bin/env python3
"""Build the two archive inputs of the sample corpus from their sources.

    python3 scripts/make_sample_archives.py           # write the archives
    python3 scripts/make_sample_archives.py --check   # read them back and verify

Writes (python3 standard library only, byte-for-byte deterministic):

  samples/pages/feed.jsonl      4 JSONL records {"id","url","fetched_at","html"|"text"}
                                built from samples/feed-src/
  samples/pages/crawl.warc.gz   WARC 1.0: one warcinfo record, one request record and
                                4 response records, each record its own gzip member
                                (mtime 0), built from samples/warc-src/

The sources live outside samples/pages/ so a directory reader does not see the same
page twice. All pages are invented sample data (see samples/README.md).
"""
import base64
import gzip
import hashlib
import json
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "samples"
PAGES = ROOT / "pages"
FEED_SRC = ROOT / "feed-src"
WARC_SRC = ROOT / "warc-src"

FETCHED_AT = "2025-10-30T02:13:00Z"

# id, url, source file ("html" records carry the page in "html", ".txt" ones in "text")
FEED = [
    ("jf-8812034", "https://werkenbij.groningen.nl/vacatures/beleidsadviseur-energietransitie-gr-25-1412", "jf-8812034.html"),
    ("jf-8812051", "https://www.interimbankoverheid.nl/opdrachten/adviseur-inkoop-en-aanbesteding-dordrecht-8812051", "jf-8812051.html"),
    ("jf-8812077", "https://www.werkenvoornederland.nl/vacatures/inspecteur-spoorveiligheid-ILT-2231", "jf-8812077.txt"),
    ("jf-8812090", "https://werkenbij.nvwa.nl/en/vacancies/data-scientist-food-safety-nvwa-2025-318", "jf-8812090.html"),
]

WARCINFO_ID = "0b5e2f6a-91c3-4d27-8e40-5a1f3c7d9b00"
REQUEST_ID = "0b5e2f6a-91c3-4d27-8e40-5a1f3c7d9b01"

# uuid (= doc_id), target URI, WARC-Date, HTTP charset, source file (bytes already in that charset)
RESPONSES = [
    ("6f0b7c1e-2d4a-4e8f-9a61-3c5d7e9f1a01", "https://www.werkenbijnijmegen.nl/vacatures/toezichthouder-bouwen-2025-211",
     "2025-10-30T02:15:00Z", "utf-8", "w1_nijmegen_toezichthouder.html"),
    # body is windows-1252 and has no <meta charset>: only the HTTP header says how to decode it
    ("6f0b7c1e-2d4a-4e8f-9a61-3c5d7e9f1a02", "https://www.werkenbijlimburg.nl/vacature/financieel-adviseur-2025-58",
     "2025-10-30T02:15:20Z", "windows-1252", "w2_limburg_financieel_adviseur.cp1252.html"),
    ("6f0b7c1e-2d4a-4e8f-9a61-3c5d7e9f1a03", "https://www.werkenbijaaenmaas.nl/vacatures/ecoloog",
     "2025-10-30T02:15:41Z", "utf-8", "w3_aaenmaas_ecoloog.html"),
    ("6f0b7c1e-2d4a-4e8f-9a61-3c5d7e9f1a04", "https://www.kb.nl/werken-bij/vacatures/conservator-digitale-collecties",
     "2025-10-30T02:16:02Z", "utf-8", "w4_kb_conservator.html"),
]

HTTP_DATES = {
    "2025-10-30T02:15:00Z": "Thu, 30 Oct 2025 02:15:00 GMT",
    "2025-10-30T02:15:20Z": "Thu, 30 Oct 2025 02:15:20 GMT",
    "2025-10-30T02:15:41Z": "Thu, 30 Oct 2025 02:15:41 GMT",
    "2025-10-30T02:16:02Z": "Thu, 30 Oct 2025 02:16:02 GMT",
}


def sha1_b32(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def warc_record(headers: list, block: bytes) -> bytes:
    lines = ["WARC/1.0"]
    lines += [f"{k}: {v}" for k, v in headers]
    lines.append(f"WARC-Block-Digest: {sha1_b32(block)}")
    lines.append(f"Content-Length: {len(block)}")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    return head + block + b"\r\n\r\n"


def member(record: bytes) -> bytes:
    # one gzip member per record, as crawlers write them; mtime 0 keeps the file reproducible
    return gzip.compress(record, compresslevel=9, mtime=0)


def build_feed() -> bytes:
    out = []
    for rid, url, fname in FEED:
        body = (FEED_SRC / fname).read_text(encoding="utf-8")
        key = "text" if fname.endswith(".txt") else "html"
        out.append(json.dumps({"id": rid, "url": url, "fetched_at": FETCHED_AT, key: body}, ensure_ascii=False))
    return ("\n".join(out) + "\n").encode("utf-8")


def build_warc() -> bytes:
    parts = []
    info = (
        "software: make_sample_archives.py (vacex samples)\r\n"
        "format: WARC File Format 1.0\r\n"
        "conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.0/\r\n"
        "description: invented vacancy pages for the vacex sample corpus\r\n"
        "robots: obey\r\n"
    ).encode("utf-8")
    parts.append(member(warc_record([
        ("WARC-Type", "warcinfo"),
        ("WARC-Date", "2025-10-30T02:14:58Z"),
        ("WARC-Filename", "crawl.warc.gz"),
        ("WARC-Record-ID", f"<urn:uuid:{WARCINFO_ID}>"),
        ("Content-Type", "application/warc-fields"),
    ], info)))

    first_uuid, first_uri = RESPONSES[0][0], RESPONSES[0][1]
    host = first_uri.split("/")[2]
    path = "/" + first_uri.split("/", 3)[3]
    request = (
        f"GET {path} HTTP/1.1\r\n"
        f"Host: {host}\r\n"
        "User-Agent: vacex-sample-crawler/1.0 (+https://example.org/vacex)\r\n"
        "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8\r\n"
        "Accept-Language: nl-NL,nl;q=0.9,en;q=0.6\r\n"
        "Connection: close\r\n\r\n"
    ).encode("ascii")
    parts.append(member(warc_record([
        ("WARC-Type", "request"),
        ("WARC-Target-URI", first_uri),
        ("WARC-Date", RESPONSES[0][2]),
        ("WARC-Record-ID", f"<urn:uuid:{REQUEST_ID}>"),
        ("WARC-Concurrent-To", f"<urn:uuid:{first_uuid}>"),
        ("WARC-Warcinfo-ID", f"<urn:uuid:{WARCINFO_ID}>"),
        ("Content-Type", "application/http; msgtype=request"),
    ], request)))

    for uuid, uri, date, charset, fname in RESPONSES:
        body = (WARC_SRC / fname).read_bytes()
        body.decode("cp1252" if charset == "windows-1252" else charset)  # fail early on a wrong source
        http_head = (
            "HTTP/1.1 200 OK\r\n"
            f"Date: {HTTP_DATES[date]}\r\n"
            "Server: nginx\r\n"
            f"Content-Type: text/html; charset={charset}\r\n"
            f"Content-Length: {len(body)}\r\n"
            "Cache-Control: max-age=300\r\n"
            "Connection: close\r\n\r\n"
        ).encode("ascii")
        block = http_head + body
        parts.append(member(warc_record([
            ("WARC-Type", "response"),
            ("WARC-Target-URI", uri),
            ("WARC-Date", date),
            ("WARC-Record-ID", f"<urn:uuid:{uuid}>"),
            ("WARC-Warcinfo-ID", f"<urn:uuid:{WARCINFO_ID}>"),
            ("WARC-IP-Address", "192.0.2.10"),
            ("Content-Type", "application/http; msgtype=response"),
            ("WARC-Payload-Digest", sha1_b32(body)),
        ], block)))
    return b"".join(parts)


def gzip_members(data: bytes):
    """Yield the decompressed bytes of each gzip member separately."""
    while data:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = d.decompress(data) + d.flush()
        if not d.eof:
            raise ValueError("truncated gzip member")
        yield out
        data = d.unused_data


def check() -> int:
    errors = []
    # feed.jsonl
    feed_ids = []
    for n, line in enumerate((PAGES / "feed.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        rec = json.loads(line)
        if not (("html" in rec) ^ ("text" in rec)):
            errors.append(f"feed.jsonl:{n}: needs exactly one of html/text")
        for k in ("id", "url", "fetched_at"):
            if not rec.get(k):
                errors.append(f"feed.jsonl:{n}: missing {k}")
        feed_ids.append(rec["id"])
    # crawl.warc.gz
    kinds, response_ids = [], []
    for i, rec in enumerate(gzip_members((PAGES / "crawl.warc.gz").read_bytes())):
        head, sep, rest = rec.partition(b"\r\n\r\n")
        if not sep or not head.startswith(b"WARC/1.0\r\n"):
            errors.append(f"member {i}: no WARC/1.0 header")
            continue
        fields = dict(l.split(": ", 1) for l in head.decode("utf-8").split("\r\n")[1:])
        length = int(fields["Content-Length"])
        block = rest[:length]
        if len(block) != length or rest[length:] != b"\r\n\r\n":
            errors.append(f"member {i}: Content-Length {length} does not match the block")
        if fields.get("WARC-Block-Digest") != sha1_b32(block):
            errors.append(f"member {i}: block digest mismatch")
        kinds.append(fields["WARC-Type"])
        if fields["WARC-Type"] == "response":
            rid = fields["WARC-Record-ID"]
            response_ids.append(rid[len("<urn:uuid:"):-1])
            http_head, _, body = block.partition(b"\r\n\r\n")
            hh = {l.split(": ", 1)[0].lower(): l.split(": ", 1)[1]
                  for l in http_head.decode("ascii").split("\r\n")[1:]}
            if int(hh["content-length"]) != len(body):
                errors.append(f"member {i}: HTTP Content-Length mismatch")
            if fields.get("WARC-Payload-Digest") != sha1_b32(body):
                errors.append(f"member {i}: payload digest mismatch")
    if kinds != ["warcinfo", "request"] + ["response"] * len(RESPONSES):
        errors.append(f"unexpected record order {kinds}")
    for e in errors:
        print("ERROR", e)
    print(f"feed.jsonl: {len(feed_ids)} records {feed_ids}")
    print(f"crawl.warc.gz: {len(kinds)} records {kinds}; response ids {response_ids}")
    return 1 if errors else 0


def main(argv) -> int:
    if "--check" in argv:
        return check()
    (PAGES / "feed.jsonl").write_bytes(build_feed())
    (PAGES / "crawl.warc.gz").write_bytes(build_warc())
    print(f"wrote {PAGES / 'feed.jsonl'} and {PAGES / 'crawl.warc.gz'}")
    return check()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
