"""Signed containers, sealed score bundles, enrolments and detached signatures."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from smartcert_desktop.errors import SmartcertError, ValidationError, VerificationError
from smartcert_desktop.exchange import envelope as ev
from smartcert_desktop.exchange.canonical import b64encode, canonical_json_bytes, sha256_hex
from smartcert_desktop.exchange.keys import PrivateKeys, generate_keys

MASKS = (0x01, 0x20, 0x80, 0xFF)  # low bit, ASCII case, high bit, every bit


@pytest.fixture(scope="module")
def program() -> PrivateKeys:
    return generate_keys()


@pytest.fixture(scope="module")
def evaluator() -> PrivateKeys:
    return generate_keys()


META = {"program_id": "P1", "evaluator_id": "E01", "serial": 1}


def small_content(program: PrivateKeys) -> bytes:
    """A signed container (the content of a package): the checks every container shares."""
    return ev.write_signed("package-content", {"applicants": ["A001"], "도시": "세종"},
                           {"A001/plan.pdf": b"%PDF-1.4 tiny"}, program, meta=META)


def small_package(program: PrivateKeys, evaluator: PrivateKeys, serial: int = 1) -> bytes:
    return ev.seal_package({"applicants": ["A001"], "도시": "세종"}, {"A001/plan.pdf": b"%PDF-1.4 tiny"},
                           program, evaluator.public, evaluator_id="E01", program_id="P1", serial=serial)


def small_bundle(evaluator: PrivateKeys, program: PrivateKeys, sequence: int = 1) -> bytes:
    return ev.seal_bundle({"sheets": [{"applicant_code": "A001", "entries": {"A1-1": {"level": "B"}}}]},
                          evaluator, program.public, evaluator_id="E01", program_id="P1", sequence=sequence)


def split(data: bytes) -> tuple[dict[str, Any], bytes]:
    """Header and the parts (without the signature) of a container."""
    end = data.index(b"\n", len(ev.MAGIC))
    return json.loads(data[len(ev.MAGIC):end]), data[end + 1:-ev.SIGNATURE_BYTES]


def resign(header: dict[str, Any], body: bytes, signer: PrivateKeys, *, canonical: bool = True) -> bytes:
    """A container with ``header`` (perhaps altered) signed properly: only the checks after the signature
    can refuse it."""
    text = canonical_json_bytes(header) if canonical else json.dumps(header).encode()
    signed = ev.MAGIC + text + b"\n" + body
    return signed + signer.sign(signed)


def flips(data: bytes) -> list[bytes]:
    out = []
    for offset in range(len(data)):
        for mask in MASKS:
            out.append(data[:offset] + bytes([data[offset] ^ mask]) + data[offset + 1:])
    return out


def assert_all_refused(variants: list[bytes], read: Callable[[bytes], object], name: str) -> None:
    accepted = []
    for i, variant in enumerate(variants):
        try:
            read(variant)
        except (ValidationError, VerificationError) as exc:
            assert str(exc).startswith(f"{name}"), str(exc)
        else:
            accepted.append(i)
    assert accepted == [], f"{len(accepted)} changed files were accepted"


# ------------------------------------------------------------------------------------- signed containers
def test_container_round_trip(program: PrivateKeys) -> None:
    big = bytes(range(256)) * 1000
    meta = {"program_id": "P1", "evaluator_id": "E01", "serial": 2}
    data = ev.write_signed("package-content", {"x": "값", "n": [1, 2, {"k": None}]},
                           {"A002/b.pdf": big, "A001/평가자료.pdf": b"%PDF-1.7", "empty.txt": b""}, program,
                           meta=meta)
    signed = ev.read_signed(data, "package-content", name="E01.scpkg")
    assert signed.kind == "package-content" and signed.format == "smartcert-package-content/1"
    assert signed.payload == {"x": "값", "n": [1, 2, {"k": None}]}
    assert signed.attachments == {"A002/b.pdf": big, "A001/평가자료.pdf": b"%PDF-1.7", "empty.txt": b""}
    assert signed.meta == meta
    assert signed.signer_public == program.public and signed.fingerprint == program.fingerprint
    assert signed.sha256 == sha256_hex(data)
    header, _ = split(data)
    assert [a["name"] for a in header["attachments"]] == sorted(signed.attachments)
    assert header["attachments"][1]["sha256"] == sha256_hex(big)


def test_container_deterministic(program: PrivateKeys) -> None:
    # Ed25519 signatures are deterministic: the same content gives the same file.
    assert small_content(program) == small_content(program)


def test_every_single_byte_change_of_a_container_is_refused(program: PrivateKeys) -> None:
    data = small_content(program)
    assert_all_refused(flips(data), lambda d: ev.read_signed(d, "package-content", name="E01.scpkg"),
                       "E01.scpkg")
    assert_all_refused(flips(data), lambda d: ev.peek(d, name="E01.scpkg"), "E01.scpkg")


def test_truncated_or_extended_container_is_refused(program: PrivateKeys) -> None:
    data = small_content(program)
    assert_all_refused([data[:n] for n in range(len(data))],
                       lambda d: ev.read_signed(d, "package-content", name="p.scpkg"), "p.scpkg")
    for extra in (b"\x00", b"\n", b"x" * 100):
        with pytest.raises(VerificationError, match="unexpected bytes at the end"):
            ev.read_signed(data + extra, "package-content", name="p.scpkg")
    with pytest.raises(VerificationError, match="is truncated"):
        ev.read_signed(data[:-10], "package-content", name="p.scpkg")


def test_resigned_by_another_key_has_another_fingerprint(program: PrivateKeys) -> None:
    original = ev.read_signed(small_content(program), "package-content")
    impostor = generate_keys()
    forged = ev.write_signed("package-content", original.payload, original.attachments, impostor,
                             meta=original.meta)
    read = ev.read_signed(forged, "package-content")
    assert read.fingerprint == impostor.fingerprint != program.fingerprint
    assert read.signer_public != program.public


def test_swapped_signer_in_header_is_refused(program: PrivateKeys) -> None:
    data = small_content(program)
    header, _ = split(data)
    impostor = generate_keys()
    header["signer"] = impostor.public.to_json()
    end = data.index(b"\n", len(ev.MAGIC))
    # Only the fingerprint is left as it was: refused as inconsistent.
    tampered = ev.MAGIC + canonical_json_bytes(header) + data[end:]
    with pytest.raises(VerificationError, match="fingerprint does not match"):
        ev.read_signed(tampered, "package-content", name="p")
    # Fingerprint changed too, original signature kept: the signature does not match.
    header["fingerprint"] = impostor.fingerprint
    tampered = ev.MAGIC + canonical_json_bytes(header) + data[end:]
    with pytest.raises(VerificationError, match="signature does not match"):
        ev.read_signed(tampered, "package-content", name="p")


def test_declared_lengths_beyond_the_file_are_refused(program: PrivateKeys) -> None:
    header, body = split(small_content(program))
    header["attachments"][0]["length"] = 2**62
    with pytest.raises(VerificationError, match="is truncated: the header announces"):
        ev.read_signed(resign(header, body, program), "package-content", name="p")


def test_hash_mismatch_is_refused_even_when_signed(program: PrivateKeys) -> None:
    header, body = split(small_content(program))
    header["attachments"][0]["sha256"] = "0" * 64
    with pytest.raises(VerificationError, match="does not match its SHA-256"):
        ev.read_signed(resign(header, body, program), "package-content", name="p")


def test_non_canonical_header_is_refused(program: PrivateKeys) -> None:
    header, body = split(small_content(program))
    with pytest.raises(VerificationError, match="canonical"):
        ev.read_signed(resign(header, body, program, canonical=False), "package-content", name="p")


def test_duplicate_key_in_header_is_refused(program: PrivateKeys) -> None:
    data = small_content(program)
    end = data.index(b"\n", len(ev.MAGIC))
    text = data[len(ev.MAGIC):end]
    doubled = text[:-1] + b',"kind":"package-content"}'
    signed = ev.MAGIC + doubled + data[end:-ev.SIGNATURE_BYTES]
    with pytest.raises(VerificationError, match="repeats the key"):
        ev.read_signed(signed + program.sign(signed), "package-content", name="p")


def test_unknown_format_version_is_refused(program: PrivateKeys, evaluator: PrivateKeys) -> None:
    header, body = split(small_content(program))
    header["format"] = "smartcert-package-content/2"
    with pytest.raises(ValidationError) as caught:
        ev.read_signed(resign(header, body, program), "package-content", name="new.scpkg")
    assert str(caught.value) == ("new.scpkg: format smartcert-package-content/2 is not supported by this "
                                 "version of smartcert (it reads smartcert-package-content/1)")
    header, body = split(small_package(program, evaluator))
    header["format"] = "smartcert-package/3"
    with pytest.raises(ValidationError) as caught:
        ev.open_package(resign(header, body, program), evaluator, name="new.scpkg")
    assert str(caught.value) == ("new.scpkg: format smartcert-package/3 is not supported by this version of "
                                 "smartcert (it reads smartcert-package/2)")


@pytest.mark.parametrize("name", [
    "", "/etc/passwd", "../x.pdf", "a/../b.pdf", "a//b", "./a", "C:evil.pdf", "a\\b.pdf", "con.pdf",
    "LPT1", "dot.", "trailing ", " lead", "tab\there", "x" * 256, "new\nline",
])
def test_unsafe_attachment_names_are_refused_when_writing(program: PrivateKeys, name: str) -> None:
    assert ev.attachment_name_problem(name) is not None
    with pytest.raises(ValidationError):
        ev.write_signed("package-content", {}, {name: b"x"}, program, meta=META)


def test_attachment_names_that_collide_on_windows_are_refused(program: PrivateKeys) -> None:
    with pytest.raises(ValidationError, match="same file"):
        ev.write_signed("package-content", {}, {"A001/Plan.pdf": b"1", "A001/plan.PDF": b"2"}, program,
                        meta=META)


def test_unsafe_attachment_name_in_a_signed_header_is_refused(program: PrivateKeys) -> None:
    # Someone holding the program key could still write such a header; readers refuse it all the same.
    header, body = split(small_content(program))
    header["attachments"][0]["name"] = "../../evil.pdf"
    with pytest.raises(VerificationError, match="attachment name"):
        ev.read_signed(resign(header, body, program), "package-content", name="p")


def test_payload_that_is_not_an_object_is_refused(program: PrivateKeys) -> None:
    header, _ = split(small_content(program))
    payload = b"[1,2]"
    header["payload"] = {"length": len(payload), "sha256": sha256_hex(payload)}
    header["attachments"] = []
    with pytest.raises(VerificationError, match="payload is not a JSON object"):
        ev.read_signed(resign(header, payload, program), "package-content", name="p")


# --------------------------------------------------------------------------------------------- packages
def test_package_round_trip(program: PrivateKeys, evaluator: PrivateKeys) -> None:
    big = bytes(range(256)) * 1000
    attachments = {"documents/b.pdf": big, "documents/평가자료.pdf": b"%PDF-1.7", "empty.txt": b""}
    data = ev.seal_package({"x": "값", "n": [1, 2, {"k": None}]}, attachments, program, evaluator.public,
                           evaluator_id="E01", program_id="P1", serial=3)
    opened = ev.open_package(data, evaluator, name="E01.scpkg")
    assert opened.kind == "package" and opened.format == "smartcert-package/2"
    assert opened.payload == {"x": "값", "n": [1, 2, {"k": None}]}
    assert opened.attachments == attachments
    assert opened.meta == {"evaluator_id": "E01", "program_id": "P1", "serial": 3}
    assert opened.signer_public == program.public and opened.fingerprint == program.fingerprint
    assert opened.sha256 == sha256_hex(data)


def test_package_reveals_nothing_in_clear(program: PrivateKeys, evaluator: PrivateKeys) -> None:
    """A package found on a USB stick shows who it is for and who signed it, nothing of its content."""
    secret = "신청 도시 평가자료 XYZZY"
    document = b"%PDF-1.7 confidential evidence PLUGH " * 100
    data = ev.seal_package({"applicants": [{"code": "A001", "name_ko": secret}]},
                           {"documents/abc.pdf": document}, program, evaluator.public, evaluator_id="E01",
                           program_id="P1", serial=1)
    for visible in (secret.encode(), b"XYZZY", b"PLUGH", b"A001", b"applicants", b"documents/abc.pdf"):
        assert visible not in data
    info = ev.peek(data, name="E01.scpkg")
    assert info.kind == "package" and info.fingerprint == program.fingerprint
    assert info.meta == {"evaluator_id": "E01", "program_id": "P1", "serial": 1}
    assert info.sealed_to == evaluator.fingerprint and info.attachments == ()


def test_package_for_another_evaluator_cannot_be_opened(program: PrivateKeys, evaluator: PrivateKeys) -> None:
    other = generate_keys()
    data = small_package(program, other)
    with pytest.raises(VerificationError) as caught:
        ev.open_package(data, evaluator, name="E02.scpkg")
    assert str(caught.value).startswith(f"E02.scpkg: is encrypted to another evaluator key ({other.fingerprint}), "
                                        f"not to your key ({evaluator.fingerprint})")
    # Claiming the evaluator's fingerprint (re-signed by the program) does not help: decryption fails.
    header, body = split(data)
    header["sealed"]["recipient"] = evaluator.fingerprint
    with pytest.raises(VerificationError, match="cannot be decrypted with your key"):
        ev.open_package(resign(header, body, program), evaluator, name="p")


def test_every_single_byte_change_of_a_package_is_refused(program: PrivateKeys, evaluator: PrivateKeys) -> None:
    data = small_package(program, evaluator)
    assert_all_refused(flips(data), lambda d: ev.open_package(d, evaluator, name="E01.scpkg"), "E01.scpkg")
    assert_all_refused([data[:n] for n in range(len(data))],
                       lambda d: ev.open_package(d, evaluator, name="E01.scpkg"), "E01.scpkg")


@pytest.mark.parametrize("field, value", [("serial", 99), ("evaluator_id", "E02"), ("program_id", "P2")])
def test_package_clear_header_is_bound_to_the_ciphertext(program: PrivateKeys, evaluator: PrivateKeys,
                                                         field: str, value: object) -> None:
    header, body = split(small_package(program, evaluator))
    header["meta"][field] = value
    with pytest.raises(VerificationError, match="cannot be decrypted"):
        ev.open_package(resign(header, body, program), evaluator, name="p")


def test_old_unencrypted_package_is_refused_saying_to_ask_for_a_new_one(program: PrivateKeys,
                                                                          evaluator: PrivateKeys) -> None:
    # A package of the previous format: a signed container with the payload and documents in clear.
    header, body = split(small_content(program))
    header["format"], header["kind"] = "smartcert-package/1", "package"
    old = resign(header, body, program)
    for read in (lambda d: ev.open_package(d, evaluator, name="E01.scpkg"),
                 lambda d: ev.peek(d, name="E01.scpkg")):
        with pytest.raises(ValidationError) as caught:
            read(old)
        assert str(caught.value) == (
            "E01.scpkg: is an assignment package in the old format smartcert-package/1, which is not encrypted; "
            "this version of smartcert reads only encrypted packages (smartcert-package/2): ask the agency "
            "for a new package")


# ---------------------------------------------------------------------------------------------- bundles
def test_bundle_round_trip(evaluator: PrivateKeys, program: PrivateKeys) -> None:
    payload = {"sheets": [{"applicant_code": "A001", "comment": "현장 확인 완료"}], "complete": True}
    data = ev.seal_bundle(payload, evaluator, program.public, evaluator_id="E-01_x", program_id="prog-1",
                          sequence=7)
    opened = ev.open_bundle(data, program, name="E01.scb")
    assert opened.payload == payload
    assert (opened.evaluator_id, opened.program_id, opened.sequence) == ("E-01_x", "prog-1", 7)
    assert opened.signer_public == evaluator.public and opened.fingerprint == evaluator.fingerprint
    assert opened.sha256 == sha256_hex(data)
    assert opened.content_sha256 == sha256_hex(canonical_json_bytes(payload))
    # The inner content stays verifiable on its own: proof of who scored, kept after decryption.
    inner = ev.read_signed(opened.content, "bundle-content", name="content")
    assert inner.payload == payload and inner.signer_public == evaluator.public
    assert inner.meta == {"evaluator_id": "E-01_x", "program_id": "prog-1", "sequence": 7}


def test_bundle_reveals_nothing_in_clear(evaluator: PrivateKeys, program: PrivateKeys) -> None:
    secret = "눈에 띄는 비밀 평가 의견 XYZZY"
    data = ev.seal_bundle({"comment": secret}, evaluator, program.public, evaluator_id="E01",
                          program_id="P1", sequence=1)
    assert secret.encode() not in data and b"XYZZY" not in data and b"comment" not in data
    # Sealing twice gives different files (fresh ephemeral key), both open to the same payload.
    again = ev.seal_bundle({"comment": secret}, evaluator, program.public, evaluator_id="E01",
                           program_id="P1", sequence=1)
    assert again != data
    assert ev.open_bundle(again, program).payload == ev.open_bundle(data, program).payload


def test_peek_says_who_signed_a_bundle_without_the_program_key(evaluator: PrivateKeys,
                                                               program: PrivateKeys) -> None:
    data = small_bundle(evaluator, program, sequence=4)
    info = ev.peek(data, name="E01.scb")
    assert info.kind == "bundle" and info.format == "smartcert-bundle/1"
    assert info.fingerprint == evaluator.fingerprint
    assert info.meta == {"evaluator_id": "E01", "program_id": "P1", "sequence": 4}
    assert info.sealed_to == program.fingerprint
    assert info.attachments == ()
    assert ev.peek(data, name="E01.scb", expected_kind="bundle") == info


def test_every_single_byte_change_of_a_bundle_is_refused(evaluator: PrivateKeys,
                                                         program: PrivateKeys) -> None:
    data = small_bundle(evaluator, program)
    variants = flips(data)
    assert_all_refused(variants, lambda d: ev.open_bundle(d, program, name="E01.scb"), "E01.scb")
    assert_all_refused(variants, lambda d: ev.peek(d, name="E01.scb"), "E01.scb")


def test_truncated_bundle_is_refused(evaluator: PrivateKeys, program: PrivateKeys) -> None:
    data = small_bundle(evaluator, program)
    assert_all_refused([data[:n] for n in range(len(data))],
                       lambda d: ev.open_bundle(d, program, name="b.scb"), "b.scb")


def test_bundle_for_another_program_cannot_be_opened(evaluator: PrivateKeys, program: PrivateKeys) -> None:
    other_program = generate_keys()
    data = small_bundle(evaluator, other_program)
    with pytest.raises(VerificationError) as caught:
        ev.open_bundle(data, program, name="E01.scb")
    message = str(caught.value)
    assert message.startswith("E01.scb: is encrypted to another program key")
    assert other_program.fingerprint in message and program.fingerprint in message


def test_bundle_with_forged_recipient_fails_to_decrypt(evaluator: PrivateKeys, program: PrivateKeys) -> None:
    # Sealed to another key but claiming our fingerprint (re-signed by the evaluator): decryption fails.
    header, body = split(small_bundle(evaluator, generate_keys()))
    header["sealed"]["recipient"] = program.fingerprint
    with pytest.raises(VerificationError, match="cannot be decrypted"):
        ev.open_bundle(resign(header, body, evaluator), program, name="b")


@pytest.mark.parametrize("field, value", [("sequence", 99), ("evaluator_id", "E02"), ("program_id", "P2")])
def test_clear_header_is_bound_to_the_ciphertext(evaluator: PrivateKeys, program: PrivateKeys,
                                                 field: str, value: object) -> None:
    # Even the evaluator, re-signing the outside, cannot move sealed scores under another clear header:
    # the header is the associated data of the encryption.
    header, body = split(small_bundle(evaluator, program))
    header["meta"][field] = value
    with pytest.raises(VerificationError, match="cannot be decrypted"):
        ev.open_bundle(resign(header, body, evaluator), program, name="b")


def test_outer_signer_must_be_the_inner_signer(evaluator: PrivateKeys, program: PrivateKeys) -> None:
    # Someone who intercepts a bundle cannot sign its ciphertext as their own: the AAD names the signer.
    header, body = split(small_bundle(evaluator, program))
    thief = generate_keys()
    header["signer"], header["fingerprint"] = thief.public.to_json(), thief.fingerprint
    with pytest.raises(VerificationError, match="cannot be decrypted"):
        ev.open_bundle(resign(header, body, thief), program, name="b")


def _seal_raw(inner: bytes, header: dict[str, Any], program: PrivateKeys, signer: PrivateKeys) -> bytes:
    """Encrypt ``inner`` exactly like seal_bundle, to test the checks on the content."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    ephemeral = X25519PrivateKey.generate()
    eph_pub = ephemeral.public_key().public_bytes_raw()
    header["sealed"]["ephemeral"] = b64encode(eph_pub)
    key, nonce = ev._seal_key(ephemeral.exchange(program.public.encryption_key()), eph_pub,
                              program.public.encryption)
    ciphertext = ChaCha20Poly1305(key).encrypt(nonce, inner, ev._associated_data(header))
    header["payload"] = {"length": len(ciphertext), "sha256": sha256_hex(ciphertext)}
    return resign(header, ciphertext, signer)


