#!/usr/bin/env python3
"""Keep ``translations/smartcert_ko.ts`` and ``smartcert_en.ts`` in step with the desktop program's source.

    python packaging/update_translations.py            # extract new strings, keep existing translations
    python packaging/update_translations.py --check    # fail if a .ts is stale, unfinished or obsolete
    python packaging/update_translations.py --release  # build translations/*.qm (not committed)

Updating runs ``pyside6-lupdate`` over ``smartcert_desktop/gui/**/*.py`` into both files, together with the
messages of every other layer (``smartcert_desktop/messages.py``): the literal first argument of each
``msg(...)``, ``template(...)``, ``Problem(...)`` and ``...Error(...)`` call outside the GUI, found here on the
syntax tree and handed to lupdate in the context ``Messages`` (as ``QT_TRANSLATE_NOOP`` lines in a scratch
file). It drops messages
that left the source (``-no-obsolete``) and stores no source locations, so that a moved line does not change
the files and parallel work on screens does not conflict in them. Source strings are English, so the English
file's translations are filled in from the source; a plural source written with ``(s)`` gets its two
English forms from it (``%n file(s)`` → ``%n file`` / ``%n files``). Every other English plural, and every
Korean string, is translated by hand (in Qt Linguist or an editor) and kept across updates.

``--check`` changes nothing. It fails when a file lacks a message of the source or has one the source lost,
when a message is unfinished, obsolete or vanished, when a plural has the wrong number of forms for its
language, or when a translation drops or adds a placeholder such as ``%1`` or ``%n`` (``{name}`` in the
``Messages`` context), and when a message's Korean is the English text unchanged.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE_DIR = REPO / "smartcert_desktop"
SOURCE_DIR = PACKAGE_DIR / "gui"
MESSAGES_CONTEXT = "Messages"  # smartcert_desktop.messages.CONTEXT
TRANSLATIONS_DIR = REPO / "translations"
CATALOG = "smartcert"
# Language code → number of plural forms Qt uses for it (Korean has one, English two).
LANGUAGES: dict[str, int] = {"ko": 1, "en": 2}
SOURCE_LANGUAGE = "en"
_PLACEHOLDER = re.compile(r"%(?:[1-9]|n)")


class TranslationError(Exception):
    """A tool is missing or failed; printed without a traceback."""


def ts_path(language: str, directory: Path = TRANSLATIONS_DIR) -> Path:
    return directory / f"{CATALOG}_{language}.ts"


def source_files() -> list[Path]:
    return sorted(p for p in SOURCE_DIR.rglob("*.py") if "__pycache__" not in p.parts)


# Calls whose literal first argument is a message template: the messages module's own, a problem, and every
# exception the program raises with a message for a person.
MESSAGE_CALLS = {"msg", "template", "Problem", "WorkspaceInUse", "WorkspaceDamaged", "NotANumber",
                 "AssignmentImpossible", "_Reject", "_Refused", "damaged"}
MESSAGE_KEYWORDS = {"message"}
_FIELD = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)[^{}]*\}")


def message_source_files() -> list[Path]:
    """The package's modules outside the GUI (the GUI's strings are Qt's ``tr()``), migrations aside."""
    return sorted(p for p in PACKAGE_DIR.rglob("*.py")
                  if "__pycache__" not in p.parts and "migrations" not in p.parts
                  and SOURCE_DIR not in p.parents)


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def is_message_call(node: ast.Call) -> bool:
    name = _call_name(node)
    return name in MESSAGE_CALLS or name.endswith("Error")


def _message_arguments(node: ast.Call) -> list[ast.expr]:
    found = list(node.args[:1])
    found += [k.value for k in node.keywords if k.arg in MESSAGE_KEYWORDS]
    return found


def message_templates(path: Path) -> list[tuple[int, str]]:
    """(line, template) of every message template in the module ``path``."""
    out: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and is_message_call(node):
            for arg in _message_arguments(node):
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value.strip():
                    out.append((arg.lineno, arg.value))
    return out


