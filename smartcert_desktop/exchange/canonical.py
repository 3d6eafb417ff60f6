"""Canonical JSON, strict JSON parsing and strict base64, shared by every signed smartcert file.

A signature is over bytes, so every signed object has exactly one encoding: the canonical JSON of
:func:`smartcert_desktop.domain.framework.canonical_json_bytes` (UTF-8, keys sorted, separators ``,`` and
``:``, no white space, non-ASCII kept as is, no NaN or infinity). Reading is strict for the same reason: a
duplicate key or a second base64 spelling of the same bytes would let two programs see two different
things in one signed file.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
from typing import Any

from ..domain.framework import canonical_json_bytes
from ..errors import Problem, SmartcertError, VerificationError
from ..messages import Text, msg

__all__ = [
    "b64decode_strict",
    "b64encode",
    "canonical_json_bytes",
    "parse_json_strict",
    "sha256_hex",
]


def sha256_hex(data: bytes | bytearray | memoryview) -> str:
    """Lower-case hexadecimal SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def b64encode(data: bytes) -> str:
    """Standard base64 (RFC 4648 section 4) with ``=`` padding, as ASCII text."""
    return base64.b64encode(data).decode("ascii")


def b64decode_strict(text: object, *, length: int | None = None, what: str, name: str,
                     error: type[SmartcertError] = VerificationError) -> bytes:
    """Decode standard padded base64, refusing any other spelling of the same bytes.

    ``length`` (when given) is the exact number of decoded bytes required. Errors name the file ``name`` and
    the field ``what``.
    """
    if not isinstance(text, str):
        raise error(Problem("must be a base64 string", file=name, field=what))
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error, ValueError):
        raise error(Problem("is not valid base64", file=name, field=what)) from None
    # Unused low bits of the last character would otherwise give a second spelling of the same bytes.
    if b64encode(raw) != text:
        raise error(Problem("is not canonical base64", file=name, field=what)) from None
    if length is not None and len(raw) != length:
        raise error(Problem(msg("must decode to {length} bytes, not {count}", length=length, count=len(raw)),
                            file=name, field=what))
    return raw


class _DuplicateKey(ValueError):
    pass


class _NonFinite(ValueError):
    pass


def _object_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):  # a key given twice: name the first one repeated
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return result


def _parse_float(text: str) -> float:
    value = float(text)
    # "1e999" parses to infinity, which canonical JSON cannot express.
    if not math.isfinite(value):
        raise _NonFinite(text)
    return value


def _parse_constant(text: str) -> float:
    raise _NonFinite(text)


def parse_json_strict(data: bytes, *, what: Text, name: str,
                      error: type[SmartcertError] = VerificationError) -> Any:
    """Parse UTF-8 JSON, refusing duplicate keys, NaN/Infinity, bad UTF-8 and absurd nesting.

    Any failure raises ``error`` naming the file ``name`` and the part ``what``; never a traceback.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise error(Problem(msg("{what} is not valid UTF-8", what=what), file=name)) from None
    try:
        return json.loads(text, object_pairs_hook=_object_pairs, parse_float=_parse_float,
                          parse_constant=_parse_constant)
    except _DuplicateKey as exc:
        raise error(Problem(msg("{what} repeats the key {key!r}", what=what, key=exc.args[0]), file=name)) from None
    except _NonFinite:
        raise error(Problem(msg("{what} holds a number that is not finite", what=what), file=name)) from None
    except RecursionError:
        raise error(Problem(msg("{what} is nested too deeply", what=what), file=name)) from None
    except ValueError:  # JSONDecodeError, and integers longer than Python's digit limit
        raise error(Problem(msg("{what} is not valid JSON", what=what), file=name)) from None
