"""The signed containers every smartcert file travels in: packages, score bundles, enrolments, signatures.

Files leave a laptop on a USB stick or by e-mail, so each one proves who wrote it and that nothing changed on
the way, and a score bundle reveals nothing to whoever finds the stick:

- **Container** (assignment package ``.scpkg``, score bundle ``.scb``): the line ``SMARTCERT``, one line of
  canonical JSON header (kind, format version, signer's public keys and fingerprint, lengths and SHA-256 of
  every part), the parts, then an Ed25519 signature of every byte before it.
- **Score bundle**: the scores are first signed by the evaluator as a container of their own
  (``bundle-content``), then encrypted to the program's X25519 key (ephemeral X25519, HKDF-SHA256,
  ChaCha20-Poly1305, the clear header as associated data), and the result is signed again as the outer
  container. Anyone can check the outer signature and read who signed it; only the program reads the scores.
- **Enrolment** (``enrollment.json``) and **detached signature** (``FILE.sig``): one line of canonical JSON
  with an Ed25519 signature inside.

``docs/formats.md`` describes every byte; this module is its reference implementation. Every reader refuses
with a :class:`ValidationError` (not this kind of file, unknown format version) or a
:class:`VerificationError` (damaged, truncated, changed, wrong key) naming the file; never a traceback.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..domain.text import TextError, clean_name, code_problem, name_problem, shown
from ..errors import Problem, SmartcertError, ValidationError, VerificationError
from ..files import system_reason
from ..messages import Message, Text, msg, template
from .canonical import b64decode_strict, b64encode, canonical_json_bytes, parse_json_strict, sha256_hex
from .keys import KEY_BYTES, PrivateKeys, PublicKeys

MAGIC = b"SMARTCERT\n"
SIGNATURE_BYTES = 64

KIND_PACKAGE = "package"
KIND_PACKAGE_CONTENT = "package-content"
KIND_BUNDLE = "bundle"
KIND_BUNDLE_CONTENT = "bundle-content"
KIND_ENROLLMENT = "enrollment"
KIND_SIGNATURE = "signature"

PACKAGE_FORMAT = "smartcert-package/2"
PACKAGE_CONTENT_FORMAT = "smartcert-package-content/1"
BUNDLE_FORMAT = "smartcert-bundle/1"
BUNDLE_CONTENT_FORMAT = "smartcert-bundle-content/1"
ENROLLMENT_FORMAT = "smartcert-enrollment/1"
SIGNATURE_FORMAT = "smartcert-signature/1"
#: Assignment packages before they were encrypted; refused, with a word on what to do.
OLD_PACKAGE_FORMATS = frozenset({"smartcert-package/1"})

#: Container kinds and the one format version of each that this version reads and writes.
CONTAINER_FORMATS: dict[str, str] = {
    KIND_PACKAGE: PACKAGE_FORMAT,
    KIND_PACKAGE_CONTENT: PACKAGE_CONTENT_FORMAT,
    KIND_BUNDLE: BUNDLE_FORMAT,
    KIND_BUNDLE_CONTENT: BUNDLE_CONTENT_FORMAT,
}
#: Sealed kinds (outer container: signed, encrypted to a recipient) and the signed kind sealed inside.
SEALED_CONTENT: dict[str, str] = {KIND_PACKAGE: KIND_PACKAGE_CONTENT, KIND_BUNDLE: KIND_BUNDLE_CONTENT}
SEAL_ALGORITHM = "X25519-HKDF-SHA256-ChaCha20Poly1305"
HKDF_INFO_PREFIX = b"smartcert-bundle/1 seal\n"
PACKAGE_HKDF_INFO_PREFIX = b"smartcert-package/2 seal\n"
_SEAL_INFO = {KIND_BUNDLE: HKDF_INFO_PREFIX, KIND_PACKAGE: PACKAGE_HKDF_INFO_PREFIX}
# Who holds the recipient key of each sealed kind, for messages.
_RECIPIENT = {KIND_BUNDLE: (template("program key"), template("this program's key")),
              KIND_PACKAGE: (template("evaluator key"), template("your key"))}
_CONTAINER = {KIND_BUNDLE: template("bundle"), KIND_PACKAGE: template("package")}
ENROLLMENT_CONTEXT = b"smartcert-enrollment/1\n"
SIGNATURE_CONTEXT = b"smartcert-signature/1\n"

# Limits on what a file may make us do. The header is small (part names and hashes); everything else must
# be present in the file, since lengths are checked against the bytes actually read.
MAX_HEADER_BYTES = 1 << 20
MAX_FILE_BYTES = 1 << 30
MAX_ATTACHMENTS = 10_000
MAX_NAME_CHARS = 255

MAX_SEQUENCE = 2**63 - 1

_FORMAT_RE = re.compile(r"smartcert-([a-z][a-z-]*)/([0-9]{1,6})")
_SHA256_RE = re.compile(r"[0-9a-f]{64}")
_CREATED_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
_FORBIDDEN_NAME_CHARS = frozenset('\\:*?"<>|')
_WINDOWS_DEVICES = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                              *(f"lpt{i}" for i in range(1, 10))})

_DESCRIPTIONS = {
    KIND_PACKAGE: template("an assignment package"),
    KIND_PACKAGE_CONTENT: template("the signed content of an assignment package"),
    KIND_BUNDLE: template("a score bundle"),
    KIND_BUNDLE_CONTENT: template("the signed content of a score bundle"),
    KIND_ENROLLMENT: template("an enrolment file"),
    KIND_SIGNATURE: template("a detached signature"),
    "keyfile": template("a key file"),
    "framework": template("a framework file"),
    "results": template("a results file"),
    "pdf": template("a PDF document"),
    "zip": template("a ZIP file or workbook"),
    "empty": template("empty"),
}


def kind_text(kind: str) -> Message:
    """``"a score bundle"`` for ``"bundle"`` and so on, as a message."""
    if kind in _DESCRIPTIONS:
        return msg(_DESCRIPTIONS[kind])
    return msg("a smartcert {kind} file", kind=kind)


# --------------------------------------------------------------------------------------------- results
@dataclass(frozen=True)
class PartInfo:
    """A part as the header declares it."""

    name: str
    length: int
    sha256: str


@dataclass(frozen=True)
class Peeked:
    """What a container says about itself, after its signature and hashes were checked (no decryption).

    For a score bundle, ``meta`` holds ``evaluator_id``, ``program_id`` and ``sequence`` and ``sealed_to`` the
    fingerprint of the program key it is encrypted to; the scores themselves stay sealed.
    """

    kind: str
    format: str
    header: dict[str, Any]
    meta: dict[str, Any]
    signer_public: PublicKeys
    fingerprint: str
    sha256: str
    payload_length: int
    attachments: tuple[PartInfo, ...]
    sealed_to: str | None


@dataclass(frozen=True)
class Signed:
    """A verified container with a JSON payload (assignment package, bundle content)."""

    kind: str
    format: str
    header: dict[str, Any]
    meta: dict[str, Any]
    payload: dict[str, Any]
    attachments: dict[str, bytes]
    signer_public: PublicKeys
    fingerprint: str
    sha256: str


@dataclass(frozen=True)
class Opened:
    """A verified, decrypted score bundle.

    ``sha256`` is of the whole file (an identical copy has the same); ``content`` is the evaluator-signed
    inner container, verifiable on its own with :func:`read_signed` (kind ``bundle-content``) long after the
    bundle was opened; ``content_sha256`` is the SHA-256 of the payload JSON bytes.
    """

    header: dict[str, Any]
    meta: dict[str, Any]
    evaluator_id: str
    program_id: str
    sequence: int
    payload: dict[str, Any]
    signer_public: PublicKeys
    fingerprint: str
    sha256: str
    content: bytes
    content_sha256: str


@dataclass(frozen=True)
class Enrollment:
    """A verified enrolment: an evaluator's id, name and public keys, self-signed."""

    evaluator_id: str
    name: str
    public: PublicKeys
    fingerprint: str
    created: str
    sha256: str


