"""Key pairs, key files, fingerprints, passphrase strength and the passphrase source."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest

from smartcert_desktop.cli.prompt import ENV_VAR, passphrase_from_env_or_prompt
from smartcert_desktop.errors import PassphraseError, SmartcertError, ValidationError
from smartcert_desktop.exchange import keys as keymod
from smartcert_desktop.exchange.canonical import b64decode_strict, b64encode
from smartcert_desktop.exchange.keys import (
    DEFAULT_SCRYPT_N,
    KEYFILE_FORMAT,
    PrivateKeys,
    PublicKeys,
    change_passphrase,
    decode_key_file,
    encode_key_file,
    fingerprint,
    generate_keys,
    key_file_info,
    load_private_keys,
    normalize_fingerprint,
    passphrase_strength,
    read_key_file_info,
    save_private_keys,
)

FAST_N = 2**10  # the KDF cost is not the point of most tests


@pytest.fixture(scope="module")
def keys() -> PrivateKeys:
    return generate_keys()


# ----------------------------------------------------------------------------------------------- key file
def test_round_trip(tmp_path: Path, keys: PrivateKeys) -> None:
    path = tmp_path / "program.key"
    save_private_keys(path, keys, "correct horse battery staple", label="program P", scrypt_n=FAST_N)
    loaded = load_private_keys(path, "correct horse battery staple")
    assert loaded.public == keys.public
    assert loaded.fingerprint == keys.fingerprint
    # The loaded key signs like the original: same Ed25519 key, deterministic signatures.
    assert loaded.sign(b"message") == keys.sign(b"message")
    info = read_key_file_info(path)
    assert (info.public, info.label, info.scrypt_n) == (keys.public, "program P", FAST_N)


def test_wrong_passphrase_is_a_clear_error(tmp_path: Path, keys: PrivateKeys) -> None:
    path = tmp_path / "program.key"
    save_private_keys(path, keys, "right one", scrypt_n=FAST_N)
    with pytest.raises(PassphraseError) as caught:
        load_private_keys(path, "wrong one")
    assert str(caught.value) == f"wrong passphrase for {path}"


def test_default_cost_is_scrypt_2_17_and_not_pkcs8(tmp_path: Path, keys: PrivateKeys) -> None:
    assert DEFAULT_SCRYPT_N >= 2**17
    path = tmp_path / "k.key"
    save_private_keys(path, keys, "a passphrase")  # default cost, once
    raw = path.read_bytes()
    document = json.loads(raw)
    assert document["format"] == KEYFILE_FORMAT
    assert document["kdf"]["name"] == "scrypt"
    assert document["kdf"]["n"] >= 2**17
    assert (document["kdf"]["r"], document["kdf"]["p"]) == (8, 1)
    assert len(b64decode_strict(document["kdf"]["salt"], what="salt", name="k")) == 16
    assert document["cipher"]["name"] == "chacha20-poly1305"
    assert b"PRIVATE KEY" not in raw and b"-----BEGIN" not in raw
    assert load_private_keys(path, "a passphrase").public == keys.public


def test_private_key_bytes_are_not_in_the_file(keys: PrivateKeys) -> None:
    data = encode_key_file(keys, "pw pw pw", scrypt_n=FAST_N)
    raw = keys._raw()
    assert raw[:32] not in data and raw[32:] not in data
    assert b64encode(raw[:32]).encode() not in data
    assert "PrivateKeys(fingerprint=" in repr(keys) and raw.hex() not in repr(keys)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_key_file_mode_0600_and_atomic(tmp_path: Path, keys: PrivateKeys) -> None:
    path = tmp_path / "e.key"
    save_private_keys(path, keys, "first", scrypt_n=FAST_N)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    save_private_keys(path, keys, "second", scrypt_n=FAST_N)  # replaces, leaves no temporary file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e.key"]
    assert load_private_keys(path, "second").public == keys.public


def test_salt_and_nonce_fresh_each_time(keys: PrivateKeys) -> None:
    a = json.loads(encode_key_file(keys, "same", scrypt_n=FAST_N))
    b = json.loads(encode_key_file(keys, "same", scrypt_n=FAST_N))
    assert a["kdf"]["salt"] != b["kdf"]["salt"]
    assert a["ciphertext"] != b["ciphertext"]


def test_korean_passphrase_composed_or_decomposed(keys: PrivateKeys) -> None:
    import unicodedata

    composed = "스마트도시 인증 평가위원 열쇠"
    data = encode_key_file(keys, composed, scrypt_n=FAST_N)
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert decode_key_file(data, decomposed, name="k").public == keys.public


def test_empty_passphrase_refused_when_saving(keys: PrivateKeys) -> None:
    with pytest.raises(PassphraseError):
        encode_key_file(keys, "", scrypt_n=FAST_N)


def test_change_passphrase(tmp_path: Path, keys: PrivateKeys) -> None:
    path = tmp_path / "k.key"
    save_private_keys(path, keys, "old", label="E01", scrypt_n=FAST_N)
    change_passphrase(path, "old", "new", scrypt_n=FAST_N)
    assert load_private_keys(path, "new").public == keys.public
    assert read_key_file_info(path).label == "E01"
    with pytest.raises(PassphraseError):
        load_private_keys(path, "old")


@pytest.mark.parametrize("field, value", [
    ("public", None),    # swapped public keys: the program would advertise another key
    ("label", "someone else"),
    ("kdf_n", 2**11),
])
def test_authenticated_fields_cannot_be_swapped(keys: PrivateKeys, field: str, value: object) -> None:
    document = json.loads(encode_key_file(keys, "pw", scrypt_n=FAST_N))
    if field == "public":
        other = generate_keys().public
        document["public"] = other.to_json()
        document["fingerprint"] = other.fingerprint
    elif field == "kdf_n":
        document["kdf"]["n"] = value
    else:
        document[field] = value
    with pytest.raises(PassphraseError):
        decode_key_file(json.dumps(document).encode(), "pw", name="k.key")


@pytest.mark.parametrize("data, message", [
    (b"", "is not a smartcert key file"),
    (b"%PDF-1.7\n", "is not a smartcert key file"),
    (b"{not json", "key file is not valid JSON"),
    (b'{"format": "smartcert-enrollment/1"}', "is not a smartcert key file (it is smartcert-enrollment/1)"),
    (b"[1, 2]", "is not a smartcert key file"),
    (b'{"a": 1, "a": 2}', "repeats the key"),
])
def test_not_a_key_file(data: bytes, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        decode_key_file(data, "pw", name="x.key")
    assert str(caught.value).startswith("x.key: ")
    assert message in str(caught.value)


def test_unknown_version_refused(keys: PrivateKeys) -> None:
    document = json.loads(encode_key_file(keys, "pw", scrypt_n=FAST_N))
    document["format"] = "smartcert-keyfile/2"
    with pytest.raises(ValidationError, match="smartcert-keyfile/2 is not supported"):
        decode_key_file(json.dumps(document).encode(), "pw", name="x.key")


@pytest.mark.parametrize("n", [2**30, 3000, 2, True])
def test_absurd_kdf_parameters_refused_before_deriving(keys: PrivateKeys, n: object) -> None:
    document = json.loads(encode_key_file(keys, "pw", scrypt_n=FAST_N))
    document["kdf"]["n"] = n
    with pytest.raises(ValidationError, match=r"field kdf: the key file is damaged or not from smartcert"):
        decode_key_file(json.dumps(document).encode(), "pw", name="x.key")


@pytest.mark.parametrize(("n", "r", "p", "accepted"), [
    (2**20, 16, 4, False),   # the edited key file of the report: 2 GiB and four times the work
    (2**18, 8, 1, True),     # 128 * N * r = 256 MiB: the most accepted
    (2**18, 16, 1, False),   # 512 MiB
    (2**19, 8, 1, False),    # 512 MiB
    (2**17, 8, 4, True),     # smartcert's memory, p at its bound
    (2**17, 8, 5, False),
    (2**17, 0, 1, False),
])
def test_kdf_bounds_of_contract_section_10(keys: PrivateKeys, monkeypatch: pytest.MonkeyPatch,
                                           n: int, r: int, p: int, accepted: bool) -> None:
    """Memory 128·N·r at most 256 MiB and p at most 4, refused before any derivation is started."""
    document = json.loads(encode_key_file(keys, "pw", scrypt_n=FAST_N))
    document["kdf"].update(n=n, r=r, p=p)
    data = json.dumps(document).encode()
    derived: list[tuple[int, int, int]] = []

    def fake_derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
        derived.append((n, r, p))
        return b"\0" * 32  # not the key: the tag fails, as for a wrong passphrase

    monkeypatch.setattr(keymod, "_derive", fake_derive)
    if accepted:
        assert key_file_info(data, name="x.key").fingerprint == keys.fingerprint
        with pytest.raises(PassphraseError, match=r"wrong passphrase for x\.key"):
            decode_key_file(data, "pw", name="x.key")
        assert derived == [(n, r, p)]
    else:
        with pytest.raises(ValidationError) as caught:
            decode_key_file(data, "pw", name="x.key")
        assert str(caught.value).startswith("x.key, field kdf: the key file is damaged or not from smartcert: ")
        assert derived == []


def test_truncated_key_file(keys: PrivateKeys) -> None:
    data = encode_key_file(keys, "pw", scrypt_n=FAST_N)
    for cut in (1, len(data) // 2, len(data) - 3):
        with pytest.raises(SmartcertError):
            decode_key_file(data[:cut], "pw", name="x.key")


def test_missing_key_file(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="cannot read the key file"):
        load_private_keys(tmp_path / "absent.key", "pw")


def test_key_file_info_without_passphrase(keys: PrivateKeys) -> None:
    info = key_file_info(encode_key_file(keys, "pw", label="L", scrypt_n=FAST_N), name="k")
    assert info.fingerprint == keys.fingerprint


# -------------------------------------------------------------------------------------------- fingerprint
def test_fingerprint_shape_stable_and_distinct(keys: PrivateKeys) -> None:
    fp = keys.fingerprint
    groups = fp.split("-")
    assert [len(g) for g in groups] == [5, 5, 5, 5]
    assert all(ch in "0123456789ABCDEFGHJKMNPQRSTVWXYZ" for ch in "".join(groups))
    assert fingerprint(PublicKeys(keys.public.signing, keys.public.encryption)) == fp
    others = {generate_keys().fingerprint for _ in range(20)}
    assert fp not in others and len(others) == 20


def test_fingerprint_covers_both_keys(keys: PrivateKeys) -> None:
    other = generate_keys().public
    assert PublicKeys(keys.public.signing, other.encryption).fingerprint != keys.fingerprint
    assert PublicKeys(other.signing, keys.public.encryption).fingerprint != keys.fingerprint


def test_fingerprint_known_vector() -> None:
    # Pins the derivation in docs/formats.md: SHA-256 over prefix + keys, first 100 bits, Crockford base32.
    public = PublicKeys(bytes(range(32)), bytes(range(32, 64)))
    import hashlib

    digest = hashlib.sha256(b"smartcert-fingerprint/1\n" + bytes(range(64))).digest()
    bits = bin(int.from_bytes(digest, "big"))[2:].zfill(256)[:100]
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    text = "".join(alphabet[int(bits[i:i + 5], 2)] for i in range(0, 100, 5))
    assert public.fingerprint == "-".join(text[i:i + 5] for i in range(0, 20, 5))


def test_normalize_fingerprint(keys: PrivateKeys) -> None:
    fp = keys.fingerprint
    spoken = fp.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert normalize_fingerprint(spoken) == fp
    assert normalize_fingerprint("ABCDE") is None
    assert normalize_fingerprint("UUUUU-UUUUU-UUUUU-UUUUU") is None


def test_public_keys_json_round_trip(keys: PrivateKeys) -> None:
    assert PublicKeys.from_json(keys.public.to_json(), name="f") == keys.public
    with pytest.raises(SmartcertError):
        PublicKeys.from_json({"signing": "AAAA", "encryption": "AAAA"}, name="f")


# -------------------------------------------------------------------------------------- passphrase strength
@pytest.mark.parametrize("passphrase, low, high", [
    ("", 0, 0),
    ("abc", 0, 0),
    ("password", 0, 0),
    ("P@ssw0rd!", 0, 0),
    ("비밀번호1234", 0, 0),
    ("aaaaaaaaaaaaaaaa", 0, 0),
    ("abcdefgh", 0, 1),
    ("hunter22", 0, 1),
    ("kT9#mQ2z", 1, 2),
    ("Tr0ub4dor&3", 2, 3),
    ("correct horse battery staple", 4, 4),
    ("산들바람 아래 고양이 세 마리", 4, 4),
])
def test_passphrase_strength(passphrase: str, low: int, high: int) -> None:
    result = passphrase_strength(passphrase)
    assert low <= result.score <= high, result
    assert result.code and result.reason


def test_strength_never_fails_on_odd_text() -> None:
    for text in ["\x00\x01", "🙂🙂🙂🙂🙂🙂🙂🙂", " " * 40, "a" + "\u0301" * 20, "zyxwvutsrqp"]:
        assert 0 <= passphrase_strength(text).score <= 4


# ------------------------------------------------------------------------------------------ passphrase env
def test_passphrase_from_environment() -> None:
    def never(prompt: str) -> str:
        raise AssertionError("must not prompt")

    assert passphrase_from_env_or_prompt("P: ", environ={ENV_VAR: "s3cret"}, ask=never) == "s3cret"
    env = {ENV_VAR: "s3cret"}
    assert passphrase_from_env_or_prompt("P: ", confirm=True, environ=env, ask=never) == "s3cret"
    with pytest.raises(PassphraseError, match="set but empty"):
        passphrase_from_env_or_prompt("P: ", environ={ENV_VAR: ""}, ask=never)


def test_passphrase_prompt_and_confirm() -> None:
    answers = iter(["one", "one"])
    prompts: list[str] = []

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        return next(answers)

    assert passphrase_from_env_or_prompt("New passphrase: ", confirm=True, environ={}, ask=ask) == "one"
    assert prompts[0] == "New passphrase: " and len(prompts) == 2
    answers = iter(["one", "two"])
    with pytest.raises(PassphraseError, match="differ"):
        passphrase_from_env_or_prompt("P: ", confirm=True, environ={}, ask=ask)


def test_passphrase_prompt_without_terminal() -> None:
    def eof(prompt: str) -> str:
        raise EOFError

    with pytest.raises(PassphraseError, match=ENV_VAR):
        passphrase_from_env_or_prompt("P: ", environ={}, ask=eof)
    with pytest.raises(PassphraseError, match="no passphrase"):
        passphrase_from_env_or_prompt("P: ", environ={}, ask=lambda prompt: "")


def test_environment_default_is_os_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, "from env")
    assert passphrase_from_env_or_prompt("P: ") == "from env"
    assert os.environ[ENV_VAR] == "from env"
