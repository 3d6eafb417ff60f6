"""Fuzzing every importer through the command line: mutated workbooks, packages, bundles, enrolments, key files
and random bytes.

Each example feeds one mutated file to ``smartcert`` (its ``main()``, in this process) and checks what a user
would: the command either works (exit 0) or fails with ``error:`` lines and exit 1 (``merge``: exit 3 with a
``rejected`` verdict), never a traceback or an "internal error", and a failure leaves the workspace exactly
as it was (every table and every file compared). A few dozen examples per target run in the normal test run;
``--slow`` runs many more.
"""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils.exceptions import IllegalCharacterError

from smartcert_desktop.exchange.assignments_xlsx import write_assignments
from smartcert_desktop.exchange.canonical import canonical_json_bytes

from .conftest import Base, dump, run

Capsys = pytest.CaptureFixture[str]
pytestmark = pytest.mark.filterwarnings("ignore:Duplicate name:UserWarning")
NORMAL_EXAMPLES = 50
SLOW_EXAMPLES = 500


def examples(request: pytest.FixtureRequest, normal: int = NORMAL_EXAMPLES) -> int:
    return SLOW_EXAMPLES if request.config.getoption("--slow") else normal


def fuzz(request: pytest.FixtureRequest, normal: int = NORMAL_EXAMPLES) -> Callable[[Any], Any]:
    """``@fuzz(request)`` on an inner ``f(data)``: a hypothesis run of the right size, run at once."""
    def wrap(f: Callable[[st.DataObject], None]) -> Any:
        test = settings(max_examples=examples(request, normal), deadline=None, database=None,
                        suppress_health_check=list(HealthCheck))(given(st.data())(f))
        test()
        return test
    return wrap


# ------------------------------------------------------------------------------------------- what is checked
def check_command(capsys: Capsys, workspaces: list[Path], *args: object, merge: bool = False) -> int:
    """Run ``smartcert ARGS``; a failure must be clean and change none of ``workspaces``."""
    before = [dump(w) for w in workspaces]
    code, out, err = run(capsys, *args)
    text = out + err
    assert "Traceback" not in text and "internal error" not in text, text
    if code == 0:
        return code
    if merge and code == 3:
        assert any(": rejected" in line for line in out.splitlines()), out
    else:
        assert code == 1, (code, text)
        lines = err.splitlines()
        assert lines and all(line.startswith("error: ") for line in lines), err
    for w, b in zip(workspaces, before, strict=True):
        after = dump(w)
        changed = sorted(k for k in set(b) | set(after) if b.get(k) != after.get(k))
        assert not changed, f"a failed command changed {w}: {changed}"
    return code


# ------------------------------------------------------------------------------------------------ mutations
TEXTS = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["=1+1", "+1", "-1", "@A1", "#N/A", "=HYPERLINK(\"x\")", "\t탭", "\r줄", "P1", "P1\u200b",
                     "Ｐ１", "../x", "CON", "1E+400000000", "1E-400000000", "0.1234567890123456", "3/5", "3/0",
                     "99999999999999999999/1", "yes", "A", "e", "", " ", "가" * 300, "x" * 40_000]),
)
VALUES = st.one_of(
    TEXTS, st.none(), st.booleans(), st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True), st.decimals(allow_nan=False, allow_infinity=False, places=3),
    st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 1, 1)),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2100, 1, 1)),
)


def mutate_cells(data: st.DataObject, source: Path, target: Path) -> bool:
    """Change cells, types, rows, columns or sheet names of the workbook at ``source`` with openpyxl."""
    wb = openpyxl.load_workbook(source)
    try:
        _change_cells(data, wb)
    except IllegalCharacterError:  # openpyxl refuses control characters: not an input then
        return False
    try:
        wb.save(target)
    except Exception:  # openpyxl cannot write every mutation (a title it refuses...): not an input then
        return False
    return True


def _change_cells(data: st.DataObject, wb: Any) -> None:
    for _ in range(data.draw(st.integers(1, 4), label="changes")):
        ws = wb[data.draw(st.sampled_from(wb.sheetnames), label="sheet")]
        action = data.draw(st.sampled_from(["cell", "cell", "cell", "title", "delete_row", "insert_row",
                                            "delete_col", "far_cell", "header"]), label="action")
        rows, cols = max(ws.max_row, 1), max(ws.max_column, 1)
        if action == "cell":
            cell = ws.cell(data.draw(st.integers(1, rows + 1)), data.draw(st.integers(1, cols + 1)))
            value = data.draw(VALUES, label="value")
            if isinstance(value, Decimal):
                value = float(value)
            cell.value = value  # "=..." becomes a formula without a saved value, as a script writes it
        elif action == "title":
            ws.title = data.draw(st.sampled_from(["Applicants", "applicants ", "Reported", "Scores", "X", "Sheet",
                                                  "Framework", "Indicators", "Grades", "Scale", "Recusals"]))
        elif action == "delete_row":
            ws.delete_rows(data.draw(st.integers(1, rows)))
        elif action == "insert_row":
            ws.insert_rows(data.draw(st.integers(1, rows)))
        elif action == "delete_col":
            ws.delete_cols(data.draw(st.integers(1, cols)))
        elif action == "far_cell":
            ws.cell(data.draw(st.sampled_from([1, 2, 100_001, 100_002])),
                    data.draw(st.sampled_from([1, 16_384]))).value = data.draw(TEXTS)
            # The last change: openpyxl's row and column moves would now visit every cell up to this one.
            return
        else:
            ws.cell(1, data.draw(st.integers(1, cols))).value = data.draw(
                st.sampled_from(["code", "value", "level", "comment", "applicant_code", "", "CODE "]))