@dataclass(frozen=True)
class DetachedSignature:
    """A verified detached signature: who signed the file, and the file's SHA-256 and length."""

    signer_public: PublicKeys
    fingerprint: str
    sha256: str
    length: int


# ------------------------------------------------------------------------------------------ recognising
def _json_format(data: bytes) -> str | None:
    """The ``format`` of a JSON file, or ``"results"`` for results JSON; None if not JSON or no format."""
    if data.lstrip()[:1] != b"{" or len(data) > MAX_FILE_BYTES:
        return None
    try:
        document = parse_json_strict(data, what="file", name="")
    except SmartcertError:
        return None
    if not isinstance(document, dict):
        return None
    fmt = document.get("format")
    if isinstance(fmt, str):
        return fmt
    if "program" in document and "applicants" in document:
        return "results"
    return None


def _family(fmt: str) -> str | None:
    match = _FORMAT_RE.fullmatch(fmt)
    return match.group(1) if match else None


def detect_kind(data: bytes) -> str | None:
    """What ``data`` looks like, without checking anything: a container kind (``package``, ``bundle``,
    ``bundle-content``), ``enrollment``, ``signature``, ``keyfile``, ``framework``, ``results``, ``pdf``,
    ``zip``, ``empty``; ``None`` when unrecognised. For messages and for ``smartcert verify``.
    """
    if not data:
        return "empty"
    if data.startswith(MAGIC):
        end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER_BYTES)
        fmt = _json_format(data[len(MAGIC):end]) if end > 0 else None
        family = _family(fmt) if fmt else None
        return family if family in CONTAINER_FORMATS else None
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "zip"
    fmt = _json_format(data)
    if fmt == "results":
        return "results"
    family = _family(fmt) if fmt else None
    return family


def _wrong_kind(data: bytes, expected: str | None, name: str) -> ValidationError:
    wanted = kind_text(expected) if expected else msg("an assignment package or a score bundle")
    found = detect_kind(data)
    if found == "empty":
        return ValidationError(Problem(msg("the file is empty; expected {wanted}", wanted=wanted), file=name))
    if found is None:
        return ValidationError(Problem(msg("is not a smartcert file; expected {wanted}", wanted=wanted), file=name))
    return ValidationError(Problem(msg("is {found}, not {wanted}", found=kind_text(found), wanted=wanted),
                                   file=name))


def _check_format(fmt: object, supported: str, expected_kind: str | None, data: bytes, name: str) -> None:
    """Refuse an unknown version of the expected format, or another kind, before looking at anything else."""
    if fmt == supported:
        return
    family = _family(fmt) if isinstance(fmt, str) else None
    if isinstance(fmt, str) and fmt in OLD_PACKAGE_FORMATS and expected_kind == KIND_PACKAGE:
        raise ValidationError(Problem(
            msg("is an assignment package in the old format {format}, which is not encrypted; this version of "
                "smartcert reads only encrypted packages ({supported}): ask the agency for a new package",
                format=fmt, supported=supported), file=name))
    if family == expected_kind:
        raise ValidationError(Problem(
            msg("format {format} is not supported by this version of smartcert (it reads {supported})",
                format=fmt, supported=supported), file=name))
    raise _wrong_kind(data, expected_kind, name)


