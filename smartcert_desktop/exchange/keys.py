"""Key pairs of the program (operating agency, 운영기관) and of every evaluator, and their key file.

Each party has two key pairs: Ed25519 to sign what it writes and X25519 so that score bundles can be
encrypted to it. Public keys travel as 32 raw bytes each; a party is recognised by the fingerprint of both,
a short string people can read to each other over the phone (:func:`fingerprint`).

Private keys never touch the disk unencrypted: the key file holds them encrypted with a key derived from the
passphrase by scrypt, sealed with ChaCha20-Poly1305. The exact bytes are described in ``docs/formats.md``.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import os
import secrets
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from ..domain.text import brief
from ..errors import PassphraseError, Problem, SmartcertError, ValidationError, VerificationError
from ..files import system_reason
from ..messages import Text, msg
from .canonical import b64decode_strict, b64encode, canonical_json_bytes, parse_json_strict

KEYFILE_FORMAT = "smartcert-keyfile/1"
FINGERPRINT_PREFIX = b"smartcert-fingerprint/1\n"
KEY_BYTES = 32

# scrypt cost. N = 2**17, r = 8 needs 128 MiB and a fraction of a second: cheap once per command, costly for
# someone trying passphrases on a stolen key file. Tests may pass a smaller N where the cost is not the point.
DEFAULT_SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
NONCE_BYTES = 12
# Bounds accepted when reading (contract section 10): a key file is not trusted to make us allocate more
# than 256 MiB (scrypt needs 128 * N * r bytes) or to multiply the work by more than 4 (p).
MIN_SCRYPT_N = 2**10
MAX_SCRYPT_N = 2**20
MAX_SCRYPT_R = 16
MAX_SCRYPT_P = 4
MAX_SCRYPT_MEMORY = 256 * 2**20
MAX_KEYFILE_BYTES = 64 * 1024
CIPHER_NAME = "chacha20-poly1305"
KDF_NAME = "scrypt"

# Crockford's base32: no I, L, O or U, so that nothing read over the phone is mistaken for a digit.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_FINGERPRINT_BITS = 100
_LOOKALIKES = {ord("O"): "0", ord("I"): "1", ord("L"): "1"}


# --------------------------------------------------------------------------------------------- public keys
@dataclass(frozen=True)
class PublicKeys:
    """A party's public keys: Ed25519 ``signing`` and X25519 ``encryption``, 32 raw bytes each."""

    signing: bytes
    encryption: bytes

    def __post_init__(self) -> None:
        if len(self.signing) != KEY_BYTES or len(self.encryption) != KEY_BYTES:
            raise ValueError("public keys are 32 bytes each")

    def __repr__(self) -> str:
        return f"PublicKeys(fingerprint={self.fingerprint!r})"

    @property
    def fingerprint(self) -> str:
        """The fingerprint of both keys, e.g. ``"7QK2M-XA9PD-0W3RT-HJ5NB"``; see :func:`fingerprint`."""
        return fingerprint(self)

    def to_json(self) -> dict[str, str]:
        """``{"encryption": base64, "signing": base64}``, as every smartcert file writes public keys."""
        return {"encryption": b64encode(self.encryption), "signing": b64encode(self.signing)}

    @classmethod
    def from_json(cls, value: object, *, name: str, field: str = "public keys",
                  error: type[SmartcertError] = VerificationError) -> PublicKeys:
        """Read :meth:`to_json` output from an untrusted file ``name``; errors name ``field``."""
        if not isinstance(value, dict) or set(value) != {"encryption", "signing"}:
            raise error(Problem('must be an object with exactly "encryption" and "signing"',
                                file=name, field=field))
        signing = b64decode_strict(value["signing"], length=KEY_BYTES, what=f"{field}.signing", name=name,
                                   error=error)
        encryption = b64decode_strict(value["encryption"], length=KEY_BYTES, what=f"{field}.encryption",
                                      name=name, error=error)
        return cls(signing=signing, encryption=encryption)

    def verify(self, signature: bytes, message: bytes | memoryview) -> bool:
        """True when ``signature`` is this signing key's Ed25519 signature of ``message``."""
        try:
            Ed25519PublicKey.from_public_bytes(self.signing).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True

    def encryption_key(self) -> X25519PublicKey:
        return X25519PublicKey.from_public_bytes(self.encryption)