def test_inner_content_must_agree_with_the_clear_header(evaluator: PrivateKeys, program: PrivateKeys) -> None:
    header, _ = split(small_bundle(evaluator, program, sequence=5))
    # Inner signed for sequence 4, outside says 5 (a replayed old score sheet under a new number).
    inner = ev.write_signed("bundle-content", {"s": 1}, {}, evaluator,
                            meta={"evaluator_id": "E01", "program_id": "P1", "sequence": 4})
    with pytest.raises(VerificationError, match="names another evaluator, program or sequence"):
        ev.open_bundle(_seal_raw(inner, dict(header), program, evaluator), program, name="b")
    # Inner signed by someone else.
    other = generate_keys()
    inner = ev.write_signed("bundle-content", {"s": 1}, {}, other, meta=header["meta"])
    header, _ = split(small_bundle(evaluator, program, sequence=5))
    with pytest.raises(VerificationError, match="signed by another key"):
        ev.open_bundle(_seal_raw(inner, header, program, evaluator), program, name="b")


@pytest.mark.parametrize("kwargs", [
    {"evaluator_id": "", "program_id": "P", "sequence": 1},
    {"evaluator_id": "has space", "program_id": "P", "sequence": 1},
    {"evaluator_id": "E" * 33, "program_id": "P", "sequence": 1},
    {"evaluator_id": "E01", "program_id": "", "sequence": 1},
    {"evaluator_id": "E01", "program_id": "P", "sequence": -1},
])
def test_bad_bundle_header_values_are_refused_when_sealing(evaluator: PrivateKeys, program: PrivateKeys,
                                                           kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        ev.seal_bundle({}, evaluator, program.public, **kwargs)


# ------------------------------------------------------------------------------------------- other kinds
def test_files_of_another_kind_are_named(evaluator: PrivateKeys, program: PrivateKeys) -> None:
    package = small_package(program, evaluator)
    bundle = small_bundle(evaluator, program)
    enrolment = ev.make_enrollment(evaluator, "E01", "김평가")
    signature = ev.sign_detached(b"{}", program)
    cases: list[tuple[bytes, Callable[[bytes], object], str]] = [
        (package, lambda d: ev.open_bundle(d, program, name="f"),
         "f: is an assignment package, not a score bundle"),
        (bundle, lambda d: ev.open_package(d, evaluator, name="f"),
         "f: is a score bundle, not an assignment package"),
        (enrolment, lambda d: ev.peek(d, name="f", expected_kind="bundle"),
         "f: is an enrolment file, not a score bundle"),
        (bundle, lambda d: ev.read_enrollment(d, name="f"), "f: is a score bundle, not an enrolment file"),
        (signature, lambda d: ev.read_enrollment(d, name="f"),
         "f: is a detached signature, not an enrolment file"),
        (b"%PDF-1.7\n%\xe2\xe3", lambda d: ev.open_bundle(d, program, name="f"),
         "f: is a PDF document, not a score bundle"),
        (b"PK\x03\x04xxxx", lambda d: ev.open_package(d, evaluator, name="f"),
         "f: is a ZIP file or workbook, not an assignment package"),
        (b"hello, this is text\n", lambda d: ev.open_bundle(d, program, name="f"),
         "f: is not a smartcert file; expected a score bundle"),
        (b"", lambda d: ev.open_bundle(d, program, name="f"),
         "f: the file is empty; expected a score bundle"),
        (b"", lambda d: ev.read_enrollment(d, name="f"), "f: the file is empty; expected an enrolment file"),
        (b"", lambda d: ev.peek(d, name="f"),
         "f: the file is empty; expected an assignment package or a score bundle"),
        (b'{"program": {}, "applicants": []}', lambda d: ev.read_enrollment(d, name="f"),
         "f: is a results file, not an enrolment file"),
        (b"SMART", lambda d: ev.peek(d, name="f"), "f: is truncated (it ends inside the first line)"),
        (ev.MAGIC + b'{"format":', lambda d: ev.peek(d, name="f"),
         "f: is truncated (it ends inside the header)"),
    ]
    for data, read, message in cases:
        with pytest.raises((ValidationError, VerificationError)) as caught:
            read(data)
        assert str(caught.value) == message


def test_detect_kind(evaluator: PrivateKeys, program: PrivateKeys) -> None:
    assert ev.detect_kind(small_package(program, evaluator)) == "package"
    assert ev.detect_kind(small_content(program)) == "package-content"
    assert ev.detect_kind(small_bundle(evaluator, program)) == "bundle"
    assert ev.detect_kind(ev.make_enrollment(evaluator, "E01", "N")) == "enrollment"
    assert ev.detect_kind(ev.sign_detached(b"x", program)) == "signature"
    assert ev.detect_kind(b"%PDF-1.4") == "pdf"
    assert ev.detect_kind(b"") == "empty"
    assert ev.detect_kind(b"random") is None
    assert ev.detect_kind(b"{bad json") is None


def test_garbage_never_raises_anything_else(program: PrivateKeys, evaluator: PrivateKeys) -> None:
    import random

    rng = random.Random(1)
    samples = [bytes(rng.getrandbits(8) for _ in range(rng.randrange(0, 200))) for _ in range(300)]
    samples += [ev.MAGIC + s for s in samples[:100]]
    samples += [ev.MAGIC + b'{"format":"smartcert-package/1","kind":"package"}\n' + s for s in samples[:50]]
    samples += [ev.MAGIC + b"[" * 100_000 + b"\n", b"{" + b'"a":' * 10 + b"1e999}", ev.MAGIC + b"\xff\xfe\n"]
    for sample in samples:
        for read in (lambda d: ev.open_package(d, evaluator, name="g"), lambda d: ev.open_bundle(d, program),
                     lambda d: ev.peek(d), lambda d: ev.read_enrollment(d),
                     lambda d: ev.verify_detached(b"", d)):
            with pytest.raises(SmartcertError):
                read(sample)


# ------------------------------------------------------------------------------------------- enrolments
def test_enrollment_round_trip(evaluator: PrivateKeys) -> None:
    data = ev.make_enrollment(evaluator, "E01", "김평가 (Kim)", created="2026-03-01T09:00:00Z")
    enrolment = ev.read_enrollment(data, name="enrollment.json")
    assert (enrolment.evaluator_id, enrolment.name, enrolment.created) == ("E01", "김평가 (Kim)",
                                                                            "2026-03-01T09:00:00Z")
    assert enrolment.public == evaluator.public and enrolment.fingerprint == evaluator.fingerprint
    document = json.loads(data)
    assert document["format"] == "smartcert-enrollment/1" and data.endswith(b"}\n")


def test_every_single_byte_change_of_an_enrollment_is_refused(evaluator: PrivateKeys) -> None:
    data = ev.make_enrollment(evaluator, "E01", "김평가", created="2026-03-01T09:00:00Z")
    assert_all_refused(flips(data), lambda d: ev.read_enrollment(d, name="enrollment.json"),
                       "enrollment.json")
    assert_all_refused([data[:n] for n in range(len(data))],
                       lambda d: ev.read_enrollment(d, name="enrollment.json"), "enrollment.json")


def test_enrollment_with_someone_elses_keys_is_refused(evaluator: PrivateKeys) -> None:
    document = json.loads(ev.make_enrollment(evaluator, "E01", "N"))
    other = generate_keys()
    document["public_keys"], document["fingerprint"] = other.public.to_json(), other.fingerprint
    with pytest.raises(VerificationError, match="self-signature does not match"):
        ev.read_enrollment(canonical_json_bytes(document) + b"\n", name="e")


def test_enrollment_unknown_version_is_refused(evaluator: PrivateKeys) -> None:
    document = json.loads(ev.make_enrollment(evaluator, "E01", "N"))
    document["format"] = "smartcert-enrollment/9"
    with pytest.raises(ValidationError, match="smartcert-enrollment/9 is not supported"):
        ev.read_enrollment(canonical_json_bytes(document) + b"\n", name="e")


def test_reformatted_enrollment_is_refused(evaluator: PrivateKeys) -> None:
    data = ev.make_enrollment(evaluator, "E01", "N")
    pretty = json.dumps(json.loads(data), indent=2).encode()
    with pytest.raises(VerificationError, match="original canonical form"):
        ev.read_enrollment(pretty, name="e")


@pytest.mark.parametrize("evaluator_id, name", [("", "N"), ("a b", "N"), ("E" * 33, "N"), ("E01", ""),
                                                ("E01", "   "), ("E01", "line\nbreak")])
def test_bad_enrollment_values_are_refused(evaluator: PrivateKeys, evaluator_id: str, name: str) -> None:
    with pytest.raises(ValidationError):
        ev.make_enrollment(evaluator, evaluator_id, name)


# ---------------------------------------------------------------------------------- detached signatures
def test_detached_signature(program: PrivateKeys) -> None:
    results = b'{"applicants":[],"program":{"id":"P1"}}\n'
    sig = ev.sign_detached(results, program)
    info = ev.verify_detached(results, sig, program.public, name="results.json")
    assert info.fingerprint == program.fingerprint and info.sha256 == sha256_hex(results)
    assert ev.verify_detached(results, sig, name="results.json").signer_public == program.public


def test_detached_signature_detects_a_changed_file(program: PrivateKeys) -> None:
    results = b'{"applicants":[],"program":{"id":"P1"}}\n'
    sig = ev.sign_detached(results, program)
    for variant in [*flips(results), results + b" ", results[:-1]]:
        with pytest.raises(VerificationError) as caught:
            ev.verify_detached(variant, sig, program.public, name="results.json")
        assert str(caught.value) == ("results.json: does not match results.json.sig: the file was changed "
                                     "after it was signed")


def test_every_single_byte_change_of_a_signature_file_is_refused(program: PrivateKeys) -> None:
    results = b"[]"
    sig = ev.sign_detached(results, program)
    assert_all_refused(flips(sig), lambda s: ev.verify_detached(results, s, name="r.json"), "r.json")


def test_detached_signature_by_another_key(program: PrivateKeys) -> None:
    other = generate_keys()
    sig = ev.sign_detached(b"data", other)
    with pytest.raises(VerificationError, match="not by the expected key"):
        ev.verify_detached(b"data", sig, program.public, name="r.json")


# ------------------------------------------------------------------------------------------------ files
def test_load_file_limits(tmp_path: Path) -> None:
    path = tmp_path / "b.scb"
    path.write_bytes(b"x" * 100)
    assert ev.load_file(path) == b"x" * 100
    with pytest.raises(ValidationError, match="too large"):
        ev.load_file(path, limit=99)
    with pytest.raises(ValidationError, match="cannot be read"):
        ev.load_file(tmp_path / "absent.scb")
    with pytest.raises(ValidationError, match="folder"):
        ev.load_file(tmp_path)


def test_damaged_sealed_content_is_named_as_that_part_of_the_file(program: PrivateKeys,
                                                                   evaluator: PrivateKeys) -> None:
    """A bundle that decrypts to something that is not a container (sealed so by its signer): the problem names
    the part of the file, in the reader's language."""
    from smartcert_desktop.messages import load_catalog
    from smartcert_desktop.paths import translations_dir

    meta = ev._bundle_meta("E01", "P1", 1)
    data = ev._seal(ev.KIND_BUNDLE, b"not a container", meta, evaluator, program.public)
    with pytest.raises(SmartcertError) as caught:
        ev.open_bundle(data, program, name="E01.scb")
    problem = caught.value.problems[0]
    assert "expected the signed content of a score bundle" in str(problem.message)
    assert problem.where() == "E01.scb (sealed content)"
    assert problem.where(load_catalog("ko", translations_dir())) == "E01.scb (암호화된 내용)"
