"""Time and peak memory of the hostile inputs of issue 10, each in its own process (figures, never asserted).

    .venv/bin/python benchmarks/bench_hostile.py [--code DIR] [--timeout SECONDS]

Each attack runs ``smartcert`` in a fresh Python process and reports its exit code, wall time, peak resident
memory (``ru_maxrss``) and the first line it wrote to stderr. ``--code DIR`` runs the commands with another
copy of the package first on ``PYTHONPATH`` (for instance the code before the limits existed, extracted with
``git archive``), to compare; the workspaces are always made with this copy. A run that exceeds
``--timeout`` (default 120 s) is stopped and reported as such.

Attacks: a 1 MB workbook inflating to 1 GB (honest headers, then headers that claim 1 KB), a workbook with a
million rows, a 1 GB cell, a 100 MB applicant name, the reported value 1E+400000000 (at import, and when it
is already in the store and the results are computed), a key file asking scrypt for N = 2^20, r = 16, p = 4;
and for scale, a valid workbook at the limit (100,000 reported values).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

PASS = "bench passphrase"
CHILD = r"""
import json, os, resource, sys, time
code = os.environ.get("BENCH_CODE")
if code:  # another copy of the package: ahead of the path, and of an editable install's finder
    sys.meta_path = [f for f in sys.meta_path if "editable" not in repr(f)]
    sys.path.insert(0, code)
from smartcert_desktop.cli.main import main
import smartcert_desktop
assert not code or smartcert_desktop.__file__.startswith(code), smartcert_desktop.__file__
import io, contextlib
err = io.StringIO()
start = time.perf_counter()
with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
    code = main(sys.argv[1:])
