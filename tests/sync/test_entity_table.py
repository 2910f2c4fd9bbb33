"""The table of synced entities is the one description both sides read: every row is
consistent with itself and with the kiosk's schema, and a new row is enough for the hub
to check a record's references and apply its rule."""

from __future__ import annotations

import pytest

from hub import rules
from hub.rules import Stored
from hwc_shared import entities
from hwc_shared.entities import Entity, HubRule, KioskUpsert, Ref
from hwc_shared.fields import LONG, ident
from hwc_shared.wire import ACCEPTED, CONFLICT, ENTITIES, REJECTED, Op, check_payload
from kiosk.store.database import connect
from kiosk.store.migrations import migrate


@pytest.mark.parametrize("entity", entities.TABLE, ids=lambda e: e.name)
def test_each_row_names_only_what_exists(entity: Entity) -> None:
    fields = set(entity.fields)
    assert "id" in fields
    for ref in entity.refs:
        assert ref.field in fields and ref.entity in entities.BY_NAME
        assert set(ref.same) <= fields & set(entities.BY_NAME[ref.entity].fields)
    assert entity.spoke_field is None or entity.spoke_field in fields
    assert set(entity.fixed) <= fields
    assert set(entity.json_fields) <= fields and set(entity.defaults) <= fields
    if entity.hub_rule is HubRule.APPEND_ONLY:
        assert entity.kiosk_upsert is not KioskUpsert.REPLACE


@pytest.mark.parametrize(
    "entity",
    [e for e in entities.TABLE if e.kiosk_upsert is not KioskUpsert.NOT_KEPT],
    ids=lambda e: e.name,
)
def test_a_pulled_record_has_a_column_for_every_field(entity: Entity) -> None:
    db = connect(":memory:")
    migrate(db)
    columns = {r[1] for r in db.execute(f"PRAGMA table_info({entity.kiosk_table})")}
    assert set(entity.fields) <= columns, set(entity.fields) - columns


def test_the_wire_lists_the_table_in_order() -> None:
    assert tuple(e.name for e in entities.TABLE) == ENTITIES


NOTE = Entity(
    "note",
    {"id": ident, "encounter_id": ident, "patient_id": ident, "text": LONG},
    HubRule.APPEND_ONLY,
    KioskUpsert.INSERT_ONCE,
    "notes",
    refs=(
        Ref("encounter_id", "encounter", "the {entity}'s encounter is not known to the hub",
            same=("patient_id",), differs="the {entity}'s patient differs from its encounter's"),
    ),
)  # fmt: skip


def test_a_new_row_is_enough_for_the_hubs_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(entities.BY_NAME, "note", NOTE)
    payload = check_payload("note", {"id": "c" * 8 + "-1", "encounter_id": "e" * 8,
                                     "patient_id": "a" * 8, "text": "fever since Monday"},
                            {"note": NOTE.fields})  # fmt: skip
    op = Op("o" * 8, "note", payload["id"], 1, payload)
    assert rules.references(op) == [("encounter", "e" * 8)]
    unknown = rules.decide(op, None, {("encounter", "e" * 8): None}, "spoke-a")
    assert unknown.answer.status == REJECTED
    assert unknown.answer.reason == "the note's encounter is not known to the hub"
    other = Stored("spoke-a", 1, {"patient_id": "b" * 8})
    differs = rules.decide(op, None, {("encounter", "e" * 8): other}, "spoke-a")
    assert differs.answer.reason == "the note's patient differs from its encounter's"
    held = Stored("spoke-a", 1, {"patient_id": "a" * 8})
    accepted = rules.decide(op, None, {("encounter", "e" * 8): held}, "spoke-a")
    assert accepted.answer.status == ACCEPTED and accepted.write == payload
    changed = Op(op.op_id, "note", op.entity_id, 1, {**payload, "text": "other"})
    again = rules.decide(changed, Stored("spoke-a", 1, payload), {("encounter", "e" * 8): held},
                         "spoke-a")  # fmt: skip
    assert again.answer.status == CONFLICT