# --------------------------------------------------------------------------------------- names and meta
def attachment_name_problem(name: str) -> Text | None:
    """Why ``name`` cannot name an attachment, or ``None`` when it can.

    Names are relative paths of ``/``-separated segments that are safe to create as files on Windows,
    macOS and Linux: no empty, ``.`` or ``..`` segment, no control characters, none of ``\\ : * ? " < > |``,
    no segment ending in a dot or space, no Windows device name, at most 255 characters.
    """
    if not isinstance(name, str) or not name:
        return msg("is empty")
    if len(name) > MAX_NAME_CHARS:
        return msg("is longer than {limit} characters", limit=MAX_NAME_CHARS)
    if any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 or ch in _FORBIDDEN_NAME_CHARS for ch in name):
        return msg('holds a control character or one of \\ : * ? " < > |')
    for segment in name.split("/"):
        if segment in ("", ".", ".."):
            return msg("has an empty, '.' or '..' path segment (or starts with /)")
        if segment[-1] in ". " or segment[0] == " ":
            return msg("has a path segment that starts with a space or ends with a dot or space")
        if segment.split(".")[0].lower() in _WINDOWS_DEVICES:
            return msg("uses a reserved Windows device name")
    return None


def _name_key(name: str) -> str:
    # Two names that differ only in case or Unicode composition are one file on Windows and macOS.
    return unicodedata.normalize("NFC", name).casefold()


def _bundle_meta(evaluator_id: str, program_id: str, sequence: int) -> dict[str, Any]:
    problems = _bundle_meta_problems({"evaluator_id": evaluator_id, "program_id": program_id,
                                      "sequence": sequence})
    if problems:
        raise ValidationError([Problem(message, field=field) for field, message in problems])
    return {"evaluator_id": evaluator_id, "program_id": program_id, "sequence": sequence}


def _package_meta(evaluator_id: str, program_id: str, serial: int) -> dict[str, Any]:
    meta = {"evaluator_id": evaluator_id, "program_id": program_id, "serial": serial}
    problems = _bundle_meta_problems(meta, counter="serial")
    if problems:
        raise ValidationError([Problem(message, field=field) for field, message in problems])
    return meta


def _meta_problems(kind: str, meta: Mapping[str, Any]) -> list[tuple[str, Text]]:
    """What is wrong with the clear ``meta`` of a container of ``kind`` (bundles and packages)."""
    if kind in (KIND_BUNDLE, KIND_BUNDLE_CONTENT):
        return _bundle_meta_problems(meta)
    if kind in (KIND_PACKAGE, KIND_PACKAGE_CONTENT):
        return _bundle_meta_problems(meta, counter="serial")
    return []


def _bundle_meta_problems(meta: Mapping[str, Any], counter: str = "sequence") -> list[tuple[str, Text]]:
    """Problems of ``{"evaluator_id", "program_id", counter}`` (``sequence`` of a bundle, ``serial`` of a
    package)."""
    problems: list[tuple[str, Text]] = []
    if set(meta) != {"evaluator_id", "program_id", counter}:
        return [("meta", msg("must hold exactly evaluator_id, program_id and {counter}", counter=counter))]
    evaluator_id, program_id, sequence = meta["evaluator_id"], meta["program_id"], meta[counter]
    if not isinstance(evaluator_id, str) or code_problem(evaluator_id):
        problems.append(("evaluator_id", _id_problem(evaluator_id)))
    if (not isinstance(program_id, str) or not 1 <= len(program_id) <= 64
            or any(ord(ch) < 32 or ord(ch) == 0x7F for ch in program_id)):
        problems.append(("program_id", msg("must be 1-64 printable characters")))
    if type(sequence) is not int or not 0 <= sequence <= MAX_SEQUENCE:
        problems.append((counter, msg("must be a whole number from 0")))
    return problems


# ------------------------------------------------------------------------------------- container writing
def _assemble(header: dict[str, Any], parts: list[bytes], signer: PrivateKeys) -> bytes:
    body = b"".join([MAGIC, canonical_json_bytes(header), b"\n", *parts])
    return body + signer.sign(body)


def _base_header(kind: str, meta: Mapping[str, Any], signer: PrivateKeys) -> dict[str, Any]:
    return {
        "format": CONTAINER_FORMATS[kind],
        "kind": kind,
        "meta": dict(meta),
        "signer": signer.public.to_json(),
        "fingerprint": signer.fingerprint,
    }


def _sorted_attachments(attachments: Mapping[str, bytes]) -> list[tuple[str, bytes]]:
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for name in attachments:
        problem = attachment_name_problem(name)
        if problem:
            problems.append(Problem(msg("attachment name {name!r} {problem}", name=name, problem=problem)))
        elif _name_key(name) in seen:
            problems.append(Problem(msg("attachment names {first!r} and {second!r} would be the same file on "
                                        "Windows and macOS", first=seen[_name_key(name)], second=name)))
        else:
            seen[_name_key(name)] = name
    if len(attachments) > MAX_ATTACHMENTS:
        problems.append(Problem(msg("more than {limit} attachments", limit=MAX_ATTACHMENTS)))
    if problems:
        raise ValidationError(problems)
    # Sorted by code point so that the same content always gives the same header.
    return sorted((name, bytes(data)) for name, data in attachments.items())


