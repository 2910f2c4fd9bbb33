"""CHO accounts in the store: creation, PIN login with lockout, all audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from kiosk.domain import languages
from kiosk.domain.accounts import (
    MAX_FAILURES,
    Cho,
    Role,
    check_new_pin,
    check_username,
    hash_pin,
    lock_until_after_failure,
    verify_pin,
)
from kiosk.domain.clock import Clock, utc_now
from kiosk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kiosk.domain.ids import new_id
from kiosk.domain.patient import check_name
from kiosk.store.audit import audit
from kiosk.store.rows import Row, iso, parse_time
from kiosk.store.store import Store


@dataclass(frozen=True)
class LoginResult:
    cho: Cho | None
    locked_until: datetime | None = None
    attempts_left: int = 0

    @property
    def ok(self) -> bool:
        return self.cho is not None


def _cho(row: Row) -> Cho:
    return Cho(
        id=row["id"],
        username=row["username"],
        full_name=row["full_name"],
        role=Role(row["role"]),
        language=row["language"],
    )


class Accounts:
    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self.store = store
        self.clock = clock

    def any_exist(self) -> bool:
        return self.store.read(lambda db: db.table("chos").count > 0)

    def list(self) -> list[Cho]:
        rows = self.store.read(
            lambda db: list(db.query("SELECT * FROM chos WHERE active ORDER BY full_name"))
        )
        return [_cho(r) for r in rows]

    def create(
        self,
        username: str,
        full_name: str,
        pin: str,
        *,
        role: Role = Role.CHO,
        language: str = "",
        actor: str | None = None,
        check_pin: bool = True,
    ) -> Cho:
        """Create an account. ``actor`` is the signed-in CHO adding it, who must be an
        administrator; None means the first account, or district IT at the command line.
        ``check_pin=False`` is only for seeded demo accounts."""
        user = check_username(username)
        name = check_name(full_name, "full_name")
        if check_pin:
            check_new_pin(pin)
        pin_hash = hash_pin(pin)  # slow on purpose: outside the write transaction
        now = self.clock()
        row = {
            "id": new_id(),
            "username": user,
            "full_name": name,
            "pin_hash": pin_hash,
            "role": role.value,
            "language": language,
            "created_at": iso(now),
        }

        def insert(db: Database) -> None:
            if actor is not None:
                who = db.execute("SELECT role FROM chos WHERE id = ? AND active", [actor])
                found = who.fetchone()
                if found is None or found[0] != Role.ADMIN.value:
                    raise PermissionError("only an administrator can add accounts")
            if db.execute("SELECT 1 FROM chos WHERE username = ?", [user]).fetchone():
                raise ValidationError(
                    "username",
                    QT_TRANSLATE_NOOP("domain", "The user name {name} is taken."),
                    name=user,
                )
            db.table("chos").insert(row)
            audit(
                db,
                actor=actor,
                action="account.create",
                now=now,
                entity="cho",
                entity_id=row["id"],
                role=role.value,
            )

        self.store.write(insert)
        return _cho(row)

    def login(self, username: str, pin: str) -> LoginResult:
        user = username.strip().lower()
        record: Row | None = self.store.read(
            lambda db: next(
                db.query("SELECT * FROM chos WHERE username = ? AND active", [user]), None
            )
        )
        now = self.clock()
        if record is None:
            # Spend the same time as a real check, so timing does not reveal user names.
            verify_pin(pin, hash_pin("0000"))
            self.store.write(lambda db: audit(db, actor=None, action="login.unknown_user", now=now))
            return LoginResult(None, attempts_left=MAX_FAILURES)
        locked = record["locked_until"] and parse_time(record["locked_until"]) > now
        if locked:
            self.store.write(
                lambda db: audit(db, actor=record["id"], action="login.locked", now=now)
            )
            return LoginResult(None, locked_until=parse_time(record["locked_until"]))
        if verify_pin(pin, record["pin_hash"]):
            self.store.write(lambda db: self._succeeded(db, record["id"], now))
            return LoginResult(_cho(record))
        return self.store.write(lambda db: self._failed(db, record["id"], now))

    def _succeeded(self, db: Database, cho_id: str, now: datetime) -> None:
        db.table("chos").update(cho_id, {"failed_attempts": 0, "locked_until": None})
        audit(db, actor=cho_id, action="login", now=now)

    def _failed(self, db: Database, cho_id: str, now: datetime) -> LoginResult:
        # Re-read inside the write transaction so two terminals cannot both reset it.
        failures = db.table("chos").get(cho_id)["failed_attempts"] + 1
        until = lock_until_after_failure(failures, now)
        db.table("chos").update(
            cho_id,
            {
                "failed_attempts": 0 if until else failures,
                "locked_until": iso(until) if until else None,
            },
        )
        audit(db, actor=cho_id, action="login.failed", now=now, locked=until is not None)
        return LoginResult(None, locked_until=until, attempts_left=MAX_FAILURES - failures)

    def set_language(self, cho_id: str, language: str) -> None:
        """The CHO's own language, picked at sign-in; '' means the kiosk's language."""
        if language and not languages.known(language):
            raise ValueError(f"unknown language {language!r}")
        now = self.clock()

        def write(db: Database) -> None:
            db.execute("UPDATE chos SET language = ? WHERE id = ?", [language, cho_id])
            audit(db, actor=cho_id, action="account.language", now=now, entity="cho",
                  entity_id=cho_id)  # fmt: skip

        self.store.write(write)

    def record(self, cho_id: str, action: str) -> None:
        """Audit a session event such as ``lock`` or ``logout``."""
        now = self.clock()
        self.store.write(lambda db: audit(db, actor=cho_id, action=action, now=now))
