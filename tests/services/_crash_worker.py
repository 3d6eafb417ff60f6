"""Edits an evaluator workspace in a loop, printing each committed edit; killed by the crash test."""

from __future__ import annotations

import sys
from pathlib import Path

from smartcert_desktop.domain.edits import Edit
from smartcert_desktop.services import evaluator as ev_svc
from smartcert_desktop.services.program import framework_of
from smartcert_desktop.services.scoring import apply_edit


def main() -> None:
    workspace, evaluator_id, applicant, start = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
    handle = ev_svc.open_evaluator(workspace)
    levels = "ABCDE"
    n = start
    while True:
        n += 1
        with handle.session() as s:
            program = ev_svc.current_program(s)
            fw = framework_of(s, program)
            apply_edit(s, fw, program.id, evaluator_id, Edit(applicant, "S1", "level", None, levels[n % 5]))
            apply_edit(s, fw, program.id, evaluator_id, Edit(applicant, "S1", "comment", None, f"edit {n}"))
        sys.stdout.write(f"{n}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