def _json_container(kind: str, payload: Mapping[str, Any], attachments: Mapping[str, bytes],
                    signer: PrivateKeys, meta: Mapping[str, Any]) -> bytes:
    payload_bytes = canonical_json_bytes(dict(payload))
    parts = _sorted_attachments(attachments)
    header = _base_header(kind, meta, signer)
    header["payload"] = {"length": len(payload_bytes), "sha256": sha256_hex(payload_bytes)}
    header["attachments"] = [{"name": name, "length": len(data), "sha256": sha256_hex(data)}
                             for name, data in parts]
    return _assemble(header, [payload_bytes, *(data for _, data in parts)], signer)


def write_signed(kind: str, payload: Mapping[str, Any], attachments: Mapping[str, bytes] | None,
                 signer: PrivateKeys, *, meta: Mapping[str, Any] | None = None) -> bytes:
    """A signed container of ``kind`` (``"package-content"``, ``"bundle-content"``) holding ``payload`` and
    ``attachments``.

    ``payload`` must be JSON-serialisable without floats that are not finite; ``meta`` is a small JSON
    object shown in clear by :func:`peek`. Attachment names follow :func:`attachment_name_problem`; a bad name
    raises :class:`ValidationError`. Packages and score bundles, which are also encrypted, are written by
    :func:`seal_package` and :func:`seal_bundle`.
    """
    if kind not in (KIND_PACKAGE_CONTENT, KIND_BUNDLE_CONTENT):
        raise ValueError(msg("write_signed cannot write kind {kind!r}", kind=kind))
    return _json_container(kind, payload, attachments or {}, signer, meta or {})


# ------------------------------------------------------------------------------------- container reading
@dataclass(frozen=True)
class _Container:
    peeked: Peeked
    payload: memoryview
    attachments: list[tuple[str, memoryview]]


def _damaged(message: Text, name: str) -> VerificationError:
    return VerificationError(Problem(message, file=name))


def _parse_part(value: object, *, named: bool, name: str, where: str) -> PartInfo:
    keys = {"length", "sha256", "name"} if named else {"length", "sha256"}
    if not isinstance(value, dict) or set(value) != keys:
        raise _damaged(msg("header is damaged: {where} must hold exactly {keys}", where=where,
                           keys=", ".join(sorted(keys))), name)
    length, digest = value["length"], value["sha256"]
    if type(length) is not int or length < 0:
        raise _damaged(msg("header is damaged: {where}.length must be a whole number", where=where), name)
    if not isinstance(digest, str) or not _SHA256_RE.fullmatch(digest):
        raise _damaged(msg("header is damaged: {where}.sha256 must be 64 lower-case hex digits", where=where), name)
    part_name = value.get("name", "")
    if named:
        problem = attachment_name_problem(part_name)
        if problem:
            raise _damaged(msg("header is damaged: attachment name {name!r} {problem}", name=part_name,
                               problem=problem), name)
    return PartInfo(part_name, length, digest)