def fingerprint(public: PublicKeys) -> str:
    """Fingerprint of a party's public keys, readable over the phone.

    SHA-256 of ``b"smartcert-fingerprint/1\\n" + signing (32 bytes) + encryption (32 bytes)``; its first 100
    bits, most significant first, as 20 Crockford base32 symbols in four groups of five joined by ``-``.
    100 bits keep finding a second key with the same fingerprint out of reach (2**100 tries).
    """
    digest = hashlib.sha256(FINGERPRINT_PREFIX + public.signing + public.encryption).digest()
    value = int.from_bytes(digest[:13], "big") >> (13 * 8 - _FINGERPRINT_BITS)
    symbols = [_CROCKFORD[(value >> (5 * (19 - i))) & 31] for i in range(20)]
    text = "".join(symbols)
    return "-".join(text[i:i + 5] for i in range(0, 20, 5))


def normalize_fingerprint(text: str) -> str | None:
    """A fingerprint as someone typed or read it, in the canonical form; ``None`` if it cannot be one.

    Case, spaces and dashes do not matter, and the letters Crockford base32 leaves out are read as the
    digits they look like (O as 0, I and L as 1), so that a fingerprint dictated over the phone compares
    equal to the printed one.
    """
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t")
    cleaned = cleaned.translate(_LOOKALIKES)
    if len(cleaned) != 20 or any(ch not in _CROCKFORD for ch in cleaned):
        return None
    return "-".join(cleaned[i:i + 5] for i in range(0, 20, 5))


# -------------------------------------------------------------------------------------------- private keys
class PrivateKeys:
    """A party's private keys (Ed25519 signing, X25519 encryption); never printed or written unencrypted."""

    __slots__ = ("_encryption", "_public", "_signing")

    def __init__(self, signing: Ed25519PrivateKey, encryption: X25519PrivateKey) -> None:
        self._signing = signing
        self._encryption = encryption
        self._public = PublicKeys(signing=signing.public_key().public_bytes_raw(),
                                  encryption=encryption.public_key().public_bytes_raw())

    @classmethod
    def generate(cls) -> PrivateKeys:
        """Fresh random keys from the operating system's generator."""
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    @classmethod
    def _from_raw(cls, raw: bytes) -> PrivateKeys:
        return cls(Ed25519PrivateKey.from_private_bytes(raw[:KEY_BYTES]),
                   X25519PrivateKey.from_private_bytes(raw[KEY_BYTES:]))

    def _raw(self) -> bytes:
        return self._signing.private_bytes_raw() + self._encryption.private_bytes_raw()

    @property
    def public(self) -> PublicKeys:
        return self._public

    @property
    def fingerprint(self) -> str:
        return self._public.fingerprint

    def sign(self, message: bytes) -> bytes:
        """Ed25519 signature (64 bytes) of ``message``."""
        return self._signing.sign(message)

    def exchange(self, peer_encryption_public: bytes) -> bytes:
        """X25519 shared secret with a peer's 32-byte public key; ``ValueError`` for a degenerate key."""
        return self._encryption.exchange(X25519PublicKey.from_public_bytes(peer_encryption_public))

    def __repr__(self) -> str:
        return f"PrivateKeys(fingerprint={self.fingerprint!r})"


def generate_keys() -> PrivateKeys:
    """A new key set (Ed25519 signing + X25519 encryption) for a program or an evaluator."""
    return PrivateKeys.generate()


