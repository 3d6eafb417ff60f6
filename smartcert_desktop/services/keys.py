"""What the screens need to know of keys and passphrases, without touching the key file format."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ..exchange import keys as _keys
from ..exchange.keys import PassphraseStrength, passphrase_strength

__all__ = ["PassphraseStrength", "key_cost", "passphrase_strength"]


@contextmanager
def key_cost(scrypt_n: int) -> Iterator[None]:
    """Key files made inside the block cost ``scrypt_n`` (a throwaway demo's keys may be cheap); the usual
    cost comes back afterwards."""
    saved, _keys.DEFAULT_SCRYPT_N = _keys.DEFAULT_SCRYPT_N, scrypt_n
    try:
        yield
    finally:
        _keys.DEFAULT_SCRYPT_N = saved