def _parse_container(data: bytes, expected_kind: str | None, name: str) -> _Container:
    """Check everything a container can prove without a private key; see docs/formats.md, "Reading".

    ``expected_kind`` None accepts any container kind (for :func:`peek`).
    """
    if len(data) > MAX_FILE_BYTES:
        raise ValidationError(Problem(msg("is larger than {limit} bytes", limit=MAX_FILE_BYTES), file=name))
    if not data.startswith(MAGIC):
        if data and MAGIC.startswith(data):
            raise _damaged(msg("is truncated (it ends inside the first line)"), name)
        raise _wrong_kind(data, expected_kind, name)
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER_BYTES + 1)
    if end < 0:
        if len(data) <= len(MAGIC) + MAX_HEADER_BYTES:
            raise _damaged(msg("is truncated (it ends inside the header)"), name)
        raise _damaged(msg("header is damaged: longer than {limit} bytes", limit=MAX_HEADER_BYTES), name)
    header_bytes = data[len(MAGIC):end]
    header = parse_json_strict(header_bytes, what=msg("header"), name=name)
    if not isinstance(header, dict):
        raise _damaged(msg("header is damaged: not a JSON object"), name)
    fmt = header.get("format")
    family = _family(fmt) if isinstance(fmt, str) else None
    if family not in CONTAINER_FORMATS:
        raise _damaged(msg("header is damaged: no known format"), name)
    assert family is not None and isinstance(fmt, str)
    kind = family if expected_kind is None else expected_kind
    _check_format(fmt, CONTAINER_FORMATS[kind], expected_kind or kind, data, name)
    # One encoding only: the header that is shown is exactly the header that was signed.
    if canonical_json_bytes(header) != header_bytes:
        raise _damaged(msg("header is damaged: not in canonical form"), name)
    fields = {"format", "kind", "meta", "signer", "fingerprint", "payload", "attachments"}
    if kind in SEALED_CONTENT:
        fields.add("sealed")
    if set(header) != fields:
        raise _damaged(msg("header is damaged: unexpected or missing fields"), name)
    if header["kind"] != kind:
        raise _damaged(msg("header is damaged: kind {kind!r} does not match format {format}", kind=header["kind"],
                           format=fmt), name)
    meta = header["meta"]
    if not isinstance(meta, dict):
        raise _damaged(msg("header is damaged: meta must be an object"), name)
    problems = _meta_problems(kind, meta)
    if problems:
        field, message = problems[0]
        label = "meta" if field == "meta" else f"meta.{field}"
        raise _damaged(msg("header is damaged: {field} {problem}", field=label, problem=message), name)
    signer = PublicKeys.from_json(header["signer"], name=name, field="header signer")
    claimed = header["fingerprint"]
    if claimed != signer.fingerprint:
        raise _damaged(msg("header is damaged: the fingerprint does not match the signer's keys"), name)
    sealed_to: str | None = None
    if kind in SEALED_CONTENT:
        sealed = header["sealed"]
        if (not isinstance(sealed, dict) or set(sealed) != {"algorithm", "ephemeral", "recipient"}
                or sealed["algorithm"] != SEAL_ALGORITHM or not isinstance(sealed["recipient"], str)):
            raise _damaged(msg("header is damaged: the encryption description is not understood"), name)
        b64decode_strict(sealed["ephemeral"], length=KEY_BYTES, what="header sealed.ephemeral", name=name)
        sealed_to = sealed["recipient"]
    payload_info = _parse_part(header["payload"], named=False, name=name, where="payload")
    raw_attachments = header["attachments"]
    if not isinstance(raw_attachments, list) or len(raw_attachments) > MAX_ATTACHMENTS:
        raise _damaged(msg("header is damaged: attachments must be a list of at most {limit}",
                           limit=MAX_ATTACHMENTS), name)
    if kind in SEALED_CONTENT and raw_attachments:
        raise _damaged(msg("header is damaged: {kind} has no attachments in clear", kind=kind_text(kind)), name)
    infos = [_parse_part(a, named=True, name=name, where=f"attachments[{i}]")
             for i, a in enumerate(raw_attachments)]
    names = [info.name for info in infos]
    if names != sorted(names) or len({_name_key(n) for n in names}) != len(names):
        raise _damaged(msg("header is damaged: attachment names must be unique and sorted"), name)

    # Lengths are checked against the bytes actually present, so no declared size is ever trusted.
    start = end + 1
    declared = payload_info.length + sum(info.length for info in infos) + SIGNATURE_BYTES
    present = len(data) - start
    if present < declared:
        raise _damaged(msg("is truncated: the header announces {declared} more bytes, only {present} are there",
                           declared=declared, present=present), name)
    if present > declared:
        raise _damaged(msg("has {count} unexpected bytes at the end", count=present - declared), name)
    view = memoryview(data)
    signed_end = len(data) - SIGNATURE_BYTES
    if not signer.verify(bytes(view[signed_end:]), view[:signed_end]):
        raise _damaged(msg("the signature does not match: the file was changed after it was signed (it claims to "
                           "be signed by {fingerprint})", fingerprint=signer.fingerprint), name)
    # The signature covers the parts too; the hashes are checked so that an independently written file
    # whose header and parts disagree is refused as well.
    offset = start
    pieces: list[memoryview] = []
    parts: list[tuple[PartInfo, Text]] = [(payload_info, msg("payload"))]
    parts += [(i, msg("attachment {name!r}", name=i.name)) for i in infos]
    for info, part in parts:
        piece = view[offset:offset + info.length]
        if sha256_hex(piece) != info.sha256:
            raise _damaged(msg("{part} does not match its SHA-256 in the header", part=part), name)
        pieces.append(piece)
        offset += info.length
    peeked = Peeked(kind=kind, format=CONTAINER_FORMATS[kind], header=header, meta=meta,
                    signer_public=signer, fingerprint=signer.fingerprint, sha256=sha256_hex(data),
                    payload_length=payload_info.length, attachments=tuple(infos), sealed_to=sealed_to)
    return _Container(peeked, pieces[0], list(zip(names, pieces[1:], strict=True)))


def peek(data: bytes, *, name: str = "file", expected_kind: str | None = None) -> Peeked:
    """Verify a container's signature and hashes and say what it is, without any private key.

    This is what ``smartcert verify`` reports for a package or a score bundle: kind, who signed it
    (fingerprint), and for a bundle the evaluator, program, sequence and the program key it is sealed to.
    With ``expected_kind`` another kind is refused; without it, any container kind is accepted.
    """
    if expected_kind is not None and expected_kind not in CONTAINER_FORMATS:
        raise ValueError(msg("not a container kind: {kind!r}", kind=expected_kind))
    return _parse_container(data, expected_kind, name).peeked


def _decode_payload(view: memoryview, name: str) -> dict[str, Any]:
    payload = parse_json_strict(bytes(view), what=msg("payload"), name=name)
    if not isinstance(payload, dict):
        raise _damaged(msg("payload is not a JSON object"), name)
    return payload


def read_signed(data: bytes, expected_kind: str, *, name: str = "file") -> Signed:
    """Verify and read a signed container of ``expected_kind`` (``"package-content"``, ``"bundle-content"``).

    The signature proves the file is intact and who signed it (``Signed.signer_public``); whether that
    signer is trusted is the caller's decision. Packages and score bundles are read with :func:`open_package`
    and :func:`open_bundle`.
    """
    if expected_kind not in (KIND_PACKAGE_CONTENT, KIND_BUNDLE_CONTENT):
        raise ValueError(msg("read_signed cannot read kind {kind!r}; use open_package or open_bundle",
                             kind=expected_kind))
    container = _parse_container(data, expected_kind, name)
    p = container.peeked
    return Signed(kind=p.kind, format=p.format, header=p.header, meta=p.meta,
                  payload=_decode_payload(container.payload, name),
                  attachments={n: bytes(v) for n, v in container.attachments},
                  signer_public=p.signer_public, fingerprint=p.fingerprint, sha256=p.sha256)