XML_SNIPPETS = [b'<!DOCTYPE x [<!ENTITY a "aaaa">]>', b"<f>1+1</f>", b'<row r="1048576"/>', b'<c r="XFD1"/>',
                b"&#0;", b"\xff\xfe", b"<", b'<row r="0">', b'<c r="A1" t="s"><v>99999</v></c>', b"</worksheet>"]


def mutate_bytes(data: st.DataObject, raw: bytes) -> bytes:
    """Flip, drop, insert or truncate bytes of ``raw``."""
    out = bytearray(raw)
    for _ in range(data.draw(st.integers(1, 4), label="byte changes")):
        if not out:
            break
        where = data.draw(st.integers(0, len(out) - 1), label="offset")
        kind = data.draw(st.sampled_from(["flip", "drop", "insert", "truncate"]), label="kind")
        if kind == "flip":
            out[where] ^= data.draw(st.sampled_from([0x01, 0x20, 0x80, 0xFF]))
        elif kind == "drop":
            del out[where:where + data.draw(st.integers(1, 64))]
        elif kind == "insert":
            out[where:where] = data.draw(st.binary(min_size=1, max_size=32))
        else:
            del out[where:]
    return bytes(out)


def mutate_zip(data: st.DataObject, raw: bytes) -> bytes:
    """Change one ZIP member of a workbook: its XML, its bytes, its name, or drop or repeat it."""
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    index = data.draw(st.integers(0, len(parts) - 1), label="member")
    name, content = parts[index]
    kind = data.draw(st.sampled_from(["snippet", "bytes", "rename", "drop", "repeat", "empty"]), label="zip")
    if kind == "snippet":
        where = data.draw(st.integers(0, len(content)))
        parts[index] = (name, content[:where] + data.draw(st.sampled_from(XML_SNIPPETS)) + content[where:])
    elif kind == "bytes":
        parts[index] = (name, mutate_bytes(data, content))
    elif kind == "rename":
        parts[index] = (name + data.draw(st.sampled_from(["x", ".bak", "/"])), content)
    elif kind == "drop":
        del parts[index]
    elif kind == "repeat":
        parts.append((name, content))
    else:
        parts[index] = (name, b"")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in parts:
            z.writestr(n, c)
    return buffer.getvalue()


def mutated_workbook(data: st.DataObject, source: Path, target: Path) -> bool:
    """``target``: ``source`` changed at the cell, ZIP or byte level, or random bytes. False: no example."""
    how = data.draw(st.sampled_from(["cells", "cells", "cells", "zip", "zip", "bytes", "random"]), label="how")
    if how == "cells":
        return mutate_cells(data, source, target)
    raw = source.read_bytes()
    if how == "zip":
        target.write_bytes(mutate_zip(data, raw))
    elif how == "bytes":
        target.write_bytes(mutate_bytes(data, raw))
    else:
        target.write_bytes(data.draw(st.one_of(st.binary(max_size=2000), st.just(b"PK\x03\x04" + bytes(100)))))
    return True


def mutated_json(data: st.DataObject, raw: bytes) -> bytes:
    """A one-line signed JSON file with one field changed (re-written canonically), or its bytes changed."""
    if data.draw(st.booleans(), label="as bytes"):
        return mutate_bytes(data, raw)
    document = json.loads(raw)
    keys = sorted(document)
    key = data.draw(st.sampled_from(keys), label="field")
    value = data.draw(st.one_of(TEXTS, st.integers(-(2**70), 2**70), st.none(), st.booleans(),
                                st.just({}), st.just([]), st.just(document[key])), label="new value")
    if isinstance(document[key], dict) and data.draw(st.booleans()):
        inner = dict(document[key])
        if inner:
            inner[data.draw(st.sampled_from(sorted(inner)))] = value
        document[key] = inner
    else:
        document[key] = value
    return canonical_json_bytes(document) + b"\n"


