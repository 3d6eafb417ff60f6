"""Restoring a backup never hands out a number again: the evaluator's bundle sequence and the program's
package serial go on from the highest ever used, so that what is made after a restore is accepted."""

from __future__ import annotations

from pathlib import Path

from smartcert_desktop.domain.edits import Edit
from smartcert_desktop.services import evaluator as ev_svc
from smartcert_desktop.services.merge import merge_files
from smartcert_desktop.services.packages import export_packages
from smartcert_desktop.services.scoring import apply_edit
from smartcert_desktop.services.workspace import open_workspace, restore_workspace
from smartcert_desktop.store.backup import list_backups
from smartcert_desktop.store.queries import framework_of, load_sheets

from .world import PASSPHRASE, World


def _level(handle, applicant: str, level: str) -> None:  # type: ignore[no-untyped-def]
    with handle.session() as s:
        program = ev_svc.current_program(s)
        apply_edit(s, framework_of(s, program), program.id, "E1", Edit(applicant, "S1", "level", None, level))


def test_bundles_submitted_after_a_restore_are_merged(world: World, tmp_path: Path) -> None:
    evaluator = ev_svc.open_evaluator(world.evaluator)
    _level(evaluator, "P1", "B")
    first = ev_svc.submit(evaluator, tmp_path / "first.scb", PASSPHRASE, allow_incomplete=True)
    evaluator.close()
    program = open_workspace(world.program, "program")
    assert [v.verdict for v in merge_files(program, PASSPHRASE, [first.path])] == ["accepted"]
    program.close()

    before_submit = next(b for b in list_backups(world.evaluator) if b.reason == "submit")
    restore_workspace(world.evaluator, "evaluator", before_submit.name)  # the state before bundle 1

    evaluator = ev_svc.open_evaluator(world.evaluator)
    _level(evaluator, "P1", "D")
    second = ev_svc.submit(evaluator, tmp_path / "second.scb", PASSPHRASE, allow_incomplete=True)
    evaluator.close()
    assert second.sequence == 2  # not 1 again: 1 is the chair's already
    program = open_workspace(world.program, "program")
    try:
        verdicts = merge_files(program, PASSPHRASE, [second.path])
        assert [(v.verdict, v.sequence) for v in verdicts] == [("accepted", 2)], verdicts[0].line()
        with program.factory() as s:
            sheets = load_sheets(s, program.owner().owner_id, "E1")
        assert sheets[("E1", "P1")].entry("S1").level == "D"
    finally:
        program.close()


def test_packages_exported_after_a_restore_are_imported(world: World, tmp_path: Path) -> None:
    program = open_workspace(world.program, "program")
    made = program.backup("manual")
    export_packages(program, PASSPHRASE, tmp_path / "a")
    export_packages(program, PASSPHRASE, tmp_path / "b")
    program.close()
    evaluator = ev_svc.open_evaluator(world.evaluator)
    newest = tmp_path / "b" / "E1.scpkg"
    ev_svc.import_package(evaluator, newest.read_bytes(), str(newest), PASSPHRASE)
    evaluator.close()

    restore_workspace(world.program, "program", made.name)
    program = open_workspace(world.program, "program")
    export_packages(program, PASSPHRASE, tmp_path / "c")
    program.close()

    evaluator = ev_svc.open_evaluator(world.evaluator)
    try:
        after = tmp_path / "c" / "E1.scpkg"
        result = ev_svc.import_package(evaluator, after.read_bytes(), str(after), PASSPHRASE)
        assert result.changed
    finally:
        evaluator.close()
