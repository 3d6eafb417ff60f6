"""Test options and isolation shared by every test.

- ``--slow`` runs the tests marked ``slow`` (long kill, failing-disk and fuzz runs); without it they are
  skipped.
- Qt runs offscreen unless the environment says otherwise; this is set before any test imports Qt.
- No test touches the real user folders: the user data folder (platformdirs) is a fresh temporary folder for
  each test, and the configuration and cache folders (QSettings) one per session.
"""

from __future__ import annotations

import os

# Before anything below can load Qt; Qt reads it when the first application object is made.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", default=False, help="also run the tests marked slow")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip_slow = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip_slow)


@pytest.fixture(scope="session", autouse=True)
def isolated_config_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Per session, because Qt reads the settings location once per process."""
    home = tmp_path_factory.mktemp("xdg")
    with pytest.MonkeyPatch.context() as patch:
        for variable in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            folder = home / variable.lower()
            folder.mkdir()
            patch.setenv(variable, str(folder))
        yield home


@pytest.fixture(autouse=True)
def isolated_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder that stands for the user's data home in this test (``XDG_DATA_HOME``)."""
    data_home = tmp_path_factory.mktemp("data_home")
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    if not sys.platform.startswith("linux"):
        # platformdirs ignores XDG_DATA_HOME on macOS and Windows: redirect it there.
        def user_data_dir(appname: str | None = None, *args: object, **kwargs: object) -> str:
            return str(data_home / appname) if appname else str(data_home)

        monkeypatch.setattr(platformdirs, "user_data_dir", user_data_dir)
    return data_home


# --- the program's store: SQLite, and a real PostgreSQL server ----------------------------------------------

@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A PostgreSQL database URL for the whole session: ``SMARTCERT_TEST_POSTGRES``, or a throwaway cluster
    (tests/_postgres.py). Every program made in it has a schema of its own, so tests never meet."""
    from _postgres import ENV_VAR, Cluster

    given = os.environ.get(ENV_VAR)
    if given:
        yield given
        return
    cluster = Cluster()
    try:
        cluster.start()
        yield cluster.url
    finally:
        cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def program_store(request: pytest.FixtureRequest) -> str | None:
    """Where a test's programs keep their store: None for the SQLite file, else a PostgreSQL URL."""
    if request.param == "sqlite":
        return None
    url: str = request.getfixturevalue("postgres_url")
    return url
