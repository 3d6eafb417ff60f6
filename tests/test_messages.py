"""Every message a person reads, in Korean and English (smartcert_desktop/messages.py).

The templates are found on the sources as ``packaging/update_translations.py`` finds them, so a message that
is added without its Korean, or built as an English sentence that no catalogue can hold, fails here.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from smartcert_desktop import paths
from smartcert_desktop.errors import Problem, ValidationError
from smartcert_desktop.messages import ENGLISH, Catalog, fields_of, joined, load_catalog, msg, read_ts, render

REPO = Path(__file__).resolve().parents[1]


def _update_translations() -> ModuleType:
    path = REPO / "packaging" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations_for_messages", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


UPDATE = _update_translations()
KOREAN = read_ts(REPO / "translations" / "smartcert_ko.ts")


def test_no_message_is_an_english_sentence_built_in_place() -> None:
    built = [f"{path.relative_to(REPO)}:{line} ({call})"
             for path in UPDATE.message_source_files() for line, call in UPDATE.built_messages(path)]
    assert built == []


def test_the_checker_sees_a_message_built_in_place(tmp_path: Path) -> None:
    source = tmp_path / "m.py"
    source.write_text('raise ValidationError(f"level {x} is wrong")\n'
                      'Problem("a " + name)\n'
                      'msg("fine {x}", x=1)\n'
                      'Problem(msg("fine too"), row=3)\n', encoding="utf-8")
    assert UPDATE.built_messages(source) == [(1, "ValidationError"), (2, "Problem")]
    assert UPDATE.message_templates(source) == [(3, "fine {x}"), (4, "fine too")]


def test_every_message_has_its_korean_with_the_same_fields() -> None:
    templates = UPDATE.all_message_templates()
    assert len(templates) > 50
    missing = [t for t in templates if t not in KOREAN]
    assert missing == []
    for template in templates:
        korean = KOREAN[template]
        assert fields_of(korean) == fields_of(template), (template, korean)
        wordless = not any(ch.isalpha() for ch in render(msg(template, **dict.fromkeys(fields_of(template), ""))))
        assert wordless or korean != template, template


def test_a_message_renders_in_english_and_korean_with_its_particles() -> None:
    korean = Catalog("ko", {"{name} accepted": "{name}을(를) 승인했습니다", "row {row}": "{row}행",
                             "sheet {sheet}": "{sheet} 시트", "{where}: {what}": "{where}: {what}",
                             "level {level!r} needs a comment": "{level!r} 등급에는 의견이 필요합니다"})
    assert korean.text(msg("{name} accepted", name="대전광역시")) == "대전광역시를 승인했습니다"
    assert korean.text(msg("{name} accepted", name="서울")) == "서울을 승인했습니다"
    assert str(msg("{name} accepted", name="서울")) == "서울 accepted"
    # A message inside a message is rendered in the same language; particles follow the value put in.
    assert korean.text(msg("{name} accepted", name=msg("row {row}", row=7))) == "7행을 승인했습니다"
    problem = Problem(msg("level {level!r} needs a comment", level="A"), file="s.xlsx", sheet="평가표", row=12)
    assert problem.text(korean) == "s.xlsx, 평가표 시트, 12행: 'A' 등급에는 의견이 필요합니다"
    assert str(problem) == "s.xlsx, sheet 평가표, row 12: level 'A' needs a comment"
    error = ValidationError([problem, Problem("the file is empty")])
    assert error.lines(korean)[1] == "the file is empty"  # not in this small catalogue: English
    assert ENGLISH.text(joined(["a", msg("row {row}", row=2)])) == "a; row 2"
    # A value holding braces or a line break stays as it is, once, on one line.
    assert Problem(msg("{name} accepted", name="{x}\nnext")).text(korean) == "{x}\\nnext(을)를 승인했습니다"


def test_a_translation_that_loses_a_field_is_not_used() -> None:
    broken = Catalog("ko", {"{name} accepted": "승인했습니다"})
    assert broken.text(msg("{name} accepted", name="서울")) == "서울 accepted"


def test_the_shipped_korean_catalogue_is_read_without_qt() -> None:
    catalog = load_catalog("ko", paths.translations_dir())
    assert catalog.text(msg("row {row}", row=3)) == "3행"
    assert load_catalog("ko", REPO / "no-such-folder") is ENGLISH


def _cli(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES", "SMARTCERT_LANG")}
    return subprocess.run([sys.executable, "-m", "smartcert_desktop.cli.main", *args], capture_output=True,
                          text=True, env={**base, **(env or {})}, cwd=cwd, check=False, timeout=120)


@pytest.mark.parametrize(("args", "env", "korean"), [
    (["--lang", "ko"], {}, True),
    ([], {"LANG": "ko_KR.UTF-8"}, True),
    ([], {"LC_ALL": "ko_KR.UTF-8", "LANG": "en_US.UTF-8"}, True),
    (["--lang", "en"], {"LANG": "ko_KR.UTF-8"}, False),
    ([], {"LANG": "en_US.UTF-8"}, False),
    ([], {}, False),
])
def test_the_command_line_speaks_korean_with_lang_ko_or_a_korean_locale(
        tmp_path: Path, args: list[str], env: dict[str, str], korean: bool) -> None:
    program = tmp_path / "p"
    run = _cli(*args, "program", "init", str(program), "--framework", str(tmp_path / "없는.xlsx"), env=env)
    assert run.returncode == 1
    assert run.stderr.startswith("error: ")  # the prefix stays in every language
    line = run.stderr.splitlines()[0]
    assert ("파일" in line) == korean, line
    assert not program.exists()


def test_a_message_crosses_a_process_boundary() -> None:
    """Messages travel pickled (an error raised in a worker process that renders PDFs)."""
    import pickle

    from smartcert_desktop.messages import msg

    inner = msg("{path}: exists and is not a folder", path="a/b")
    outer = msg("{reasons} (and {count} more)", reasons=inner, count=3)
    back = pickle.loads(pickle.dumps(outer))
    assert back == outer
    assert back.args["reasons"].args == {"path": "a/b"}
    assert str(back) == "a/b: exists and is not a folder (and 3 more)"
    with pytest.raises(TypeError):
        back.args["count"] = 4  # type: ignore[index]  # still read-only