# ---------------------------------------------------------------------------------------------------- targets
def test_fuzz_framework_workbooks(base: Base, capsys: Capsys, request: pytest.FixtureRequest) -> None:
    target = base.root / "fuzz-framework.xlsx"

    @fuzz(request)
    def _(data: st.DataObject) -> None:
        if not mutated_workbook(data, base.framework, target):
            return
        check_command(capsys, [], "framework", "check", target)
        new = base.root / "new-program"
        code = check_command(capsys, [], "program", "init", new, "--framework", target)
        if code == 0:
            shutil.rmtree(new)
        assert not new.exists()


def test_fuzz_applicants_workbooks(base: Base, capsys: Capsys, request: pytest.FixtureRequest) -> None:
    target = base.root / "fuzz-applicants.xlsx"

    @fuzz(request)
    def _(data: st.DataObject) -> None:
        if mutated_workbook(data, base.root / "applicants.xlsx", target):
            check_command(capsys, [base.program], "program", "import-applicants", base.program, target)


def test_fuzz_assignments_workbooks(base: Base, capsys: Capsys, request: pytest.FixtureRequest) -> None:
    source = base.root / "assignments.xlsx"
    write_assignments(source, [("E01", "P1"), ("E02", "P1"), ("E01", "P2"), ("E02", "P2")])
    target = base.root / "fuzz-assignments.xlsx"

    @fuzz(request)
    def _(data: st.DataObject) -> None:
        if mutated_workbook(data, source, target):
            check_command(capsys, [base.program], "program", "assign", base.program, "--sheet", target)


def test_fuzz_score_sheets(base: Base, capsys: Capsys, request: pytest.FixtureRequest) -> None:
    e01 = base.evaluator("E01")
    source = base.root / "sheet.xlsx"
    assert run(capsys, "evaluator", "export-sheet", e01, "--out", source)[0] == 0
    target = base.root / "fuzz-sheet.xlsx"

    @fuzz(request)
    def _(data: st.DataObject) -> None:
        if mutated_workbook(data, source, target):
            check_command(capsys, [e01], "evaluator", "import-sheet", e01, target)


def test_fuzz_packages(base: Base, capsys: Capsys, request: pytest.FixtureRequest) -> None:
    e01 = base.evaluator("E01")
    raw = base.package("E01").read_bytes()
    target = base.root / "fuzz.scpkg"

    @fuzz(request)
    def _(data: st.DataObject) -> None:
        target.write_bytes(mutate_bytes(data, raw) if data.draw(st.integers(0, 9)) else data.draw(st.binary()))
        check_command(capsys, [e01], "evaluator", "import", e01, target)
        check_command(capsys, [], "verify", target)


def test_fuzz_bundles(base: Base, capsys: Capsys, request: pytest.FixtureRequest) -> None:
    bundle = base.root / "E01.scb"
    assert run(capsys, "evaluator", "submit", base.evaluator("E01"), "--out", bundle, "--allow-incomplete")[0] == 0
    raw = bundle.read_bytes()
    target = base.root / "fuzz.scb"

    @fuzz(request)
    def _(data: st.DataObject) -> None:
        target.write_bytes(mutate_bytes(data, raw) if data.draw(st.integers(0, 9)) else data.draw(st.binary()))
        check_command(capsys, [base.program], "merge", base.program, target, merge=True)
        check_command(capsys, [], "verify", target, "--program", base.program)


def test_fuzz_enrolments(base: Base, capsys: Capsys, request: pytest.FixtureRequest) -> None:
    raw = (base.evaluator("E01") / "enrollment.json").read_bytes()
    target = base.root / "fuzz-enrollment.json"

    @fuzz(request)
    def _(data: st.DataObject) -> None:
        target.write_bytes(mutated_json(data, raw))
        check_command(capsys, [base.program], "program", "add-evaluator", base.program, target)
        check_command(capsys, [], "verify", target, "--program", base.program)


def test_fuzz_key_files(base: Base, capsys: Capsys, request: pytest.FixtureRequest) -> None:
    e01 = base.evaluator("E01")
    key = e01 / "keys" / "evaluator.key"
    raw = key.read_bytes()
    out = base.root / "fuzz.scb"

    @fuzz(request)
    def _(data: st.DataObject) -> None:
        key.write_bytes(mutated_json(data, raw))
        try:
            code = check_command(capsys, [e01], "evaluator", "submit", e01, "--out", out, "--allow-incomplete")
            assert (code == 0) == out.exists()
        finally:
            key.write_bytes(raw)
            out.unlink(missing_ok=True)


def test_fuzz_evidence_documents(base: Base, capsys: Capsys, request: pytest.FixtureRequest) -> None:
    target = base.root / "fuzz.pdf"

    @fuzz(request)
    def _(data: st.DataObject) -> None:
        raw = data.draw(st.one_of(st.binary(max_size=200), st.binary(max_size=200).map(lambda b: b"%PDF-" + b)))
        target.write_bytes(raw)
        applicant = data.draw(st.sampled_from(["P1", "P2", "P9", "../P1", "P1\u200b", ""]))
        check_command(capsys, [base.program], "program", "add-documents", base.program, applicant, target)
