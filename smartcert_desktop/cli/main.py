"""``smartcert``: the command line of contract section 1.

Each command group lives in its own module with a ``register(subparsers)`` function; handlers take the
parsed arguments and return an exit code. Errors the user can act on are :class:`SmartcertError` and are
printed as ``error:`` lines; anything else is a bug and shows a traceback only with ``--debug``.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any

from .. import __version__
from ..errors import SmartcertError
from ..messages import msg
from . import evaluator_cmd, framework_cmd, misc_cmd, program_cmd
from .text import catalog, environment, lang_option, language_from, set_language, text
from .usage import HelpFormatter, argparse_speaking

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on usage errors, as the contract wants; make its message start with ``error:``. Help
    texts are wrapped by the terminal's columns (:class:`~.usage.HelpFormatter`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"error: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    """The ``smartcert`` parser, its help texts in the run's language (:func:`~.text.set_language` first)."""
    parser = _Parser(prog="smartcert", description=text(msg("Smart city certification (스마트도시 인증)")))
    parser.add_argument("--version", action="version", version=f"smartcert {__version__}",
                        help=text(msg("show program's version number and exit")))
    parser.add_argument("--lang", choices=("ko", "en"), default=None, help=text(msg("language of messages")))
    parser.add_argument("--debug", action="store_true", help=text(msg("show tracebacks")))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in (program_cmd, evaluator_cmd, framework_cmd, misc_cmd):
        module.register(sub)
    return parser


def print_error(exc: SmartcertError) -> None:
    for line in exc.lines(catalog()):
        sys.stderr.write(f"error: {line}\n")


def main(argv: Sequence[str] | None = None) -> int:
    # The language is known before the parser is built, so that --help and usage errors speak it too.
    words = list(sys.argv[1:] if argv is None else argv)
    set_language(language_from(lang_option(words), environment()))
    with argparse_speaking():
        return _main(words, argv)


def _main(words: list[str], argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(words)
    if args.lang is not None and args.lang != catalog().language:  # an abbreviated option (--la ko)
        set_language(args.lang)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    from ..services.workspace import set_database_password_prompt
    from .common import ask_database_password

    set_database_password_prompt(ask_database_password)  # a PostgreSQL server that wants a password asks without echo
    try:
        return handler(args)
    except SmartcertError as exc:
        if args.debug:
            traceback.print_exc()
        print_error(exc)
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write(f"error: {text(msg('interrupted; nothing was changed'))}\n")
        return 1
    except Exception as exc:
        if args.debug:
            traceback.print_exc()
        known = _known_failure(exc)
        if known is not None:  # the disk or the database file failed: the user can act on it
            print_error(known)
            return 1
        # A defect: one line for the user, the traceback in the log file.
        from ..crashlog import write_traceback

        log = write_traceback(exc, ["smartcert", *(argv if argv is not None else sys.argv[1:])])
        what = f"{type(exc).__name__}: {exc}"
        if log:
            line = msg("smartcert stopped on an unexpected problem ({what}); this is a defect in smartcert, not "
                       "in your files; the details are in {log}", what=what, log=str(log))
        else:
            line = msg("smartcert stopped on an unexpected problem ({what}); this is a defect in smartcert, not "
                       "in your files", what=what)
        sys.stderr.write(f"error: {text(line)}\n")
        return 1


def _known_failure(exc: Exception) -> SmartcertError | None:
    """A failing disk or database file, as a message naming the file; None for anything else."""
    from ..services.workspace import known_failure

    return known_failure(exc)


def run() -> None:
    raise SystemExit(main())


if __name__ == "__main__":
    run()
