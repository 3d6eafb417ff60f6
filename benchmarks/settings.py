"""How many runs each benchmark makes, by mode, and what every part is handed."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from data import Round


@dataclass(frozen=True)
class Settings:
    applicants: int = 30
    evaluators: int = 9
    growth: tuple[int, ...] = (2, 4, 8)
    cli_runs: int = 20
    desktop_runs: int = 9
    memory_runs: int = 3
    gui_rounds: int = 60
    edits: int = 400
    merge_runs: int = 7
    growth_runs: int = 3
    results_runs: int = 21
    pdf_runs: int = 5
    round_runs: int = 5
    warm_up: bool = True      # one untimed start of each program first (its files read from disk)


FULL = Settings()
QUICK = Settings(growth=(8,), cli_runs=5, desktop_runs=3, memory_runs=1, gui_rounds=20, edits=200, merge_runs=3,
                 growth_runs=1, results_runs=11, pdf_runs=2, round_runs=2, warm_up=False)
# Tiny sizes, only to prove that every part works (the test suite runs it); its figures mean nothing.
SMOKE = Settings(applicants=3, evaluators=2, growth=(2,), cli_runs=1, desktop_runs=1, memory_runs=1, gui_rounds=2,
                 edits=5, merge_runs=1, growth_runs=1, results_runs=1, pdf_runs=1, round_runs=1, warm_up=False)


@dataclass
class Context:
    s: Settings
    round: Round
    root: Path
    merge_runs: list[dict[str, Any]] = field(default_factory=list)  # the merge's runs, reused as growth's 1x
