"""Fixtures of the packaging tests.

The quick tests here run in the normal test run. Those marked ``slow`` build the wheel and the sdist and the
one-folder program and run them from outside the checkout (``.ci/run`` runs them on every change).
"""

from __future__ import annotations

from types import ModuleType

import pytest
from packaging_support import load_script


@pytest.fixture(scope="session")
def build_script() -> ModuleType:
    return load_script("build")


@pytest.fixture(scope="session", autouse=True)
def built_catalogues() -> None:
    """The ``.qm`` files, built from the ``.ts`` files when missing or older (as the bootstrap does)."""
    load_script("update_translations").release(only_stale=True)