# ------------------------------------------------------------------------------- packages and score bundles
def _seal_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes,
              prefix: bytes = HKDF_INFO_PREFIX) -> tuple[bytes, bytes]:
    """ChaCha20-Poly1305 key and nonce for one sealed file; both keys in ``info`` bind the key to this pair,
    and ``prefix`` (one per kind) keeps a package's key apart from a bundle's."""
    okm = HKDF(algorithm=hashes.SHA256(), length=44, salt=None,
               info=prefix + ephemeral_public + recipient_public).derive(shared)
    return okm[:32], okm[32:]


def _associated_data(header: Mapping[str, Any]) -> bytes:
    # Everything in clear except the ciphertext's own length and hash (which depend on the ciphertext):
    # swapping evaluator, program, sequence, signer or recipient breaks decryption, not just the signature.
    return canonical_json_bytes({k: v for k, v in header.items() if k != "payload"})


def _seal(kind: str, inner: bytes, meta: Mapping[str, Any], signer: PrivateKeys,
          recipient_public: PublicKeys) -> bytes:
    """The sealed container of ``kind``: ``inner`` encrypted to ``recipient_public``, signed by ``signer``."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    header = _base_header(kind, meta, signer)
    header["sealed"] = {"algorithm": SEAL_ALGORITHM, "ephemeral": b64encode(ephemeral_public),
                        "recipient": recipient_public.fingerprint}
    header["attachments"] = []
    try:
        shared = ephemeral.exchange(recipient_public.encryption_key())
    except ValueError:
        raise ValidationError(msg("the recipient's encryption key is invalid; cannot seal {kind}",
                                  kind=kind_text(kind))) from None
    key, nonce = _seal_key(shared, ephemeral_public, recipient_public.encryption, _SEAL_INFO[kind])
    ciphertext = ChaCha20Poly1305(key).encrypt(nonce, inner, _associated_data(header))
    header["payload"] = {"length": len(ciphertext), "sha256": sha256_hex(ciphertext)}
    return _assemble(header, [ciphertext], signer)


def _unseal(data: bytes, kind: str, recipient: PrivateKeys, name: str) -> tuple[Peeked, bytes, _Container]:
    """Check, decrypt and check again a sealed container: (outer, inner bytes, inner container)."""
    container = _parse_container(data, kind, name)
    outer = container.peeked
    whose, ours = _RECIPIENT[kind]
    if outer.sealed_to != recipient.fingerprint:
        raise _damaged(msg("is encrypted to another {whose} ({sealed_to}), not to {ours} ({fingerprint}); it "
                           "cannot be opened here", whose=msg(whose), sealed_to=outer.sealed_to, ours=msg(ours),
                           fingerprint=recipient.fingerprint), name)
    sealed = outer.header["sealed"]
    ephemeral_public = b64decode_strict(sealed["ephemeral"], what="sealed.ephemeral", name=name)
    try:
        shared = recipient.exchange(ephemeral_public)
    except ValueError:
        raise _damaged(msg("cannot be decrypted: its ephemeral key is invalid"), name) from None
    key, nonce = _seal_key(shared, ephemeral_public, recipient.public.encryption, _SEAL_INFO[kind])
    try:
        inner = ChaCha20Poly1305(key).decrypt(nonce, bytes(container.payload), _associated_data(outer.header))
    except InvalidTag:
        raise _damaged(msg("cannot be decrypted with {ours}: it was damaged or not sealed for it", ours=msg(ours)),
                       name) from None
    try:
        content = _parse_container(inner, SEALED_CONTENT[kind], name)
    except SmartcertError as exc:  # named as the part of the file it is, in the reader's language
        part = msg("{file} (sealed content)", file=name)
        raise type(exc)([replace(p, file=part) if p.file == name else p for p in exc.problems]) from None
    if content.peeked.signer_public != outer.signer_public:
        raise _damaged(msg("the sealed content is signed by another key than the {container}",
                           container=msg(_CONTAINER[kind])), name)
    if content.peeked.meta != outer.meta:
        counter = msg("sequence") if kind == KIND_BUNDLE else msg("serial")
        raise _damaged(msg("the sealed content names another evaluator, program or {counter} than the "
                           "{container}", counter=counter, container=msg(_CONTAINER[kind])), name)
    return outer, inner, content


def seal_package(payload: Mapping[str, Any], attachments: Mapping[str, bytes], signer: PrivateKeys,
                 recipient_public: PublicKeys, *, evaluator_id: str, program_id: str, serial: int) -> bytes:
    """An assignment package: ``payload`` and ``attachments`` signed by the program, encrypted to the
    evaluator's enrolled key, signed again outside.

    ``evaluator_id``, ``program_id`` and ``serial`` are written in clear in the header (and inside), so that
    ``smartcert verify`` can say whose package it is and who signed it without any private key; the
    applicants, their reported values and the evidence documents are readable only with the evaluator's key.
    """
    meta = _package_meta(evaluator_id, program_id, serial)
    inner = _json_container(KIND_PACKAGE_CONTENT, payload, attachments, signer, meta)
    return _seal(KIND_PACKAGE, inner, meta, signer, recipient_public)


def open_package(data: bytes, recipient: PrivateKeys, *, name: str = "file") -> Signed:
    """Verify, decrypt and read an assignment package with the evaluator's private keys.

    Refuses (naming the file) a damaged or changed package, one in the old unencrypted format (ask the agency
    for a new package), one sealed to another evaluator's key, and one whose inner signature or clear header
    disagrees with its content. ``Signed.sha256`` is of the whole file. Whether the signer is the program's
    key is the caller's decision (the evaluator pins it at the first import).
    """
    outer, _inner, content = _unseal(data, KIND_PACKAGE, recipient, name)
    return Signed(kind=outer.kind, format=outer.format, header=outer.header, meta=outer.meta,
                  payload=_decode_payload(content.payload, name),
                  attachments={n: bytes(v) for n, v in content.attachments},
                  signer_public=outer.signer_public, fingerprint=outer.fingerprint, sha256=outer.sha256)


def seal_bundle(payload: Mapping[str, Any], signer: PrivateKeys, recipient_public: PublicKeys, *,
                evaluator_id: str, program_id: str, sequence: int) -> bytes:
    """A score bundle: ``payload`` signed by the evaluator, encrypted to the program, signed again outside.

    ``evaluator_id``, ``program_id`` and ``sequence`` are written in clear in the header (and inside), so that
    ``smartcert verify`` and ``merge`` can say whose bundle it is before decrypting.
    """
    meta = _bundle_meta(evaluator_id, program_id, sequence)
    inner = _json_container(KIND_BUNDLE_CONTENT, payload, {}, signer, meta)
    return _seal(KIND_BUNDLE, inner, meta, signer, recipient_public)


def open_bundle(data: bytes, recipient: PrivateKeys, *, name: str = "file") -> Opened:
    """Verify, decrypt and read a score bundle with the program's private keys.

    Refuses (naming the file) a damaged or changed bundle, one sealed to another program key, and one whose
    inner signature or clear header disagrees with its content. Whether the signer is an enrolled evaluator
    is the caller's decision: compare ``Opened.fingerprint`` / ``signer_public`` with the enrolment.
    """
    outer, inner, content = _unseal(data, KIND_BUNDLE, recipient, name)
    meta = outer.meta
    return Opened(header=outer.header, meta=meta, evaluator_id=meta["evaluator_id"],
                  program_id=meta["program_id"], sequence=meta["sequence"],
                  payload=_decode_payload(content.payload, name), signer_public=outer.signer_public,
                  fingerprint=outer.fingerprint, sha256=outer.sha256, content=inner,
                  content_sha256=sha256_hex(content.payload))


# ----------------------------------------------------------------------------------- one-line JSON files
def _read_json_document(data: bytes, fmt: str, kind: str, name: str) -> dict[str, Any]:
    """Parse a one-line signed JSON file and insist on its exact canonical bytes."""
    if len(data) > MAX_HEADER_BYTES:
        raise ValidationError(Problem(msg("is too large to be {kind}", kind=kind_text(kind)), file=name))
    if data.lstrip()[:1] != b"{":
        raise _wrong_kind(data, kind, name)
    document = parse_json_strict(data, what=msg("file"), name=name)
    if not isinstance(document, dict):
        raise _wrong_kind(data, kind, name)
    _check_format(document.get("format"), fmt, kind, data, name)
    # Any other spelling (spaces, key order, escapes, line ends) is a change: the file must be exactly as
    # written, so that every changed byte is detected, not only the ones the signature covers.
    if data != canonical_json_bytes(document) + b"\n":
        raise _damaged(msg("was changed after it was written (it is not in its original canonical form)"), name)
    return document


def _utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _id_problem(evaluator_id: object) -> Text:
    """Why an evaluator id is refused: 1-32 ASCII letters, digits, - or _ (they name files)."""
    if not isinstance(evaluator_id, str):
        return msg("must be 1-32 letters, digits, - or _")
    return msg("{value} {problem}", value=shown(evaluator_id), problem=code_problem(evaluator_id) or "")


def _name_problem(text: object) -> Text | None:
    """Why a person's name is refused: empty, over 200 characters, a control or invisible character, or
    not in its normal form (NFC, no surrounding spaces; the writer normalises it before signing)."""
    if not isinstance(text, str) or not text.strip():
        return msg("must not be empty")
    problem = name_problem(text)
    return msg("must be a plain name: it {problem}", problem=problem) if problem else None


def make_enrollment(keys: PrivateKeys, evaluator_id: str, name: str, *, created: str | None = None) -> bytes:
    """``enrollment.json`` for an evaluator: id, name, public keys and creation time, self-signed.

    The self-signature proves that whoever wrote the file holds the signing key; that the key belongs to
    that person is confirmed by reading the fingerprint to the agency by phone or in person.
    """
    problems = []
    if code_problem(evaluator_id):
        problems.append(Problem(_id_problem(evaluator_id), field="evaluator id"))
    try:
        name = clean_name(name, "name")  # signed as stored: composed (NFC), without surrounding spaces
        if not name:
            problems.append(Problem("must not be empty", field="name"))
    except TextError as exc:
        problems.append(Problem(exc.message, field="name"))
    if created is not None and not _CREATED_RE.fullmatch(created):
        problems.append(Problem("must look like 2026-01-31T09:00:00Z", field="created"))
    if problems:
        raise ValidationError(problems)
    document: dict[str, Any] = {
        "format": ENROLLMENT_FORMAT,
        "evaluator_id": evaluator_id,
        "name": name,
        "public_keys": keys.public.to_json(),
        "fingerprint": keys.fingerprint,
        "created": created or _utc_now(),
    }
    document["signature"] = b64encode(keys.sign(ENROLLMENT_CONTEXT + canonical_json_bytes(document)))
    return canonical_json_bytes(document) + b"\n"


def read_enrollment(data: bytes, *, name: str = "enrollment.json") -> Enrollment:
    """Verify an enrolment file's form and self-signature and return what it says."""
    document = _read_json_document(data, ENROLLMENT_FORMAT, KIND_ENROLLMENT, name)
    expected = {"format", "evaluator_id", "name", "public_keys", "fingerprint", "created", "signature"}
    if set(document) != expected:
        raise _damaged(msg("is damaged: unexpected or missing fields"), name)
    evaluator_id = document["evaluator_id"]
    if not isinstance(evaluator_id, str) or code_problem(evaluator_id):
        raise VerificationError(Problem(_id_problem(evaluator_id), file=name, field="evaluator_id"))
    problem = _name_problem(document["name"])
    if problem:
        raise VerificationError(Problem(problem, file=name, field="name"))
    if not isinstance(document["created"], str) or not _CREATED_RE.fullmatch(document["created"]):
        raise VerificationError(Problem("must look like 2026-01-31T09:00:00Z", file=name, field="created"))
    public = PublicKeys.from_json(document["public_keys"], name=name, field="public_keys")
    if document["fingerprint"] != public.fingerprint:
        raise _damaged(msg("the fingerprint does not match the public keys"), name)
    signature = b64decode_strict(document["signature"], length=SIGNATURE_BYTES, what="signature", name=name)
    unsigned = {k: v for k, v in document.items() if k != "signature"}
    if not public.verify(signature, ENROLLMENT_CONTEXT + canonical_json_bytes(unsigned)):
        raise _damaged(msg("the self-signature does not match: the file was changed after it was written"), name)
    return Enrollment(evaluator_id=evaluator_id, name=document["name"], public=public,
                      fingerprint=public.fingerprint, created=document["created"], sha256=sha256_hex(data))


