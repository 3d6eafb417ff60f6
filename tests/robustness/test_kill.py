"""Kill tests: real work in a child process, SIGKILL at random moments, and nothing committed is lost.

See ``harness.py`` for what is checked after every kill. The normal run kills the worker a little over
twenty times, spread over every operation; ``--slow`` kills it 500 times.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .harness import VICTIMS, KillRun, Zygote, child_env, kill_until_covered
from .world import World

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the worker is forked and killed with SIGKILL "
                                                                  "(POSIX only)")


@pytest.fixture
def zygote(tmp_path: Path, isolated_user_data: Path) -> Iterator[Zygote]:
    z = Zygote(tmp_path / "child.err", child_env(isolated_user_data))
    yield z
    z.close()


def _run(world: World, zygote: Zygote, seed: int, **plan: int) -> KillRun:
    run = KillRun(world, zygote, random.Random(seed))
    started = time.monotonic()
    run.warm_up()
    kill_until_covered(run, **plan)
    run.figures.seconds = time.monotonic() - started
    print(f"\nkill test (seed {seed}): {run.figures.line()}")
    return run


def _assert_sound(run: KillRun, per_kind: int, at_least: int) -> None:
    f = run.figures
    assert f.lost == 0 and f.integrity_failures == 0, f.problems
    assert f.kills >= at_least
    missed = {k for k in VICTIMS.values() if f.in_flight[k] < per_kind}
    assert not missed, f"too few kills landed in {sorted(missed)}: {f.line()}"


def test_kills_lose_nothing_committed(world: World, zygote: Zygote) -> None:
    run = _run(world, zygote, seed=9, per_kind=3, at_least=30, at_most=80, prefix_max=1)
    _assert_sound(run, per_kind=3, at_least=30)


@pytest.mark.slow
def test_many_kills_lose_nothing_committed(world: World, zygote: Zygote) -> None:
    run = _run(world, zygote, seed=2026, per_kind=30, at_least=500, at_most=700, prefix_max=3)
    _assert_sound(run, per_kind=30, at_least=500)
