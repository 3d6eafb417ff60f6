"""write_all_pdfs: atomic files, progress, cancel, stale certificates, and a page that is not blank."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from smartcert_desktop.domain.outcome import RoundOutcome
from smartcert_desktop.reports import certificate
from smartcert_desktop.reports.result_sheets import write_all_pdfs

from ._state import FINGERPRINT

ISSUED = date(2025, 3, 14)


def _expected_count(state: RoundOutcome) -> int:
    return len(state.results) + sum(r.certified for r in state.results) + 1


def test_progress_counts_every_file(tiny_state: RoundOutcome, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    written = write_all_pdfs(tmp_path, tiny_state, FINGERPRINT, issue_date=ISSUED,
                             progress=lambda done, total: calls.append((done, total)))
    total = _expected_count(tiny_state)
    assert len(written) == total
    assert calls == [(n, total) for n in range(total + 1)]
    assert all(p.read_bytes().startswith(b"%PDF") for p in written)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in written)


def test_cancel_writes_nothing(tiny_state: RoundOutcome, tmp_path: Path) -> None:
    (tmp_path / "A.pdf").write_bytes(b"%PDF earlier run")
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2  # two files rendered, then stop

    written = write_all_pdfs(tmp_path, tiny_state, FINGERPRINT, issue_date=ISSUED, cancelled=cancelled)
    assert written == []
    assert len(calls) == 3
    assert [p.name for p in tmp_path.iterdir()] == ["A.pdf"]  # nothing renamed in, no temporary file left
    assert (tmp_path / "A.pdf").read_bytes() == b"%PDF earlier run"


def test_a_failure_writes_none_of_the_files(tiny_state: RoundOutcome, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    assert any(r.certified for r in tiny_state.results)
    stale = next(r.code for r in tiny_state.results if not r.certified)
    (tmp_path / f"{stale}-certificate.pdf").write_bytes(b"%PDF old")

    def broken(*_args: object, **_kwargs: object) -> bytes:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(certificate, "render_certificate", broken)
    with pytest.raises(RuntimeError):
        write_all_pdfs(tmp_path, tiny_state, FINGERPRINT, issue_date=ISSUED)
    # The result sheets rendered before the failure were never written; the stale certificate is still there.
    assert [p.name for p in tmp_path.iterdir()] == [f"{stale}-certificate.pdf"]


def test_a_full_disk_while_writing_leaves_the_folder_as_it_was(tiny_state: RoundOutcome, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import os

    from smartcert_desktop import files
    from smartcert_desktop.errors import SmartcertError

    code = tiny_state.results[0].code
    (tmp_path / f"{code}.pdf").write_bytes(b"%PDF earlier run")
    real_fdopen = os.fdopen
    opened: list[int] = []

    class FullDisk:
        def __init__(self, fh: object) -> None:
            self._fh = fh

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self._fh.close()  # type: ignore[attr-defined]

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    def fdopen(fd: int, *args: object, **kwargs: object) -> object:
        opened.append(fd)
        fh = real_fdopen(fd, *args, **kwargs)  # type: ignore[call-overload]
        return FullDisk(fh) if len(opened) == 3 else fh  # the third file staged finds the disk full

    monkeypatch.setattr(files.os, "fdopen", fdopen)
    with pytest.raises(SmartcertError, match="the disk is full"):
        write_all_pdfs(tmp_path, tiny_state, FINGERPRINT, issue_date=ISSUED)
    assert [p.name for p in tmp_path.iterdir()] == [f"{code}.pdf"]
    assert (tmp_path / f"{code}.pdf").read_bytes() == b"%PDF earlier run"


def test_stale_certificates_are_removed(tiny_state: RoundOutcome, tmp_path: Path) -> None:
    refused = [r.code for r in tiny_state.results if not r.certified]
    assert refused
    for code in refused:
        (tmp_path / f"{code}-certificate.pdf").write_bytes(b"%PDF old")
    (tmp_path / "notes.txt").write_text("kept", encoding="utf-8")
    write_all_pdfs(tmp_path, tiny_state, FINGERPRINT, issue_date=ISSUED)
    for code in refused:
        assert not (tmp_path / f"{code}-certificate.pdf").exists()
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "kept"


def test_codes_that_are_not_file_names_are_refused(tiny_state: RoundOutcome, tmp_path: Path) -> None:
    from dataclasses import replace

    from smartcert_desktop.errors import SmartcertError

    bad = replace(tiny_state, results=[replace(tiny_state.results[0], code="../evil")])
    with pytest.raises(SmartcertError, match="cannot name a file"):
        write_all_pdfs(tmp_path / "out", bad, FINGERPRINT, issue_date=ISSUED)
    assert not (tmp_path / "evil.pdf").exists()


def test_the_same_round_gives_the_same_bytes(tiny_state: RoundOutcome, tmp_path: Path) -> None:
    first = write_all_pdfs(tmp_path / "a", tiny_state, FINGERPRINT, issue_date=ISSUED)
    second = write_all_pdfs(tmp_path / "b", tiny_state, FINGERPRINT, issue_date=ISSUED)
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]


def _read_pgm(path: Path) -> tuple[int, int, bytes]:
    """A binary greyscale PGM (P5, 8 bits), as pdftoppm -gray writes it."""
    data = path.read_bytes()
    fields: list[bytes] = []
    pos = 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":
            pos = data.index(b"\n", pos) + 1
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    assert fields[0] == b"P5" and fields[3] == b"255", fields
    width, height = int(fields[1]), int(fields[2])
    pixels = data[pos + 1:]
    assert len(pixels) == width * height
    return width, height, pixels


@pytest.mark.parametrize("name", ["L01.pdf", "L01-certificate.pdf", "report.pdf"])
def test_first_page_renders_with_ink(written: dict[str, object], tmp_path: Path, name: str) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed: cannot render a page to check it")
    folder = written["dir"]
    assert isinstance(folder, Path)
    out = tmp_path / "page"
    subprocess.run(["pdftoppm", "-gray", "-r", "30", "-f", "1", "-l", "1", "-singlefile", str(folder / name),
                    str(out)], check=True, capture_output=True)
    width, height, pixels = _read_pgm(out.with_suffix(".pgm"))
    assert abs(width / height - 210 / 297) < 0.02, "an A4 portrait page"
    ink = sum(1 for p in pixels if p < 200) / len(pixels)
    assert 0.03 < ink < 0.6, f"{name}: {ink:.3f} of the page is ink"
    # The header band (result sheet, report) or the border (certificate) is dark at the top.
    top = pixels[: width * max(1, height // 18)]
    assert sum(1 for p in top if p < 128) > 0


def test_fonts_come_from_the_program_not_the_working_directory(tmp_path: Path) -> None:
    """In a fresh interpreter started elsewhere, the fonts are the ones under resources/fonts."""
    import os
    import sys

    import smartcert_desktop

    source_root = Path(smartcert_desktop.__file__).resolve().parent.parent
    env = dict(os.environ, PYTHONPATH=str(source_root))
    code = ("from smartcert_desktop.reports.fonts import REGULAR, BOLD, register_fonts; register_fonts(); "
            "from reportlab.pdfbase import pdfmetrics; "
            "print(pdfmetrics.getFont(REGULAR).face.filename); print(pdfmetrics.getFont(BOLD).face.filename)")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
                         check=True).stdout.split()
    assert [Path(p) for p in out] == [source_root / "resources" / "fonts" / "NanumGothic.ttf",
                                      source_root / "resources" / "fonts" / "NanumGothicBold.ttf"]
