"""sqlite-utils on an encrypted database: the paths where it catches
``sqlite3.OperationalError`` (a missing table dropped with ``ignore``, missing columns
added with ``alter``, a free index name found, its savepoint released after ``INSERT
... RETURNING``) work as on plain SQLite, because the kiosk's SQLCipher connections
raise ``sqlite3``'s error classes (kiosk/store/cipher_connection.py); a full disk is
still told apart by its SQLite error code."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from kiosk.store import keys
from kiosk.store.cipher_connection import as_sqlite3
from kiosk.store.database import is_encrypted
from kiosk.store.space import is_storage_full
from kiosk.store.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    made = Store(tmp_path / "kiosk.db")
    assert is_encrypted(tmp_path / "kiosk.db") and (tmp_path / keys.KEYRING).exists()
    return made


def test_the_paths_sqlite_utils_catches_work_on_an_encrypted_database(store: Store) -> None:
    def work(db: Database) -> list[str]:
        db["no_such_table"].drop(ignore=True)  # "no such table" caught
        db["note"].insert({"text": "Sunita, 34"})
        db["note"].insert({"text": "Ravi, 8", "village": "Bassi"}, alter=True)  # no column
        db["note"].create_index(["text"], find_unique_name=True)
        db["note"].create_index(["text"], find_unique_name=True)  # "index ... exists"
        rows = list(db.query("INSERT INTO note (text) VALUES ('Meena') RETURNING text"))
        assert rows == [{"text": "Meena"}]
        return [c.name for c in db["note"].columns]

    with store:
        assert store.write(work) == ["text", "village"]
        assert store.read(lambda db: db["note"].count) == 3
        assert len(store.read(lambda db: db["note"].indexes)) == 2
        with pytest.raises(sqlite3.OperationalError, match="no such table"):
            store.read(lambda db: db.execute("SELECT * FROM missing"))


def test_a_full_disk_on_sqlcipher_keeps_its_error_code() -> None:
    import sqlcipher3

    full = sqlcipher3.OperationalError("database or disk is full")
    full.sqlite_errorcode = sqlite3.SQLITE_FULL
    same = as_sqlite3(full)
    assert type(same) is sqlite3.OperationalError and same.sqlite_errorcode == sqlite3.SQLITE_FULL
    coded = sqlcipher3.OperationalError("write failed")
    coded.sqlite_errorcode = sqlite3.SQLITE_FULL
    assert is_storage_full(as_sqlite3(coded))
    assert type(as_sqlite3(sqlcipher3.IntegrityError("x"))) is sqlite3.IntegrityError