def sign_detached(data: bytes, signer: PrivateKeys) -> bytes:
    """The detached signature file (``FILE.sig``) for ``data``: its SHA-256 and length, signed."""
    document: dict[str, Any] = {
        "format": SIGNATURE_FORMAT,
        "length": len(data),
        "sha256": sha256_hex(data),
        "signer": signer.public.to_json(),
        "fingerprint": signer.fingerprint,
    }
    document["signature"] = b64encode(signer.sign(SIGNATURE_CONTEXT + canonical_json_bytes(document)))
    return canonical_json_bytes(document) + b"\n"


def verify_detached(data: bytes, signature: bytes, public: PublicKeys | None = None, *,
                    name: str = "file", signature_name: str | None = None) -> DetachedSignature:
    """Check that ``signature`` (a ``FILE.sig``) signs exactly ``data``; with ``public``, that it signed it.

    Without ``public`` the signer named in the signature file is reported, for ``smartcert verify``; the
    caller decides whether to trust it.
    """
    sig_name = signature_name or f"{name}.sig"
    document = _read_json_document(signature, SIGNATURE_FORMAT, KIND_SIGNATURE, sig_name)
    if set(document) != {"format", "length", "sha256", "signer", "fingerprint", "signature"}:
        raise _damaged(msg("is damaged: unexpected or missing fields"), sig_name)
    length, digest = document["length"], document["sha256"]
    if (type(length) is not int or length < 0
            or not isinstance(digest, str) or not _SHA256_RE.fullmatch(digest)):
        raise _damaged(msg("is damaged: length or sha256 is malformed"), sig_name)
    signer = PublicKeys.from_json(document["signer"], name=sig_name, field="signer")
    if document["fingerprint"] != signer.fingerprint:
        raise _damaged(msg("the fingerprint does not match the signer's keys"), sig_name)
    raw_signature = b64decode_strict(document["signature"], length=SIGNATURE_BYTES, what="signature",
                                     name=sig_name)
    unsigned = {k: v for k, v in document.items() if k != "signature"}
    if not signer.verify(raw_signature, SIGNATURE_CONTEXT + canonical_json_bytes(unsigned)):
        raise _damaged(msg("the signature does not match: the signature file was changed"), sig_name)
    if public is not None and public != signer:
        raise VerificationError(Problem(msg("is signed by {signer}, not by the expected key {expected}",
                                            signer=signer.fingerprint, expected=public.fingerprint), file=sig_name))
    if len(data) != length or sha256_hex(data) != digest:
        raise VerificationError(Problem(
            msg("does not match {signature}: the file was changed after it was signed", signature=sig_name),
            file=name))
    return DetachedSignature(signer_public=signer, fingerprint=signer.fingerprint, sha256=digest,
                             length=length)


# -------------------------------------------------------------------------------------------------- files
def load_file(path: str | os.PathLike[str], *, limit: int = MAX_FILE_BYTES) -> bytes:
    """Read a file to verify, refusing one larger than ``limit`` before reading it into memory."""
    label = str(path)
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise ValidationError(Problem(msg("is too large ({size} bytes; the limit is {limit})", size=size,
                                                  limit=limit), file=label))
            # read(n) allocates n bytes first: ask for the size the file has, not for the limit.
            data = handle.read(size)
            grew = handle.read(1)
    except IsADirectoryError:
        raise ValidationError(Problem("is a folder, not a file", file=label)) from None
    except OSError as exc:
        raise ValidationError(Problem(msg("cannot be read: {reason}", reason=system_reason(exc)),
                                      file=label)) from None
    if grew:
        raise ValidationError(Problem("changed while it was read; try again", file=label))
    return data
