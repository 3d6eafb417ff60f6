"""The results JSON's writer gives exactly the text of ``json.dumps(..., ensure_ascii=False, indent=2)``."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from smartcert_desktop.services.results import indented_json

DOCUMENTS = [
    {},
    [],
    "",
    {"a": {}, "b": [], "c": [[], {}], "d": [{"x": []}]},
    {"program": {"id": "P-1", "framework_hash": "ab" * 32},
     "applicants": [{"code": "L01", "name_ko": "서울특별시 \"중구\"", "name_en": "Jung-gu\\Seoul\n\t\u0001\u2028",
                     "total": "1523.40", "grade": 2, "certified": True, "domains": {"D1": "10.00"},
                     "pending_corrections": [], "flags": [{"kind": "spread", "evaluator": None}],
                     "evaluators_counted": 0, "big": -12345678901234567890, "off": False}]},
    [1, [2, [3, [4]]], None, True, False, "😀 emoji", {"nested": {"deeper": {"deepest": "끝"}}}],
]


@pytest.mark.parametrize("document", DOCUMENTS)
def test_the_same_text_as_json_dumps(document):
    assert indented_json(document) == json.dumps(document, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("document", [{"x": 1.5}, {1: "a"}, {"d": Decimal("1.00")}, {"t": (1, 2)}])
def test_anything_else_is_left_to_json_dumps(document):
    if isinstance(document.get("d"), Decimal):
        with pytest.raises(TypeError):
            indented_json(document)
        return
    assert indented_json(document) == json.dumps(document, ensure_ascii=False, indent=2)
