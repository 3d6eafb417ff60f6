"""Where a passphrase comes from on the command line: ``SMARTCERT_PASSPHRASE``, or a prompt without echo.

Contract section 1: the environment variable wins when it is set, so that scripts run unattended; otherwise
the terminal asks. The desktop program asks in a dialog instead and does not use this module.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable, Mapping

from ..errors import PassphraseError
from ..messages import Text, msg
from .text import prompt_text, text

ENV_VAR = "SMARTCERT_PASSPHRASE"


def passphrase_from_env_or_prompt(prompt: Text, confirm: bool = False, *,
                                  environ: Mapping[str, str] | None = None,
                                  ask: Callable[[str], str] | None = None) -> str:
    """The passphrase from ``SMARTCERT_PASSPHRASE`` when set, else asked for with ``prompt`` without echo.

    With ``confirm`` (creating a key) the prompt is asked twice and both answers must agree; the environment
    variable is taken as it is; ``prompt`` is shown in the run's language. ``environ`` and ``ask`` replace
    ``os.environ`` and :func:`getpass.getpass` in tests. Raises :class:`PassphraseError` for an empty passphrase, a
    mismatch or no terminal to ask on.
    """
    env = os.environ if environ is None else environ
    if ENV_VAR in env:
        value = env[ENV_VAR]
        if value == "":
            raise PassphraseError(msg("the environment variable {name} is set but empty", name=ENV_VAR))
        return value
    reader = getpass.getpass if ask is None else ask
    try:
        value = reader(text(prompt))
        if value == "":
            raise PassphraseError(msg("no passphrase was entered"))
        if confirm and reader(prompt_text(msg("Repeat the passphrase:"))) != value:
            raise PassphraseError(msg("the two passphrases differ; nothing was changed"))
    except EOFError:
        raise PassphraseError(msg("no passphrase: set {name} or run in a terminal", name=ENV_VAR)) from None
    return value
