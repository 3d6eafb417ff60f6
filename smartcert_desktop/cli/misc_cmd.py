"""``smartcert merge``, ``results``, ``verify``, ``demo``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..errors import SmartcertError
from ..messages import msg
from .common import ask_passphrase, out, program_workspace
from .text import say, text


def register(sub: Any) -> None:
    c = sub.add_parser("merge", help=text(msg("verify and apply score bundles")))
    c.add_argument("program_dir")
    c.add_argument("bundles", nargs="+")
    c.set_defaults(handler=cmd_merge)

    c = sub.add_parser("results", help=text(msg("final results: JSON (signed), workbook, result sheets")))
    c.add_argument("program_dir")
    c.add_argument("--json", dest="json_file")
    c.add_argument("--xlsx", dest="xlsx_file")
    c.add_argument("--pdf-dir")
    c.set_defaults(handler=cmd_results)

    c = sub.add_parser("verify", help=text(msg("say what a file is, who signed it and whether it is intact")))
    c.add_argument("file")
    c.add_argument("--program", metavar="PROGRAM_DIR",
                   help=text(msg("also require the key that the file's kind needs in this program (results and "
                                 "packages: the program's key; bundles: the evaluator's enrolled key)")))
    c.set_defaults(handler=cmd_verify)

    c = sub.add_parser("demo", help=text(msg("create a demo program (sample framework, applicants, evaluators)")))
    c.add_argument("dir", nargs="?", help=text(msg("where (default: the demo folder in your user data folder)")))
    c.add_argument("--fresh", action="store_true", help=text(msg("start over even if a demo is already there")))
    c.set_defaults(handler=cmd_demo)


def cmd_merge(args: argparse.Namespace) -> int:
    from ..services.merge import merge_files

    with program_workspace(args.program_dir) as handle:
        passphrase = ask_passphrase(msg("Passphrase of the program's keys:"))
        verdicts = merge_files(handle, passphrase, [Path(b) for b in args.bundles])
    for v in verdicts:
        say(v.line())
    return 3 if any(v.verdict == "rejected" for v in verdicts) else 0


def cmd_results(args: argparse.Namespace) -> int:
    from ..services.outputs import write_results

    if not (args.json_file or args.xlsx_file or args.pdf_dir):
        raise SmartcertError(msg("say what to write: --json FILE, --xlsx FILE and/or --pdf-dir DIR"))
    from ..services.outputs import check_output_targets

    json_file = Path(args.json_file) if args.json_file else None
    xlsx_file = Path(args.xlsx_file) if args.xlsx_file else None
    pdf_dir = Path(args.pdf_dir) if args.pdf_dir else None
    check_output_targets(json_file, xlsx_file, pdf_dir)  # before the passphrase is asked for
    with program_workspace(args.program_dir, "read") as handle:
        passphrase = ask_passphrase(msg("Passphrase of the program's keys:")) if args.json_file else ""
        lines = write_results(handle, passphrase,
                              json_file=Path(args.json_file) if args.json_file else None,
                              xlsx_file=Path(args.xlsx_file) if args.xlsx_file else None,
                              pdf_dir=Path(args.pdf_dir) if args.pdf_dir else None)
    for line in lines:  # the services' sentences (messages, or text already in English)
        say(line)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from ..services.verify import NOT_CHECKED, check_signer_in_program, verify_file

    report = verify_file(Path(args.file))
    # Checked before anything is printed: a file signed by the wrong key gets an error, not "intact: yes".
    signer = check_signer_in_program(report, Path(args.program), name=args.file) if args.program else None
    say(msg("{where}: {what}", where=args.file, what=report.description))
    say(msg("signed by: {fingerprint}", fingerprint=report.fingerprint))
    for d in report.details:
        out("  " + text(d))
    say(signer if signer is not None else NOT_CHECKED)
    say(msg("intact: yes"))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from ..services.demo import create_demo

    summary = create_demo(Path(args.dir) if args.dir else None, fresh=args.fresh)
    for line in summary:
        say(line)
    return 0
