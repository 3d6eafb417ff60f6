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

from .. import __version__
from ..errors import SmartcertError
from . import evaluator_cmd, framework_cmd, misc_cmd, program_cmd

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on usage errors, as the contract wants; make its message start with ``error:``."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"error: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="smartcert", description="Smart city certification (스마트도시 인증)")
    parser.add_argument("--version", action="version", version=f"smartcert {__version__}")
    parser.add_argument("--lang", choices=("ko", "en"), default=None, help="language of messages")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in (program_cmd, evaluator_cmd, framework_cmd, misc_cmd):
        module.register(sub)
    return parser


def print_error(exc: SmartcertError) -> None:
    for line in exc.lines():
        sys.stderr.write(f"error: {line}\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return handler(args)
    except SmartcertError as exc:
        if args.debug:
            traceback.print_exc()
        print_error(exc)
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("error: interrupted; nothing was changed\n")
        return 1
    except Exception as exc:  # a bug: never a traceback unless asked for
        if args.debug:
            traceback.print_exc()
        sys.stderr.write(f"error: internal error: {type(exc).__name__}: {exc} (run with --debug for details)\n")
        return 1


def run() -> None:
    raise SystemExit(main())


if __name__ == "__main__":
    run()
