"""Writing the round's results: signed JSON, the results workbook and the PDF result sheets.

Everything asked for is made in memory first and then written as one batch
(:class:`~smartcert_desktop.files.OutputBatch`): when any output cannot be made — a path inside a workspace,
an applicant code that cannot name a file, a full disk — none of them is written or changed.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..errors import SmartcertError
from ..exchange import envelope
from ..exchange.canonical import sha256_hex
from ..files import OutputBatch
from ..messages import Message, msg
from .program import load_program_keys
from .results import results_json_bytes, round_outcome
from .workspace import WorkspaceHandle, guard_output

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def results_fingerprint(json_bytes: bytes) -> str:
    """A short fingerprint of the results JSON, printed on every result sheet page."""
    digest = sha256_hex(json_bytes)
    return f"{digest[:8]}-{digest[8:16]}".upper()


def signature_path(json_file: Path) -> Path:
    """Where the detached signature of a results JSON goes: ``FILE.sig`` beside it."""
    return json_file.with_name(json_file.name + ".sig")


def check_output_targets(json_file: Path | None = None, xlsx_file: Path | None = None,
                         pdf_dir: Path | None = None) -> None:
    """Refuse, before anything is made, outputs that would land on a workspace or on each other."""
    files = [p for p in (json_file, signature_path(json_file) if json_file else None, xlsx_file) if p is not None]
    for f in files:
        guard_output(f)
        if f.is_dir():
            raise SmartcertError(msg("{path}: is a folder; give a file name", path=str(f)))
    resolved = [f.resolve() for f in files]
    if len(set(resolved)) != len(resolved):
        raise SmartcertError(msg("--json and --xlsx must name different files"))
    if pdf_dir is not None:
        guard_output(pdf_dir)
        if pdf_dir.exists() and not pdf_dir.is_dir():
            raise SmartcertError(msg("{path}: exists and is not a folder", path=str(pdf_dir)))


def write_results(handle: WorkspaceHandle, passphrase: str, *, json_file: Path | None = None,
                  xlsx_file: Path | None = None, pdf_dir: Path | None = None,
                  progress: Progress | None = None, cancelled: Cancelled | None = None) -> list[Message]:
    """Write what was asked for, all or nothing; returns one line per output written (none when cancelled)."""
    check_output_targets(json_file, xlsx_file, pdf_dir)
    # The program key (a deliberately slow scrypt, which leaves the interpreter free) is derived on a thread
    # while the outcome is computed; a wrong passphrase is refused before any document is made.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="program-key") as pool:
        unlocking = pool.submit(load_program_keys, handle, passphrase) if json_file is not None else None
        with handle.factory() as s:
            state = round_outcome(s)
        data = results_json_bytes(state)
        keys = unlocking.result() if unlocking is not None else None
    workbook: bytes | None = None

    def make_workbook() -> None:
        nonlocal workbook
        if xlsx_file is not None:
            from ..exchange.results_xlsx import results_workbook_bytes

            workbook = results_workbook_bytes(state)

    fingerprint = results_fingerprint(data)
    batch = OutputBatch()
    lines: list[Message] = []
    if json_file is not None and keys is not None:
        batch.add(json_file, data)
        batch.add(signature_path(json_file), envelope.sign_detached(data, keys))
        lines.append(msg("wrote {file} and {signature} (signed by {fingerprint})", file=str(json_file),
                         signature=signature_path(json_file).name, fingerprint=keys.fingerprint))
    pdfs = None
    if pdf_dir is not None:
        from ..reports.result_sheets import render_all_pdfs

        # the workbook is made in this process while the PDFs are rendered in others
        pdfs = render_all_pdfs(pdf_dir, state, fingerprint, progress=progress, cancelled=cancelled,
                               meanwhile=make_workbook)
        if pdfs is None:
            return []
    else:
        make_workbook()
    if xlsx_file is not None and workbook is not None:
        batch.add(xlsx_file, workbook, make_parents=False)
        lines.append(msg("wrote {file}", file=str(xlsx_file)))
    if pdfs is not None and pdf_dir is not None:
        batch.extend(pdfs)
        lines.append(msg("wrote {count} PDF file(s) to {folder}", count=len(pdfs.paths), folder=str(pdf_dir)))
    batch.commit()
    graded = sum(1 for r in state.results if r.status == "graded")
    certified = sum(1 for r in state.results if r.certified)
    lines.append(msg("{applicants} applicants: {graded} graded, {certified} certified; results fingerprint "
                     "{fingerprint}", applicants=len(state.results), graded=graded, certified=certified,
                     fingerprint=fingerprint))
    return lines


@dataclass(frozen=True)
class ResultsWritten:
    json_file: Path
    signature: Path
    xlsx_file: Path
    fingerprint: str


def export_results(handle: WorkspaceHandle, passphrase: str, json_file: Path) -> ResultsWritten:
    """The signed results JSON (with ``.sig``) and the results workbook beside it (same name, ``.xlsx``)."""
    xlsx_file = json_file.with_suffix(".xlsx")
    write_results(handle, passphrase, json_file=json_file, xlsx_file=xlsx_file)
    return ResultsWritten(json_file, signature_path(json_file), xlsx_file, results_fingerprint(json_file.read_bytes()))
