"""A round on disk for the robustness tests, made once per session and copied for each test."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartcert_desktop.exchange import keys as keymod

from .world import PASSPHRASE, World, build_world


@pytest.fixture(autouse=True)
def cheap_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Key files with a small scrypt cost: the cost is not what these tests are about."""
    monkeypatch.setattr(keymod, "DEFAULT_SCRYPT_N", 2**10)
    monkeypatch.setenv("SMARTCERT_PASSPHRASE", PASSPHRASE)


@pytest.fixture(scope="session")
def world_template(tmp_path_factory: pytest.TempPathFactory) -> World:
    return build_world(tmp_path_factory.mktemp("world") / "round")


@pytest.fixture
def world(world_template: World, tmp_path: Path) -> World:
    """A fresh copy of the round for one test."""
    return world_template.copy_to(tmp_path / "round")
