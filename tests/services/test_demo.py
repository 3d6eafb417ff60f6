"""``smartcert demo``: a whole round, kept across runs unless asked to start over."""

from __future__ import annotations

from smartcert_desktop.cli.main import main
from smartcert_desktop.messages import Catalog
from smartcert_desktop.services import evaluator as ev_svc
from smartcert_desktop.services.demo import create_demo, default_demo_dir, demo_evaluator_dir
from smartcert_desktop.services.results import round_outcome
from smartcert_desktop.services.workspace import open_workspace


def test_demo_round_in_the_user_data_folder(capsys, isolated_user_data):
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    root = default_demo_dir()
    assert str(isolated_user_data) in str(root)
    assert "8 of 8 merged" in out and "E01 is ready to score" in out
    program = open_workspace(root / "program", "program")
    with program.factory() as s:
        state = round_outcome(s)
    program.close()
    assert len(state.results) == 12
    assert sum(len(r.pending_corrections) for r in state.results) == 1
    assert all(r.evaluators_counted >= 3 for r in state.results)
    e01 = ev_svc.open_evaluator(demo_evaluator_dir(root))
    with e01.factory() as s:
        program_id = ev_svc.current_program(s).id
        rows = ev_svc.applicant_rows(s, program_id, "E01")
    e01.close()
    assert rows and {r.status for r in rows} == {"not_started"}

    # Running it again keeps the demo (and whatever was scored in it); --fresh starts over.
    marker = (root / ".smartcert-demo").read_text(encoding="utf-8")
    kept = create_demo()
    assert str(kept[-1]).startswith("(kept the existing demo")
    # The kept summary is said again from the facts the marker keeps, the same lines as the run printed, and
    # in the reader's language (the marker's own English lines are for a person who opens it).
    assert [str(line) for line in kept[:-1]] == out.splitlines()
    assert str(kept[0]) == f"demo round in {root}"
    korean = Catalog("ko", {"demo round in {root}": "데모 평가 회차: {root}"})
    assert korean.text(kept[0]) == f"데모 평가 회차: {root}"
    assert (root / ".smartcert-demo").read_text(encoding="utf-8") == marker
    assert marker.splitlines()[2:] == out.splitlines()
    assert "8 of 8 merged" in "\n".join(str(line) for line in create_demo(fresh=True))
