"""Backups listed newest first, also when two were made within the same second."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from smartcert_desktop.store import backup


class _Frozen(datetime):
    """A clock stopped at one second, so both backups get the same time in their names."""

    @classmethod
    def now(cls, tz: object = None) -> _Frozen:  # type: ignore[override]
        return cls(2026, 1, 2, 3, 4, 5)


def test_two_backups_of_the_same_second_are_listed_in_the_order_made(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    con = sqlite3.connect(tmp_path / "program.db")
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    monkeypatch.setattr(backup, "datetime", _Frozen)
    # "merge" sorts after "correction" by name: the order must come from when each was made.
    first = backup.make_backup(tmp_path, "program.db", [], reason="merge", role="program", owner_id="p", schema="")
    second = backup.make_backup(tmp_path, "program.db", [], reason="correction", role="program", owner_id="p",
                                schema="")
    assert first.name[:15] == second.name[:15] == "20260102-030405"
    assert [b.reason for b in backup.list_backups(tmp_path)] == ["correction", "merge"]


def test_a_backup_appears_whole_or_not_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The finished backup is renamed into place in one step; a folder an older version claimed and left
    empty when it was killed is neither listed nor kept, and its name is not taken over."""
    con = sqlite3.connect(tmp_path / "program.db")
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    monkeypatch.setattr(backup, "datetime", _Frozen)
    claimed = tmp_path / "backups" / "20260102-030405-merge"
    claimed.mkdir(parents=True)
    assert backup.list_backups(tmp_path) == []
    renames: list[tuple[str, str]] = []
    real_rename = backup.os.rename

    def watched(src: object, dst: object) -> None:
        renames.append((Path(str(src)).name[:10], Path(str(dst)).name))
        real_rename(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(backup.os, "rename", watched)
    made = backup.make_backup(tmp_path, "program.db", [], reason="merge", role="program", owner_id="p", schema="")
    assert made.name == "20260102-030405-merge" and made.problem is None
    assert (claimed / "manifest.json").is_file()  # the empty leftover went; the new backup has its name
    assert renames == [(".building-", "20260102-030405-merge")]
    assert [b.name for b in backup.list_backups(tmp_path)] == ["20260102-030405-merge"]
