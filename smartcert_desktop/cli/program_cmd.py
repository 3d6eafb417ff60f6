"""Commands of this group (contract section 1)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    """Add this group's commands to the ``smartcert`` parser's subparsers."""