# ------------------------------------------------------------------------------------------------ key file
def _passphrase_bytes(passphrase: str) -> bytes:
    # The same Korean passphrase can arrive composed or decomposed depending on the keyboard and system;
    # NFC makes both open the key.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def scrypt_parameters_problem(n: object, r: object, p: object) -> Text | None:
    """Why scrypt parameters from a key file are refused, or ``None`` when smartcert accepts them.

    N a power of two from 2^10, r and p whole numbers from 1, memory 128 * N * r at most 256 MiB, p at most
    4 (contract section 10); smartcert writes N = 2^17, r = 8, p = 1 (128 MiB).
    """
    if any(type(v) is not int for v in (n, r, p)):
        return msg("its key derivation parameters are not whole numbers")
    assert isinstance(n, int) and isinstance(r, int) and isinstance(p, int)
    if n < MIN_SCRYPT_N or n > MAX_SCRYPT_N or n & (n - 1):
        return msg("its key derivation cost N = {n} is not a power of two from 2^10 to 2^20", n=n)
    if not 1 <= r <= MAX_SCRYPT_R or not 1 <= p <= MAX_SCRYPT_P:
        return msg("its key derivation parameters r = {r}, p = {p} are outside r 1-{max_r}, p 1-{max_p}", r=r, p=p,
                   max_r=MAX_SCRYPT_R, max_p=MAX_SCRYPT_P)
    if 128 * n * r > MAX_SCRYPT_MEMORY:
        return msg("its key derivation would need {need} MiB (N = {n}, r = {r}); at most {limit} MiB are accepted",
                   need=128 * n * r // 2**20, n=n, r=r, limit=MAX_SCRYPT_MEMORY // 2**20)
    return None


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    # Every caller has checked the parameters with scrypt_parameters_problem (or chose them itself).
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(_passphrase_bytes(passphrase))


def _associated_data(document: dict[str, Any]) -> bytes:
    # Everything but the ciphertext is authenticated, so public keys, label or KDF parameters cannot be
    # swapped in a key file without the passphrase failing.
    return canonical_json_bytes({k: v for k, v in document.items() if k != "ciphertext"})


def encode_key_file(keys: PrivateKeys, passphrase: str, *, label: str = "",
                    scrypt_n: int = DEFAULT_SCRYPT_N) -> bytes:
    """The key file bytes for ``keys`` protected by ``passphrase`` (format ``smartcert-keyfile/1``).

    ``label`` says whose keys they are (shown, authenticated, not secret). ``scrypt_n`` is the scrypt cost,
    a power of two; leave the default outside tests.
    """
    if not isinstance(passphrase, str) or passphrase == "":
        raise PassphraseError("the passphrase must not be empty")
    if scrypt_n < MIN_SCRYPT_N or scrypt_n > MAX_SCRYPT_N or scrypt_n & (scrypt_n - 1):
        raise ValueError("scrypt N must be a power of two from 2^10 to 2^20")
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    document: dict[str, Any] = {
        "format": KEYFILE_FORMAT,
        "label": label,
        "kdf": {"name": KDF_NAME, "n": scrypt_n, "r": SCRYPT_R, "p": SCRYPT_P, "salt": b64encode(salt)},
        "cipher": {"name": CIPHER_NAME, "nonce": b64encode(nonce)},
        "public": keys.public.to_json(),
        "fingerprint": keys.fingerprint,
    }
    key = _derive(passphrase, salt, scrypt_n, SCRYPT_R, SCRYPT_P)
    ciphertext = ChaCha20Poly1305(key).encrypt(nonce, keys._raw(), _associated_data(document))
    document["ciphertext"] = b64encode(ciphertext)
    return canonical_json_bytes(document) + b"\n"


class KeyFileInfo(NamedTuple):
    """What a key file says without its passphrase; ``public`` is unauthenticated until the key is opened."""

    public: PublicKeys
    fingerprint: str
    label: str
    scrypt_n: int


def _parse_key_file(data: bytes, name: str) -> tuple[dict[str, Any], KeyFileInfo]:
    """Parse and check the structure of a key file; every failure is a :class:`ValidationError`."""
    if len(data) > MAX_KEYFILE_BYTES:
        raise ValidationError(Problem("is too large to be a smartcert key file", file=name))
    stripped = data.lstrip()
    if not stripped.startswith(b"{"):
        raise ValidationError(Problem("is not a smartcert key file", file=name))
    document = parse_json_strict(data, what=msg("key file"), name=name, error=ValidationError)
    if not isinstance(document, dict) or not isinstance(document.get("format"), str):
        raise ValidationError(Problem("is not a smartcert key file", file=name))
    fmt = document["format"]
    if fmt != KEYFILE_FORMAT:
        if fmt.startswith("smartcert-keyfile/"):
            raise ValidationError(Problem(
                msg("key file format {format} is not supported (this version of smartcert reads {known})",
                    format=fmt, known=KEYFILE_FORMAT), file=name))
        raise ValidationError(Problem(msg("is not a smartcert key file (it is {format})", format=brief(fmt)),
                                      file=name))
    expected = {"format", "label", "kdf", "cipher", "public", "fingerprint", "ciphertext"}
    if set(document) != expected:
        raise ValidationError(Problem("key file is damaged: unexpected or missing fields", file=name))
    kdf, cipher = document["kdf"], document["cipher"]
    if (not isinstance(kdf, dict) or set(kdf) != {"name", "n", "r", "p", "salt"}
            or kdf["name"] != KDF_NAME):
        raise ValidationError(Problem("key file names an unsupported key derivation", file=name, field="kdf"))
    kdf_problem = scrypt_parameters_problem(kdf["n"], kdf["r"], kdf["p"])
    if kdf_problem:
        # Checked before any derivation: a key file must not make the reader allocate gigabytes or spin.
        raise ValidationError(Problem(msg("the key file is damaged or not from smartcert: {problem}",
                                          problem=kdf_problem),
                                      file=name, field="kdf"))
    b64decode_strict(kdf["salt"], length=SALT_BYTES, what="kdf.salt", name=name, error=ValidationError)
    if not isinstance(cipher, dict) or set(cipher) != {"name", "nonce"} or cipher["name"] != CIPHER_NAME:
        raise ValidationError(Problem("key file names an unsupported cipher", file=name, field="cipher"))
    b64decode_strict(cipher["nonce"], length=NONCE_BYTES, what="cipher.nonce", name=name,
                     error=ValidationError)
    b64decode_strict(document["ciphertext"], length=2 * KEY_BYTES + 16, what="ciphertext", name=name,
                     error=ValidationError)
    public = PublicKeys.from_json(document["public"], name=name, field="public", error=ValidationError)
    if not isinstance(document["label"], str) or not isinstance(document["fingerprint"], str):
        raise ValidationError(Problem("key file is damaged: label and fingerprint must be text", file=name))
    if document["fingerprint"] != public.fingerprint:
        raise ValidationError(Problem("key file is damaged: the fingerprint does not match the public keys",
                                      file=name))
    return document, KeyFileInfo(public, public.fingerprint, document["label"], kdf["n"])


def key_file_info(data: bytes, *, name: str) -> KeyFileInfo:
    """Public keys, fingerprint, label and cost of a key file, without the passphrase."""
    return _parse_key_file(data, name)[1]


def decode_key_file(data: bytes, passphrase: str, *, name: str) -> PrivateKeys:
    """Open key file bytes with ``passphrase``.

    Raises :class:`PassphraseError` ``"wrong passphrase for NAME"`` when the passphrase does not open it
    (a key file whose authenticated fields were edited fails the same way), :class:`ValidationError` when
    it is not a key file or has an unknown format version.
    """
    document, info = _parse_key_file(data, name)
    kdf, cipher = document["kdf"], document["cipher"]
    salt = b64decode_strict(kdf["salt"], what="kdf.salt", name=name)
    nonce = b64decode_strict(cipher["nonce"], what="cipher.nonce", name=name)
    ciphertext = b64decode_strict(document["ciphertext"], what="ciphertext", name=name)
    if not isinstance(passphrase, str):
        raise PassphraseError(msg("wrong passphrase for {name}", name=name))
    key = _derive(passphrase, salt, kdf["n"], kdf["r"], kdf["p"])
    try:
        raw = ChaCha20Poly1305(key).decrypt(nonce, ciphertext, _associated_data(document))
    except InvalidTag:
        raise PassphraseError(msg("wrong passphrase for {name}", name=name)) from None
    try:
        keys = PrivateKeys._from_raw(raw)
    except ValueError:
        raise VerificationError(Problem("key file is damaged: the private keys are invalid",
                                        file=name)) from None
    if keys.public != info.public:
        raise VerificationError(Problem("key file is damaged: the private keys do not match the public keys",
                                        file=name))
    return keys


def write_file_atomic(path: str | os.PathLike[str], data: bytes, *, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old file or the new one, never half.

    A temporary file in the same directory is written, flushed to disk and renamed over ``path``; the
    directory is synced so that the rename itself survives a power cut. ``mode`` applies on POSIX systems.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _read_key_file(path: str | os.PathLike[str]) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(MAX_KEYFILE_BYTES + 1)
    except OSError as exc:
        raise ValidationError(Problem(msg("cannot read the key file: {reason}", reason=system_reason(exc)),
                                      file=str(path))) from None


def save_private_keys(path: str | os.PathLike[str], keys: PrivateKeys, passphrase: str, *, label: str = "",
                      scrypt_n: int = DEFAULT_SCRYPT_N) -> None:
    """Encrypt ``keys`` with ``passphrase`` and write the key file atomically with mode 0600."""
    data = encode_key_file(keys, passphrase, label=label, scrypt_n=scrypt_n)
    try:
        write_file_atomic(path, data, mode=0o600)
    except OSError as exc:
        raise ValidationError(Problem(msg("cannot write the key file: {reason}", reason=system_reason(exc)),
                                      file=str(path))) from None


def load_private_keys(path: str | os.PathLike[str], passphrase: str) -> PrivateKeys:
    """Open the key file at ``path``; see :func:`decode_key_file` for the errors."""
    return decode_key_file(_read_key_file(path), passphrase, name=str(path))


def read_key_file_info(path: str | os.PathLike[str]) -> KeyFileInfo:
    """Public keys and fingerprint written in the key file at ``path``, without asking for the passphrase."""
    return key_file_info(_read_key_file(path), name=str(path))


def change_passphrase(path: str | os.PathLike[str], old: str, new: str, *,
                      scrypt_n: int | None = None) -> None:
    """Re-encrypt the key file at ``path`` under ``new``; the keys (and fingerprint) stay the same."""
    data = _read_key_file(path)
    info = key_file_info(data, name=str(path))
    keys = decode_key_file(data, old, name=str(path))
    save_private_keys(path, keys, new, label=info.label,
                      scrypt_n=max(info.scrypt_n, DEFAULT_SCRYPT_N) if scrypt_n is None else scrypt_n)


# ----------------------------------------------------------------------------------- passphrase strength
class PassphraseStrength(NamedTuple):
    """``score`` 0 (useless) to 4 (strong); ``code`` a stable word to translate; ``reason`` in English."""

    score: int
    code: str
    reason: str


_COMMON = frozenset({
    "password", "passw0rd", "p@ssw0rd", "p@ssword", "123456", "1234567", "12345678", "123456789",
    "1234567890",
    "qwerty", "qwertyuiop", "asdfgh", "asdfghjkl", "zxcvbnm", "1q2w3e4r", "1q2w3e4r5t", "qwer1234",
    "abc123", "abcd1234", "a1b2c3d4", "iloveyou", "letmein", "welcome", "admin", "administrator", "dragon",
    "monkey", "sunshine", "princess", "football", "baseball", "master", "secret", "changeme", "default",
    "smartcert", "smartcity", "evaluator", "korea", "seoul", "qwerasdf", "q1w2e3r4", "trustno1",
    "비밀번호", "사랑해", "스마트도시", "스마트시티", "대한민국", "서울",
})
_LEET = {ord(k): v for k, v in {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                                "$": "s", "!": "i"}.items()}


def _pool_bits(text: str) -> float:
    lower = any(c.islower() and c.isascii() for c in text)
    upper = any(c.isupper() and c.isascii() for c in text)
    digit = any(c.isdigit() and c.isascii() for c in text)
    symbol = any(c.isascii() and not c.isalnum() for c in text)
    other = any(not c.isascii() for c in text)
    # Non-ASCII (Hangul, say) counts as a few hundred likely symbols, not the 11,172 possible syllables:
    # people type words, not random syllables.
    pool = 26 * lower + 26 * upper + 10 * digit + 33 * symbol + 300 * other
    return math.log2(max(pool, 2))


def _effective_length(text: str) -> float:
    # A repeated character or the next step of a run (abc, 321) adds almost nothing to guess.
    length = 0.0
    for i, ch in enumerate(text):
        step = ord(ch) - ord(text[i - 1]) if i >= 1 else 0
        repeat = i >= 1 and step == 0
        run = i >= 2 and step in (1, -1) and step == ord(text[i - 1]) - ord(text[i - 2])
        if repeat or run:
            length += 0.2
        else:
            length += 1.0
    return length


def _core_word(text: str) -> str:
    # "Password123!" and "P@ssw0rd" are the same guess as "password".
    return text.lower().rstrip("0123456789!@#$%^&*?.").translate(_LEET)


def passphrase_strength(passphrase: str) -> PassphraseStrength:
    """A rough estimate of how hard ``passphrase`` is to guess, for the key creation dialog.

    It counts the character classes used and the length, discounts repeats and runs like ``abc`` or
    ``321``, and knows a few dozen passwords everyone tries first. Several words beat a short tangle of
    symbols; the estimate says so.
    """
    if not passphrase:
        return PassphraseStrength(0, "empty", "the passphrase is empty")
    text = unicodedata.normalize("NFC", passphrase)
    lowered = text.lower()
    if lowered in _COMMON or lowered.translate(_LEET) in _COMMON or _core_word(text) in _COMMON:
        return PassphraseStrength(0, "common", "one of the passwords tried first")
    if len(set(text)) <= 2:
        return PassphraseStrength(0, "repetitive", "repeats the same characters")
    if len(text) < 6:
        return PassphraseStrength(0, "too_short", "too short; use at least 12 characters or several words")
    bits = _effective_length(text) * _pool_bits(text)
    # A common password with a few characters around it is only a little better than the password.
    for word in _COMMON:
        if len(word) >= 4 and word in lowered:
            bits -= len(word) * _pool_bits(word) - 10
            break
    if bits < 28:
        score, code, reason = 0, "weak", "very easy to guess"
    elif bits < 40:
        score, code, reason = 1, "weak", "easy to guess; add more words"
    elif bits < 55:
        score, code, reason = 2, "fair", "fair; a few more words would make it strong"
    elif bits < 70:
        score, code, reason = 3, "good", "good"
    else:
        score, code, reason = 4, "strong", "strong"
    # Short passphrases stay below strong however many symbols they hold: length is what resists guessing.
    if len(text) < 8 and score > 1:
        score, code, reason = 1, "short", "short; use at least 12 characters or several words"
    elif len(text) < 12 and score > 3:
        score, code, reason = 3, "good", "good; a longer passphrase would be strong"
    return PassphraseStrength(score, code, reason)