seconds = time.perf_counter() - start
print(json.dumps({"code": code, "seconds": seconds,
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "stderr": err.getvalue().splitlines()[:1]}))
"""


def _sheet(rows: bytes) -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main"><sheetData>' + rows + b"</sheetData></worksheet>")


def _cells(number: int, *texts: bytes) -> bytes:
    return b'<row r="%d">%s</row>' % (number, b"".join(
        b'<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (chr(65 + i).encode(), number, t)
        for i, t in enumerate(texts)))


def _with_sheet(template: Path, target: Path, member: str, content_chunks: list[bytes], *,
                claimed: int | None = None) -> Path:
    """``template`` with ``member`` replaced by the concatenated chunks, deflated as a stream by hand so that
    a gigabyte never sits in memory; ``claimed`` makes the headers state another size."""
    with zipfile.ZipFile(template) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist() if i.filename != member]
    entries = []
    for name, data in parts:
        c = zlib.compressobj(6, zlib.DEFLATED, -15)
        entries.append((name.encode(), c.compress(data) + c.flush(), zlib.crc32(data), len(data)))
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    body, crc, size = [], 0, 0
    for chunk in content_chunks:
        body.append(c.compress(chunk))
        crc, size = zlib.crc32(chunk, crc), size + len(chunk)
    body.append(c.flush())
    entries.append((member.encode(), b"".join(body), crc, size))
    import struct

    out, central = io.BytesIO(), b""
    for name, raw, crc32, real in entries:
        stated = claimed if claimed is not None and name == member.encode() else real
        offset = out.tell()
        out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc32, len(raw), stated, len(name), 0)
                  + name + raw)
        central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc32, len(raw), stated,
                               len(name), 0, 0, 0, 0, 0, offset) + name
    start = out.tell()
    out.write(central + struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(central),
                                    start, 0))
    target.write_bytes(out.getvalue())
    return target


def _repeat(block: bytes, total: int) -> list[bytes]:
    big = block * max(1, (1 << 22) // len(block))
    chunks, left = [], total
    while left > 0:
        chunks.append(big[:left])
        left -= len(chunks[-1])
    return chunks


def build(root: Path) -> dict[str, list[str]]:
    """The round and the hostile files; the commands to run, by attack."""
    from domain._build import tiny_framework

    from smartcert_desktop.cli.main import main
    from smartcert_desktop.domain.engine import ApplicantInput
    from smartcert_desktop.exchange import keys as keymod
    from smartcert_desktop.exchange.applicants_xlsx import write_applicants
    from smartcert_desktop.exchange.canonical import canonical_json_bytes
    from smartcert_desktop.exchange.framework_xlsx import write_framework

    keymod.DEFAULT_SCRYPT_N = 2**10
    os.environ["SMARTCERT_PASSPHRASE"] = PASS
    fw = tiny_framework()
    write_framework(fw, root / "framework.xlsx")
    program, e01 = root / "program", root / "E01"

    def call(*args: object) -> None:
        assert main([str(a) for a in args]) == 0, args

    call("program", "init", program, "--framework", root / "framework.xlsx")
    applicants = (ApplicantInput("P1", "가시", "Ga", 600_000), ApplicantInput("P2", "나군", "Na", 90_000))
    reported = {("P1", "Q1"): ("85", ""), ("P2", "Q1"): ("50", ""), ("P1", "Q2"): ("50", ""),
                ("P1", "Q3"): ("30", ""), ("P2", "Q3"): ("5", "")}
    write_applicants(root / "applicants.xlsx", applicants, reported, {}, fw)
    call("program", "import-applicants", program, root / "applicants.xlsx")
    call("evaluator", "init", e01, "--id", "E01", "--name", "평가위원")
    call("program", "add-evaluator", program, e01 / "enrollment.json")
    call("program", "assign", program, "--per-applicant", "1")
    call("program", "export-packages", program, "--out", root / "packages")
    call("evaluator", "import", e01, root / "packages" / "E01.scpkg")

    template = root / "applicants.xlsx"
    head = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main"><sheetData>'
            + _cells(1, b"code", b"name_ko", b"name_en", b"province", b"population"))
    tail = b"</sheetData></worksheet>"
    gig = 1_000_000_000
    _with_sheet(template, root / "gig.xlsx", "xl/worksheets/sheet1.xml", [head, *_repeat(b" ", gig), tail])
    _with_sheet(template, root / "gig-liar.xlsx", "xl/worksheets/sheet1.xml", [head, *_repeat(b" ", gig), tail],
                claimed=1_000)
    million = [_sheet(b"").split(b"</sheetData>")[0] + _cells(1, b"applicant_code", b"indicator_code", b"value")]
    million += _repeat(b'<row><c t="inlineStr"><is><t>P1</t></is></c><c t="inlineStr"><is><t>Q1</t></is></c>'
                       b"<c><v>85</v></c></row>", 1_000_000 * 100)
    million.append(b"</sheetData></worksheet>")
    _with_sheet(template, root / "million.xlsx", "xl/worksheets/sheet2.xml", million)
    cell = [head + b'<row r="2"><c r="A2" t="inlineStr"><is><t>P1</t></is></c><c r="B2" t="inlineStr"><is><t>',
            *_repeat(b"A", gig), b'</t></is></c><c r="E2"><v>600000</v></c></row>' + tail]
    _with_sheet(template, root / "gig-cell.xlsx", "xl/worksheets/sheet1.xml", cell)
    name = [head + b'<row r="2"><c r="A2" t="inlineStr"><is><t>P1</t></is></c><c r="B2" t="inlineStr"><is><t>',
            *_repeat(b"A", 100_000_000), b'</t></is></c><c r="E2"><v>600000</v></c></row>' + tail]
    _with_sheet(template, root / "name.xlsx", "xl/worksheets/sheet1.xml", name)
    huge = [_sheet(b"").split(b"</sheetData>")[0]
            + _cells(1, b"applicant_code", b"indicator_code", b"value") + _cells(2, b"P1", b"Q3", b"1E+400000000")
            + b"</sheetData></worksheet>"]
    _with_sheet(template, root / "huge-value.xlsx", "xl/worksheets/sheet2.xml", huge)
    limit = [_sheet(b"").split(b"</sheetData>")[0] + _cells(1, b"applicant_code", b"indicator_code", b"value")]
    limit += [b"".join(_cells(n, b"P1", b"Q1", b"85") for n in range(2, 100_002))]
    limit.append(b"</sheetData></worksheet>")
    _with_sheet(template, root / "limit.xlsx", "xl/worksheets/sheet2.xml", limit)

    # A copy of the program whose store holds the huge value already (written before the bounds existed).
    stored = root / "program-stored"
    import shutil

    shutil.copytree(program, stored)
    connection = sqlite3.connect(stored / "program.db")
    connection.execute("UPDATE reported_value SET value = '1E+400000000' WHERE indicator_code IN ('Q2', 'Q3')")
    connection.commit()
    connection.close()
    key = e01 / "keys" / "evaluator.key"
    document = json.loads(key.read_bytes())
    document["kdf"].update(n=2**20, r=16, p=4)
    key.write_bytes(canonical_json_bytes(document) + b"\n")

    imp = ["program", "import-applicants", str(program)]
    return {
        "1 MB workbook inflating to 1 GB (honest headers)": [*imp, str(root / "gig.xlsx")],
        "1 MB workbook inflating to 1 GB (headers claim 1 KB)": [*imp, str(root / "gig-liar.xlsx")],
        "a million rows": [*imp, str(root / "million.xlsx")],
        "a 1 GB cell": [*imp, str(root / "gig-cell.xlsx")],
        "a 100 MB applicant name": [*imp, str(root / "name.xlsx")],
        "reported value 1E+400000000 at import": [*imp, str(root / "huge-value.xlsx")],
        "1E+400000000 in the store: results --json": ["results", str(stored), "--json", str(root / "r.json")],
        "key file with scrypt N=2^20 r=16 p=4: submit": ["evaluator", "submit", str(e01), "--out",
                                                          str(root / "x.scb"), "--allow-incomplete"],
        "valid workbook at the limit (100,000 rows)": [*imp, str(root / "limit.xlsx")],
    }


def measure(args: list[str], code_dir: str | None, timeout: float) -> dict[str, object]:
    env = dict(os.environ, SMARTCERT_PASSPHRASE=PASS)
    env["PYTHONPATH"] = str(ROOT)
    if code_dir:
        env["BENCH_CODE"] = code_dir
    start = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-c", CHILD, *args], env=env, capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"code": None, "seconds": time.perf_counter() - start, "maxrss_mb": None,
                "stderr": [f"stopped after {timeout:.0f} s"]}
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        return {"code": done.returncode, "seconds": time.perf_counter() - start, "maxrss_mb": None,
                "stderr": done.stderr.strip().splitlines()[-1:]}
    result: dict[str, object] = json.loads(lines[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", help="run the commands with this copy of smartcert_desktop first on the path")
    parser.add_argument("--timeout", type=float, default=120)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        commands = build(Path(tmp))
        for size in ("gig.xlsx", "gig-liar.xlsx", "million.xlsx", "gig-cell.xlsx", "name.xlsx", "limit.xlsx"):
            print(f"{size}: {Path(tmp, size).stat().st_size / 1e6:.1f} MB on disk")
        for label, args in commands.items():
            r = measure(args, options.code, options.timeout)
            rss = f"{r['maxrss_mb']:.0f} MB" if r["maxrss_mb"] is not None else "-"
            err = r["stderr"][0] if r["stderr"] else ""  # type: ignore[index]
            print(f"{label}: exit {r['code']}, {r['seconds']:.2f} s, peak {rss}; {str(err)[:160]}")


if __name__ == "__main__":
    main()
