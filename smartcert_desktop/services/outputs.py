"""Writing the round's results: signed JSON, the results workbook and the PDF result sheets."""

from __future__ import annotations

from pathlib import Path

from ..exchange import envelope
from ..exchange.canonical import sha256_hex
from ..exchange.keys import PrivateKeys
from .program import load_program_keys
from .results import results_json_bytes, round_state
from .workspace import WorkspaceHandle, atomic_write


def results_fingerprint(json_bytes: bytes) -> str:
    """A short fingerprint of the results JSON, printed on every result sheet page."""
    digest = sha256_hex(json_bytes)
    return f"{digest[:8]}-{digest[8:16]}".upper()


def write_results(handle: WorkspaceHandle, passphrase: str, *, json_file: Path | None = None,
                  xlsx_file: Path | None = None, pdf_dir: Path | None = None) -> list[str]:
    """Write what was asked for; returns one line per file written."""
    lines: list[str] = []
    keys: PrivateKeys | None = None
    if json_file is not None:
        keys = load_program_keys(handle, passphrase)  # before anything is written
    with handle.factory() as s:
        state = round_state(s)
        data = results_json_bytes(state)
        if xlsx_file is not None:
            from ..exchange.results_xlsx import write_results_workbook

            write_results_workbook(xlsx_file, s, state)
            lines.append(f"wrote {xlsx_file}")
    if json_file is not None and keys is not None:
        atomic_write(json_file, data)
        sig = json_file.with_name(json_file.name + ".sig")
        atomic_write(sig, envelope.sign_detached(data, keys))
        lines.append(f"wrote {json_file} and {sig.name} (signed by {keys.fingerprint})")
    if pdf_dir is not None:
        from ..reports.result_sheets import write_all_pdfs

        written = write_all_pdfs(pdf_dir, state, results_fingerprint(data))
        lines.append(f"wrote {len(written)} PDF file(s) to {pdf_dir}")
    graded = sum(1 for r in state.results if r.status == "graded")
    certified = sum(1 for r in state.results if r.certified)
    lines.append(f"{len(state.results)} applicants: {graded} graded, {certified} certified; "
                 f"results fingerprint {results_fingerprint(data)}")
    return lines
