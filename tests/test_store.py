"""The store: migrations, durability settings, outbox in the same transaction, append-only
observations, search, audit, and owner-only files."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.domain.errors import ValidationError
from kiosk.domain.patient import PatientForm
from kiosk.domain.vitals import ObservationKind
from kiosk.store import migrations
from kiosk.store.clinic import Clinic
from kiosk.store.database import IntegrityError, connect
from kiosk.store.store import Store
from tests.conftest import FakeClock


def form(name: str = "Sunita Devi", **more: str) -> PatientForm:
    values = {"name": name, "sex": "female", "age_years": "42", "village": "Bassi"}
    values.update(more)
    return PatientForm(**values)  # type: ignore[arg-type]


def outbox(clinic: Clinic) -> list[dict[str, object]]:
    return clinic.store.read(lambda db: list(db.query("SELECT * FROM outbox ORDER BY seq")))


def test_migrations_are_named_recorded_and_run_once(tmp_path: Path) -> None:
    db = connect(tmp_path / "k.db")
    assert migrations.migrate(db) == [m.name for m in migrations.MIGRATIONS]
    assert migrations.migrate(db) == []
    assert migrations.applied(db) == [m.name for m in migrations.MIGRATIONS]
    assert migrations.pending(db) == []


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    db = connect(tmp_path / "k.db")
    migrations.migrate(db)
    db.execute("INSERT INTO _migrations VALUES ('9999_from_the_future', 'x')")
    db.conn.commit()
    with pytest.raises(RuntimeError, match="newer version"):
        migrations.migrate(db)


def test_wal_and_full_sync(store: Store) -> None:
    assert store.read(lambda db: db.execute("PRAGMA journal_mode").fetchone()[0]) == "wal"
    assert store.read(lambda db: db.execute("PRAGMA synchronous").fetchone()[0]) == 2  # FULL


def test_data_files_are_owner_only(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with Store(home / "kiosk.db") as s:
        s.write(lambda db: db.execute("INSERT INTO settings VALUES ('a', 'b')"))
        for path in (home / "kiosk.db", home / "kiosk.db-wal"):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(home.stat().st_mode) == 0o700


def test_registration_writes_patient_outbox_and_audit_together(clinic: Clinic) -> None:
    patient = clinic.patients.register(form(), "cho-1")
    ops = outbox(clinic)
    assert [(o["entity"], o["entity_id"], o["version"]) for o in ops] == [
        ("patient", patient.id, 1)
    ]
    payload = json.loads(str(ops[0]["payload"]))
    assert payload["name"] == "Sunita Devi" and payload["id"] == patient.id
    actions = clinic.store.read(
        lambda db: [r["action"] for r in db.query("SELECT * FROM audit_log")]
    )
    assert actions == ["patient.register"]


def test_a_failed_change_leaves_nothing_behind(clinic: Clinic) -> None:
    clinic.patients.register(form(abha_number="91234567890123"), "cho-1")
    with pytest.raises(ValidationError):
        clinic.patients.register(form("Asha Mali", abha_number="91-2345-6789-0123"), "cho-1")
    counts = clinic.store.read(
        lambda db: (
            db.table("patients").count,
            db.table("outbox").count,
            db.table("audit_log").count,
        )
    )
    assert counts == (1, 1, 1)


def test_an_error_midway_rolls_back_rows_already_written(clinic: Clinic) -> None:
    def half_then_fail(db: object) -> None:
        clinic.store.write(lambda d: d.execute("INSERT INTO settings VALUES ('x', 'y')"))
        raise RuntimeError("power cut simulated")

    with pytest.raises(RuntimeError):
        clinic.store.write(half_then_fail)
    assert clinic.store.read(lambda db: db.table("settings").count) == 0


def test_amendment_sends_only_changed_fields_as_a_new_version(clinic: Clinic) -> None:
    patient = clinic.patients.register(form(), "cho-1")
    amended = clinic.patients.amend(patient.id, form(phone="9876543210"), "cho-1")
    assert amended.version == 2
    last = outbox(clinic)[-1]
    assert last["version"] == 2
    assert json.loads(str(last["payload"]))["changed"] == ["phone"]
    unchanged = clinic.patients.amend(patient.id, form(phone="9876543210"), "cho-1")
    assert unchanged.version == 2 and len(outbox(clinic)) == 2


def test_encounter_and_vitals_queue_ops_with_dependencies(clinic: Clinic) -> None:
    patient = clinic.patients.register(form(), "cho-1")
    encounter = clinic.encounters.open(patient.id, "cho-1", "Fever")
    clinic.encounters.record_vital(encounter.id, ObservationKind.WEIGHT, "cho-1", value=60)
    made = clinic.encounters.record_vital(encounter.id, ObservationKind.HEIGHT, "cho-1", value=150)
    assert [o.kind for o in made] == [ObservationKind.HEIGHT, ObservationKind.BMI]
    ops = outbox(clinic)
    assert [o["entity"] for o in ops] == [
        "patient",
        "encounter",
        "observation",
        "observation",
        "observation",
    ]
    assert json.loads(str(ops[1]["depends_on"])) == [f"patient:{patient.id}"]
    assert json.loads(str(ops[2]["depends_on"])) == [f"encounter:{encounter.id}"]
    status = clinic.outbox_status()
    assert status.pending == 5 and status.quarantined == 0


def test_observations_are_append_only(clinic: Clinic) -> None:
    patient = clinic.patients.register(form(), "cho-1")
    encounter = clinic.encounters.open(patient.id, "cho-1")
    [first] = clinic.encounters.record_vital(encounter.id, ObservationKind.SPO2, "cho-1", value=90)
    for sql in ("UPDATE observations SET value = 99", "DELETE FROM observations"):
        with pytest.raises(IntegrityError, match="append-only"):
            clinic.store.write(lambda db, sql=sql: db.execute(sql))
    [fix] = clinic.encounters.record_vital(
        encounter.id, ObservationKind.SPO2, "cho-1", value=96, supersedes=first.id
    )
    detail = clinic.encounters.detail(encounter.id)
    assert [o.value for o in detail.observations] == [90, 96]
    assert detail.standing[ObservationKind.SPO2].id == fix.id


def test_correcting_weight_supersedes_the_derived_bmi(clinic: Clinic) -> None:
    patient = clinic.patients.register(form(), "cho-1")
    encounter = clinic.encounters.open(patient.id, "cho-1")
    [weight] = clinic.encounters.record_vital(
        encounter.id, ObservationKind.WEIGHT, "cho-1", value=60
    )
    _, bmi = clinic.encounters.record_vital(
        encounter.id, ObservationKind.HEIGHT, "cho-1", value=150
    )
    _, new_bmi = clinic.encounters.record_vital(
        encounter.id, ObservationKind.WEIGHT, "cho-1", value=66, supersedes=weight.id
    )
    assert new_bmi.supersedes == bmi.id
    assert clinic.encounters.detail(encounter.id).standing[ObservationKind.BMI].value == 29.3


def test_raw_device_bytes_are_kept(clinic: Clinic) -> None:
    from kiosk.domain.observation import Device

    patient = clinic.patients.register(form(), "cho-1")
    encounter = clinic.encounters.open(patient.id, "cho-1")
    raw = bytes.fromhex("01e0849392bce3ffff")
    [obs] = clinic.encounters.record_vital(
        encounter.id,
        ObservationKind.SPO2,
        "cho-1",
        value=99,
        device=Device("contec-cms50d", "SN7"),
        raw=raw,
    )
    kept = clinic.store.read(lambda db: db.table("observation_raw").get(obs.id)["raw"])
    assert kept == raw
    assert clinic.encounters.detail(encounter.id).observations[0].device.serial == "SN7"


def test_search_by_name_prefix_phone_abha_and_village(clinic: Clinic) -> None:
    sunita = clinic.patients.register(form(phone="9828012345"), "c")
    ramesh = clinic.patients.register(
        form("Ramesh Kumar", abha_number="12-3456-7890-1234", village="Chaksu"), "c"
    )
    hindi = clinic.patients.register(form("सीता देवी", village="फागी"), "c")

    def ids(text: str) -> list[str]:
        return [p.id for p in clinic.patients.search(text)]

    assert ids("sun") == [sunita.id]
    assert ids("SUNITA dev") == [sunita.id]
    assert ids("98280") == [sunita.id]
    assert ids("12-3456-7890-1234") == [ramesh.id]
    assert ids("1234567890") == [ramesh.id]
    assert ids("chak") == [ramesh.id]
    assert ids("सी") == [hindi.id]
    assert ids("फागी") == [hindi.id]
    assert ids("nobody") == []
    assert ids('"; DROP TABLE patients; --') == []
    assert len(ids("")) == 3


def test_search_follows_amendments(clinic: Clinic) -> None:
    patient = clinic.patients.register(form(), "c")
    clinic.patients.amend(patient.id, form("Sunita Meena"), "c")
    assert [p.id for p in clinic.patients.search("meena")] == [patient.id]
    assert clinic.patients.search("devi") == []


def test_todays_encounters_follow_the_local_day(clinic: Clinic, clock: FakeClock) -> None:
    patient = clinic.patients.register(form(), "c")
    clock.now = clock.now.replace(hour=17, minute=0)  # 22:30 in India, 20 Nov
    yesterday = clinic.encounters.open(patient.id, "c")
    clock.advance(hours=2)  # 00:30 on 21 Nov in India, still 20 Nov in UTC
    today = clinic.encounters.open(patient.id, "c")
    assert [e.id for e in clinic.encounters.on_day()] == [today.id]
    assert yesterday.id in [e.id for e in clinic.encounters.recent()]


def test_login_lockout_and_audit(clinic: Clinic, clock: FakeClock) -> None:
    clinic.accounts.create("sunita", "Sunita Devi", "2580")
    with pytest.raises(ValidationError, match="taken"):
        clinic.accounts.create("sunita", "Other Person", "3690")
    for left in (4, 3, 2, 1):
        result = clinic.accounts.login("sunita", "0000")
        assert not result.ok and result.attempts_left == left
    locked = clinic.accounts.login("sunita", "0000")
    assert locked.locked_until == clock.now + timedelta(minutes=5)
    assert not clinic.accounts.login("sunita", "2580").ok  # right PIN, still locked
    clock.advance(minutes=5, seconds=1)
    assert clinic.accounts.login("sunita", "2580").ok
    actions = clinic.store.read(
        lambda db: [r["action"] for r in db.query("SELECT action FROM audit_log ORDER BY id")]
    )
    assert actions == ["account.create"] + ["login.failed"] * 5 + ["login.locked", "login"]


def test_unknown_user_cannot_log_in(clinic: Clinic) -> None:
    assert not clinic.accounts.login("ghost", "2580").ok


def test_pins_are_not_stored_in_clear(clinic: Clinic) -> None:
    clinic.accounts.create("sunita", "Sunita Devi", "2580")
    row = clinic.store.read(lambda db: next(db.query("SELECT pin_hash FROM chos")))
    assert "2580" not in row["pin_hash"]


def test_only_an_administrator_adds_accounts(clinic: Clinic) -> None:
    from kiosk.domain.accounts import Role

    admin = clinic.accounts.create("kavita", "Kavita Sharma", "2580", role=Role.ADMIN)
    cho = clinic.accounts.create("sunita", "Sunita Devi", "3690", actor=admin.id)
    with pytest.raises(PermissionError):
        clinic.accounts.create("ramesh", "Ramesh Kumar", "4826", actor=cho.id)
    assert [c.username for c in clinic.accounts.list()] == ["kavita", "sunita"]


def test_blob_folders_are_owner_only(tmp_path: Path) -> None:
    from kiosk.store.blobs import BlobFiles

    ref = BlobFiles(tmp_path / "home" / "blobs").put(b"a photo", "image/jpeg")
    path = BlobFiles(tmp_path / "home" / "blobs").path(ref.sha256)
    for folder in (path.parent, path.parent.parent, tmp_path / "home"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_opening_another_connection_keeps_this_process_locks(tmp_path: Path) -> None:
    """While this process uses the database, another process that opens and closes it
    must not take itself for the last user and delete the WAL: a new connection here
    (every reader thread makes one) must not drop the locks the first one holds."""
    path = tmp_path / "kiosk.db"
    first = connect(path)
    first.execute("CREATE TABLE t (x)")
    first.execute("INSERT INTO t VALUES (1)")
    second = connect(path, readonly=True)  # opened beside the live connection
    other_process = (
        "import sys, pathlib; from kiosk.store.database import raw_connect; "
        "c = raw_connect(pathlib.Path(sys.argv[1])); "
        "c.execute('SELECT count(*) FROM t').fetchone(); c.close()"
    )
    subprocess.run([sys.executable, "-c", other_process, str(path)], check=True)
    assert path.with_name("kiosk.db-wal").exists()  # still in use here: not checkpointed away
    first.execute("INSERT INTO t VALUES (2)")
    assert second.execute("SELECT count(*) FROM t").fetchone()[0] == 2
    assert first.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    first.close()
    second.close()
