"""What the command line and the desktop program do, one module per task, over the store and the formats."""

from __future__ import annotations

from ..errors import SmartcertError
from ..messages import Message, Text


def said(exc: BaseException) -> Text:
    """What an exception says, as a message when it carries one (a problem's, or its ``message``), so that a
    message wrapping it is rendered in the reader's language; else its text."""
    if isinstance(exc, SmartcertError) and exc.problems:
        return exc.problems[0].as_message() if len(exc.problems) == 1 else str(exc)
    carried = getattr(exc, "message", None)
    if isinstance(carried, (Message, str)) and carried:
        return carried
    if exc.args and isinstance(exc.args[0], Message):
        return exc.args[0]
    return str(exc)