def _is_text_built(node: ast.expr) -> bool:
    """Whether ``node`` builds English text in place: an f-string, ``"..." % x``, ``"..." + x``, ``.format()``."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return any(isinstance(side, ast.JoinedStr) or _is_text_built(side)
                   or (isinstance(side, ast.Constant) and isinstance(side.value, str))
                   for side in (node.left, node.right))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
        return isinstance(node.func.value, (ast.Constant, ast.JoinedStr))
    return False


def built_messages(path: Path) -> list[tuple[int, str]]:
    """(line, call) of every message made of English text built in place rather than a template and its
    arguments: such a message cannot be translated."""
    out: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and is_message_call(node):
            for arg in _message_arguments(node):
                if _is_text_built(arg):
                    out.append((arg.lineno, _call_name(node)))
    return out


def all_message_templates() -> list[str]:
    return sorted({text for path in message_source_files() for _, text in message_templates(path)})


def _tool(name: str) -> str:
    """A Qt tool of the PySide6 installation, next to this interpreter first (a venv's bin or Scripts)."""
    suffix = ".exe" if sys.platform == "win32" else ""
    beside = Path(sys.executable).parent / f"{name}{suffix}"
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise TranslationError(f"{name} not found; install PySide6 in this environment")
    return found


def run_lupdate(ts_file: Path, language: str) -> None:
    """Extract the source's messages into ``ts_file``, keeping its translations."""
    files = [str(p.relative_to(REPO)) for p in source_files()]
    with tempfile.TemporaryDirectory() as scratch:
        messages_file = Path(scratch) / "messages_for_lupdate.py"
        messages_file.write_text("".join(f"QT_TRANSLATE_NOOP({MESSAGES_CONTEXT!r}, {text!r})\n"
                                         for text in all_message_templates()), encoding="utf-8")
        command = [
            _tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
            "-source-language", SOURCE_LANGUAGE, "-target-language", language,
            *files, str(messages_file), "-ts", str(ts_file),
        ]  # fmt: skip
        result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise TranslationError(f"pyside6-lupdate failed for {ts_file.name}:\n{result.stdout}{result.stderr}")


def _numerus_english(source: str) -> list[str] | None:
    """The English singular and plural of a ``(s)`` source, or None when it is not written that way."""
    if "(s)" not in source:
        return None
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def fill_english(ts_file: Path) -> int:
    """Give every unfinished English message its translation from the source; returns how many."""
    tree = ET.parse(ts_file)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source", "")
        if translation is None or translation.get("type") != "unfinished":
            continue
        if message.get("numerus") == "yes":
            forms = _numerus_english(source)
            if forms is None:
                continue  # needs a person: the English plural is not derivable from the source
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
        del translation.attrib["type"]
        filled += 1
    if filled:
        _write_ts(tree, ts_file)
    return filled


def _write_ts(tree: ET.ElementTree, ts_file: Path) -> None:
    # lupdate rewrites the file in its own layout afterwards; only the DOCTYPE must be put back.
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")


def update(directory: Path = TRANSLATIONS_DIR) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts_file = ts_path(language, directory)
        run_lupdate(ts_file, language)
        if language == SOURCE_LANGUAGE and fill_english(ts_file):
            run_lupdate(ts_file, language)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    translation_type: str  # "", "unfinished", "obsolete" or "vanished"
    forms: tuple[str, ...]  # the translation, or its plural forms


def read_messages(ts_file: Path) -> list[Message]:
    messages: list[Message] = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
                kind = "unfinished"
            else:
                kind = translation.get("type", "")
                if numerus:
                    forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                else:
                    forms = (translation.text or "",)
            messages.append(
                Message(
                    name,
                    message.findtext("source", ""),
                    message.findtext("comment", ""),
                    numerus,
                    kind,
                    forms,
                )
            )
    return messages


def _key(message: Message) -> tuple[str, str, str, bool]:
    return (message.context, message.source, message.comment, message.numerus)


def check(directory: Path = TRANSLATIONS_DIR) -> list[str]:
    """Every problem with the .ts files in ``directory``; empty when they are complete and up to date."""
    problems: list[str] = []
    for language, plural_forms in LANGUAGES.items():
        ts_file = ts_path(language, directory)
        if not ts_file.exists():
            problems.append(f"{ts_file.name}: missing; run packaging/update_translations.py")
            continue
        committed = read_messages(ts_file)
        with tempfile.TemporaryDirectory() as scratch:
            fresh_file = Path(scratch) / ts_file.name
            shutil.copyfile(ts_file, fresh_file)
            run_lupdate(fresh_file, language)
            fresh = read_messages(fresh_file)
        committed_keys = {_key(m) for m in committed if m.translation_type not in ("obsolete", "vanished")}
        fresh_keys = {_key(m) for m in fresh}
        for context, source, _comment, _numerus in sorted(fresh_keys - committed_keys):
            problems.append(f"{ts_file.name}: [{context}] {source!r} is not in the file; run the update")
        for context, source, _comment, _numerus in sorted(committed_keys - fresh_keys):
            problems.append(
                f"{ts_file.name}: [{context}] {source!r} is no longer in the source; run the update"
            )
        for message in committed:
            where = f"{ts_file.name}: [{message.context}] {message.source!r}"
            if message.translation_type:
                problems.append(f"{where} is {message.translation_type}")
                continue
            if message.numerus and len(message.forms) != plural_forms:
                problems.append(
                    f"{where} has {len(message.forms)} plural form(s), {language} needs {plural_forms}"
                )
            if any(not form.strip() for form in message.forms) or not message.forms:
                problems.append(f"{where} has an empty translation")
                continue
            if message.context == MESSAGES_CONTEXT:
                fields = set(_FIELD.findall(message.source))
                for form in message.forms:
                    if set(_FIELD.findall(form)) != fields:
                        problems.append(f"{where}: fields {sorted(set(_FIELD.findall(form)))} in {form!r}, "
                                        f"the template has {sorted(fields)}")
                    wordless = not re.search(r"[^\W\d_]", _FIELD.sub("", message.source))
                    if language != SOURCE_LANGUAGE and form == message.source and not wordless:
                        problems.append(f"{where}: the translation is the English text")
                continue
            expected = set(_PLACEHOLDER.findall(message.source))
            for index, form in enumerate(message.forms):
                found = set(_PLACEHOLDER.findall(form))
                # An English singular may spell the number out ("one file"); every other form keeps %n.
                may_spell_n = message.numerus and plural_forms > 1 and index == 0
                if found != expected and not (may_spell_n and found == expected - {"%n"}):
                    problems.append(
                        f"{where}: placeholders {sorted(found)} in {form!r}, "
                        f"the source has {sorted(expected)}"
                    )
    return problems


def release(directory: Path = TRANSLATIONS_DIR, *, only_stale: bool = False) -> list[Path]:
    """Build ``.qm`` files from the ``.ts`` files; returns those built."""
    built: list[Path] = []
    for ts_file in sorted(directory.glob(f"{CATALOG}_*.ts")):
        qm_file = ts_file.with_suffix(".qm")
        if only_stale and qm_file.exists() and qm_file.stat().st_mtime >= ts_file.stat().st_mtime:
            continue
        command = [_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise TranslationError(
                f"pyside6-lrelease failed for {ts_file.name}:\n{result.stdout}{result.stderr}"
            )
        built.append(qm_file)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="change nothing; exit 1 if anything is missing")
    mode.add_argument("--release", action="store_true", help="build translations/*.qm from the .ts files")
    args = parser.parse_args(argv)
    try:
        if args.check:
            problems = check()
            for problem in problems:
                print(f"error: {problem}", file=sys.stderr)
            if problems:
                print(f"{len(problems)} translation problem(s)", file=sys.stderr)
                return 1
            print("translations are complete and up to date")
            return 0
        if args.release:
            for qm_file in release():
                print(f"built {qm_file.relative_to(REPO)}")
            return 0
        update()
        remaining = check()
        for problem in remaining:
            print(problem)
        print(f"updated; {len(remaining)} message(s) still to translate or fix" if remaining else "updated")
        return 0
    except TranslationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
