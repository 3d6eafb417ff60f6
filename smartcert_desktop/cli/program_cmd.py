"""``smartcert program ...``: the operating agency's and the chair's commands (contract section 1).

Each command imports the services it uses when it runs, so that parsing the command line stays quick.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..errors import SmartcertError
from ..messages import msg
from .common import add_restore_command, ask_passphrase, out, program_workspace
from .text import say, text
from .usage import columns


def register(sub: Any) -> None:
    p = sub.add_parser("program", help=text(msg("operating agency: program workspace")))
    psub = p.add_subparsers(dest="program_command", metavar="SUBCOMMAND", required=True,
                            parser_class=type(p))
    add_restore_command(psub, "program")

    c = psub.add_parser("init", help=text(msg("create a program workspace")))
    c.add_argument("program_dir")
    c.add_argument("--framework", required=True, help=text(msg("framework workbook (.xlsx)")))
    c.add_argument("--name", default="", help=text(msg("the program's name, e.g. 2021 스마트도시 인증")))
    c.add_argument("--database", metavar="URL",
                   help=text(msg("keep the program's store in this PostgreSQL database, "
                                 "postgresql://USER@HOST[:PORT]/DB (the folder then holds only the connection "
                                 "file)")))
    c.set_defaults(handler=cmd_init)

    c = psub.add_parser("list", help=text(msg("list the programs of a PostgreSQL database")))
    c.add_argument("--database", metavar="URL", required=True, help="postgresql://USER@HOST[:PORT]/DB")
    c.set_defaults(handler=cmd_list)

    c = psub.add_parser("connect", help=text(msg("make a folder that works on a program of a PostgreSQL database")))
    c.add_argument("program_dir")
    c.add_argument("--database", metavar="URL", required=True, help="postgresql://USER@HOST[:PORT]/DB")
    c.add_argument("--program", required=True, metavar="ID",
                   help=text(msg("the program's id (see: smartcert program list)")))
    c.set_defaults(handler=cmd_connect)

    c = psub.add_parser("audit", help=text(msg("list the program's audit log")))
    c.add_argument("program_dir")
    c.add_argument("--csv", metavar="FILE", help=text(msg("also write it as a CSV file (UTF-8)")))
    c.set_defaults(handler=cmd_audit)

    c = psub.add_parser("import-applicants",
                        help=text(msg("add or update applicants, reported values, self-assessments")))
    c.add_argument("program_dir")
    c.add_argument("workbook")
    c.set_defaults(handler=cmd_import_applicants)

    c = psub.add_parser("add-documents", help=text(msg("attach evidence documents (PDF) to an applicant")))
    c.add_argument("program_dir")
    c.add_argument("applicant")
    c.add_argument("files", nargs="+")
    c.set_defaults(handler=cmd_add_documents)

    c = psub.add_parser("add-evaluator", help=text(msg("enrol an evaluator from an enrolment file")))
    c.add_argument("program_dir")
    c.add_argument("enrollment_file")
    c.add_argument("--conflicts", default="",
                   help=text(msg("applicant codes the evaluator must never score, CODE[,CODE...]")))
    c.set_defaults(handler=cmd_add_evaluator)

    c = psub.add_parser("assign", help=text(msg("assign evaluators to applicants")))
    c.add_argument("program_dir")
    g = c.add_mutually_exclusive_group(required=True)
    g.add_argument("--per-applicant", type=int, help=text(msg("evaluators per applicant")))
    g.add_argument("--sheet", help=text(msg("assignments workbook (.xlsx), replaces all assignments")))
    c.add_argument("--seed", type=int, default=0)
    c.set_defaults(handler=cmd_assign)

    c = psub.add_parser("export-packages", help=text(msg("write one signed assignment package per evaluator")))
    c.add_argument("program_dir")
    c.add_argument("--out", required=True)
    c.set_defaults(handler=cmd_export_packages)

    c = psub.add_parser("accept-correction", help=text(msg("accept a corrected quantitative value")))
    c.add_argument("program_dir")
    c.add_argument("applicant")
    c.add_argument("indicator")
    c.add_argument("value")
    c.add_argument("--reason", required=True)
    c.set_defaults(handler=cmd_accept_correction)

    c = psub.add_parser("dismiss-correction", help=text(msg("dismiss the pending corrections of an indicator")))
    c.add_argument("program_dir")
    c.add_argument("applicant")
    c.add_argument("indicator")
    c.add_argument("--reason", required=True)
    c.set_defaults(handler=cmd_dismiss_correction)


def cmd_init(args: argparse.Namespace) -> int:
    from ..services import program as svc
    from ..services.frameworks import read_framework_workbook as read_framework

    framework = read_framework(Path(args.framework))
    target = Path(args.program_dir)
    from ..services.workspace import ensure_new_dir

    ensure_new_dir(target)
    if args.database is not None:
        svc.describe_database(args.database)  # a wrong URL is said before the passphrase is asked for
    passphrase = ask_passphrase(msg("New passphrase for the program's keys:"), confirm=True)
    created = svc.init_program(target, framework, args.name, passphrase, database=args.database)
    say(msg("created program {id} in {folder}", id=created.program_id, folder=str(target)))
    if args.database is not None:
        say(msg("store: PostgreSQL database {database}, schema {schema}",
                database=svc.describe_database(args.database), schema=svc.schema_of(created.program_id)))
    fields = {"id": framework.id, "version": framework.version, "hash": framework.hash[:12]}
    if framework.sample:
        say(msg("framework: {id} {version} ({hash})  [SAMPLE]", **fields))
    else:
        say(msg("framework: {id} {version} ({hash})", **fields))
    say(msg("program key fingerprint: {fingerprint}", fingerprint=created.fingerprint))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from ..services import program as svc

    rows = svc.list_server_programs(args.database)
    if not rows:
        say(msg("no smartcert programs in {database}", database=svc.describe_database(args.database)))
        return 0
    table = [tuple(text(h) for h in (msg("id"), msg("name"), msg("framework"), msg("created"), msg("applicants"),
                                     msg("state")))]
    for r in rows:
        created = r.created.strftime("%Y-%m-%d %H:%M") + " UTC" if r.created is not None else ""
        table.append((r.program_id, r.name, r.framework, created, str(r.applicants), text(r.state)))
    widths = [max(columns(row[i]) for row in table) for i in range(len(table[0]))]
    for row in table:
        out("  ".join(cell + " " * (w - columns(cell)) for cell, w in zip(row, widths, strict=True)).rstrip())
    return 0


def cmd_connect(args: argparse.Namespace) -> int:
    from ..services import program as svc

    info = svc.connect_program(Path(args.program_dir), args.database, args.program)
    say(msg("{folder}: connected to program {id} in {database}", folder=args.program_dir, id=info.program_id,
            database=svc.describe_database(args.database)))
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from ..files import atomic_write
    from ..services.audit_log import audit_csv, audit_rows
    from ..services.workspace import guard_output

    target = guard_output(Path(args.csv)) if args.csv else None
    with program_workspace(args.program_dir, "read") as handle:
        rows = audit_rows(handle)
    if target is not None:
        atomic_write(target, audit_csv(rows))
    for r in rows:
        out(f"{r.seq:>6}  {r.at}  {r.staff or '-'}  {r.actor}  {r.action}  {r.detail}")
    if args.csv:
        say(msg("{count} entries written to {path}", count=len(rows), path=args.csv))
    return 0


def cmd_import_applicants(args: argparse.Namespace) -> int:
    from ..services import program as svc

    with program_workspace(args.program_dir) as handle:
        summary = svc.import_applicants_file(handle, Path(args.workbook))
    say(msg("applicants: {added} added, {updated} updated; {reported} reported values, {self_assessments} "
            "self-assessments", added=summary.added, updated=summary.updated, reported=summary.reported,
            self_assessments=summary.self_assessments))
    return 0


def cmd_add_documents(args: argparse.Namespace) -> int:
    from ..services import program as svc

    with program_workspace(args.program_dir) as handle:
        docs = svc.add_documents_files(handle, args.applicant, [Path(f) for f in args.files])
    say(msg("attached {count} document(s) to {applicant}:", count=len(docs), applicant=args.applicant))
    for d in docs:
        say(msg("  {filename}  {size} bytes  sha256 {sha256}", filename=d.filename, size=d.size,
                sha256=d.sha256[:16]))
    return 0


def cmd_add_evaluator(args: argparse.Namespace) -> int:
    from ..services.enrolment import enrol

    conflicts = [c.strip() for c in args.conflicts.split(",") if c.strip()]
    with program_workspace(args.program_dir) as handle:
        ev = enrol(handle, Path(args.enrollment_file), conflicts)
    say(msg("enrolled evaluator {id} ({name}), key fingerprint {fingerprint}", id=ev.id, name=ev.name,
            fingerprint=ev.fingerprint))
    if ev.conflicts:
        say(msg("conflicts: {codes}", codes=", ".join(ev.conflicts)))
    return 0


def cmd_assign(args: argparse.Namespace) -> int:
    from ..services import program as svc

    with program_workspace(args.program_dir) as handle:
        if args.sheet:
            result = svc.import_assignments_file(handle, Path(args.sheet))
        else:
            result = svc.assign_automatically(handle, args.per_applicant, args.seed)
    n = sum(len(v) for v in result.values())
    load: dict[str, int] = {}
    for evs in result.values():
        for e in evs:
            load[e] = load.get(e, 0) + 1
    say(msg("{assignments} assignments for {applicants} applicants", assignments=n, applicants=len(result)))
    for a, evs in sorted(result.items()):
        out(f"  {a}: {', '.join(sorted(evs))}")
    say(msg("load: {load}", load=", ".join(f"{e} {k}" for e, k in sorted(load.items()))))
    return 0


def cmd_export_packages(args: argparse.Namespace) -> int:
    from ..services.packages import export_packages
    from ..services.workspace import guard_output

    with program_workspace(args.program_dir) as handle:
        guard_output(Path(args.out))
        passphrase = ask_passphrase(msg("Passphrase of the program's keys:"))
        written = export_packages(handle, passphrase, Path(args.out))
    for path, evaluator_id, n in written:
        say(msg("{path}  ({evaluator}, {applicants} applicants)", path=str(path), evaluator=evaluator_id,
                applicants=n))
    if not written:
        raise SmartcertError(msg("no evaluator has assignments yet; run 'smartcert program assign' first"))
    return 0


def cmd_accept_correction(args: argparse.Namespace) -> int:
    from ..services.corrections import accept

    with program_workspace(args.program_dir) as handle:
        said = accept(handle, args.applicant, args.indicator, args.value, args.reason)
    say(said)
    return 0


def cmd_dismiss_correction(args: argparse.Namespace) -> int:
    from ..services.corrections import dismiss

    with program_workspace(args.program_dir) as handle:
        said = dismiss(handle, args.applicant, args.indicator, args.reason)
    say(said)
    return 0
