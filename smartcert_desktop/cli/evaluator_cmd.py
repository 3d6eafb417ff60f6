"""``smartcert evaluator ...``: the evaluator's commands (contract section 1).

Each command imports the services it uses when it runs, so that parsing the command line stays quick.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..messages import msg
from .common import add_restore_command, ask_passphrase, evaluator_workspace
from .text import say, text


def register(sub: Any) -> None:
    p = sub.add_parser("evaluator", help=text(msg("evaluator: workspace, packages, score sheets, bundles")))
    esub = p.add_subparsers(dest="evaluator_command", metavar="SUBCOMMAND", required=True, parser_class=type(p))
    add_restore_command(esub, "evaluator")

    c = esub.add_parser("init", help=text(msg("create the evaluator's workspace, keys and enrollment.json")))
    c.add_argument("eval_dir")
    c.add_argument("--id", required=True, dest="evaluator_id")
    c.add_argument("--name", required=True)
    c.set_defaults(handler=cmd_init)

    c = esub.add_parser("import", help=text(msg("verify, decrypt and load an assignment package")))
    c.add_argument("eval_dir")
    c.add_argument("package")
    c.set_defaults(handler=cmd_import)

    c = esub.add_parser("export-sheet", help=text(msg("write the score sheet workbook")))
    c.add_argument("eval_dir")
    c.add_argument("--out", required=True)
    c.set_defaults(handler=cmd_export_sheet)

    c = esub.add_parser("import-sheet", help=text(msg("load a filled score sheet (all or nothing)")))
    c.add_argument("eval_dir")
    c.add_argument("sheet")
    c.set_defaults(handler=cmd_import_sheet)

    c = esub.add_parser("submit", help=text(msg("sign and write a score bundle")))
    c.add_argument("eval_dir")
    c.add_argument("--out", required=True)
    c.add_argument("--allow-incomplete", action="store_true")
    c.set_defaults(handler=cmd_submit)


def cmd_init(args: argparse.Namespace) -> int:
    from ..services import evaluator as svc
    from ..services.workspace import ensure_new_dir

    target = Path(args.eval_dir)
    ensure_new_dir(target)
    passphrase = ask_passphrase(msg("New passphrase for your keys:"), confirm=True)
    created = svc.init_evaluator(target, args.evaluator_id, args.name, passphrase)
    say(msg("created evaluator workspace {folder} for {id} ({name})", folder=str(target), id=created.evaluator_id,
            name=created.name))
    say(msg("key fingerprint: {fingerprint}", fingerprint=created.fingerprint))
    say(msg("enrolment file to hand to the agency: {path}", path=str(created.enrollment_path)))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from ..services import evaluator as svc

    with evaluator_workspace(args.eval_dir) as handle:
        # The package is encrypted to the evaluator's key; the passphrase is asked for once the checks that
        # need no key (the file, its signer, whom it is for) have passed.
        result = svc.import_package_file(handle, Path(args.package),
                                    lambda: ask_passphrase(msg("Passphrase of your keys (to open the package):")))
    if not result.changed:
        say(msg("{package}: already imported; nothing changed", package=args.package))
    else:
        say(msg("imported program {name} ({id})", name=result.program_name, id=result.program_id))
    say(msg("program key fingerprint: {fingerprint}", fingerprint=result.fingerprint))
    say(msg("{applicants} applicants, {documents} evidence documents", applicants=result.applicants,
            documents=result.documents))
    return 0


def cmd_export_sheet(args: argparse.Namespace) -> int:
    from ..services.sheets import export_sheet

    with evaluator_workspace(args.eval_dir, "read") as handle:
        rows = export_sheet(handle, Path(args.out))
    say(msg("wrote {path} ({rows} rows)", path=args.out, rows=rows))
    return 0


def cmd_import_sheet(args: argparse.Namespace) -> int:
    from ..services.sheets import import_sheet

    with evaluator_workspace(args.eval_dir) as handle:
        changed = import_sheet(handle, Path(args.sheet))
    say(msg("imported {sheet}: {changed} applicant sheet(s) changed", sheet=args.sheet, changed=changed))
    return 0


def cmd_submit(args: argparse.Namespace) -> int:
    from ..services import evaluator as svc
    from ..services.workspace import guard_output

    with evaluator_workspace(args.eval_dir) as handle:
        guard_output(Path(args.out))
        svc.refuse_if_incomplete(handle, args.allow_incomplete)  # before asking for the passphrase
        passphrase = ask_passphrase(msg("Passphrase of your keys:"))
        result = svc.submit(handle, Path(args.out), passphrase, allow_incomplete=args.allow_incomplete)
    state = msg("complete") if result.complete else msg("INCOMPLETE")
    say(msg("wrote {path}: sequence {sequence}, {applicants} applicants, {state}", path=str(result.path),
            sequence=result.sequence, applicants=result.applicants, state=state))
    say(msg("signed by {fingerprint}; sha256 {sha256}", fingerprint=result.fingerprint, sha256=result.sha256))
    return 0
