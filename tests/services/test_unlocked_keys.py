"""A workspace's key file is derived from its passphrase once per open workspace: the same passphrase again
gives the same keys without a second (deliberately slow) derivation; anything else is derived and checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartcert_desktop.errors import PassphraseError
from smartcert_desktop.exchange import keys as keymod
from smartcert_desktop.services import evaluator as ev_svc

from .conftest import PASS


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    derived: list[str] = []
    real = keymod.decode_key_file

    def decode(data: bytes, passphrase: str, **kwargs: object) -> keymod.PrivateKeys:
        derived.append(passphrase)
        return real(data, passphrase, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(keymod, "decode_key_file", decode)
    return derived


def test_the_same_passphrase_is_derived_once(tmp_path: Path, counted: list[str]) -> None:
    ev_svc.init_evaluator(tmp_path / "ev", "E1", "평가위원", PASS)
    handle = ev_svc.open_evaluator(tmp_path / "ev")
    try:
        first = handle.private_keys(PASS)
        again = handle.private_keys(PASS)
        assert again is first
        assert counted == [PASS]
        with pytest.raises(PassphraseError, match="wrong passphrase for the evaluator workspace"):
            handle.private_keys(PASS + " ")  # another passphrase is derived, and refused
        with pytest.raises(PassphraseError):
            handle.private_keys("")
        assert counted == [PASS, PASS + " ", ""]
        assert handle.private_keys(PASS) is first  # a refused one forgets nothing
        assert len(counted) == 3
    finally:
        handle.close()


def test_a_changed_key_file_or_a_new_handle_is_derived_again(tmp_path: Path, counted: list[str]) -> None:
    ev_svc.init_evaluator(tmp_path / "ev", "E1", "평가위원", PASS)
    handle = ev_svc.open_evaluator(tmp_path / "ev")
    key_path = handle.key_path
    original = key_path.read_bytes()
    try:
        keys = handle.private_keys(PASS)
        ev_svc.init_evaluator(tmp_path / "other", "E1", "평가위원", PASS)
        key_path.write_bytes((tmp_path / "other" / key_path.relative_to(tmp_path / "ev")).read_bytes())
        replaced = handle.private_keys(PASS)  # the file on disk is what counts
        assert replaced.fingerprint != keys.fingerprint
        assert len(counted) == 2
        key_path.write_bytes(original)
    finally:
        handle.close()
    handle = ev_svc.open_evaluator(tmp_path / "ev")
    try:
        assert handle.private_keys(PASS).fingerprint == keys.fingerprint
        assert len(counted) == 3
    finally:
        handle.close()
