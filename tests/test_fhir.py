"""FHIR export: ABDM document bundles that validate against the FHIR models.

fhir.resources 8 defaults to R5; its R4B models are the closest to R4 it ships, and the
resources used here are the same in R4 and R4B."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle

from kiosk.cli import main
from kiosk.fhir.bundle import CaseRecord, op_consult_record, prescription_record
from kiosk.store.clinic import Clinic
from kiosk.store.store import Store
from tests.fhir.profile_check import check_bundle
from tests.rx_helpers import queued_case

NOW = datetime(2026, 11, 20, 6, 30, tzinfo=UTC)


def _case(clinic: Clinic, with_rx: bool) -> CaseRecord:
    case = queued_case(clinic)
    if with_rx:
        clinic.prescriptions.receive(case.signed, case.hub_key.public_key())
    detail = clinic.encounters.detail(case.encounter_id)
    held = clinic.prescriptions.for_encounter(case.encounter_id)
    return CaseRecord(
        detail.encounter,
        detail.patient,
        detail.observations,
        "spoke-test",
        "HWC Bassi",
        held[0].prescription if held else None,
    )


def _by_type(bundle: dict[str, object]) -> dict[str, list[dict[str, object]]]:
    out: dict[str, list[dict[str, object]]] = {}
    for entry in bundle["entry"]:  # type: ignore[attr-defined]
        out.setdefault(entry["resource"]["resourceType"], []).append(entry["resource"])
    return out


def test_op_consult_record_with_prescription(clinic: Clinic) -> None:
    bundle = op_consult_record(_case(clinic, True), NOW)
    Bundle.model_validate(bundle)
    assert bundle["type"] == "document"
    found = _by_type(bundle)
    [composition] = found["Composition"]
    assert bundle["entry"][0]["resource"] is composition
    assert composition["type"]["coding"][0]["code"] == "371530004"
    assert composition["meta"]["profile"] == [
        "https://nrces.in/ndhm/fhir/r4/StructureDefinition/OPConsultRecord"
    ]
    sections = {s["code"]["coding"][0]["code"] for s in composition["section"]}
    assert sections == {"422843007", "425044008", "721912009", "721963009", "736271009"}
    bp = next(o for o in found["Observation"] if o["code"]["coding"][0]["code"] == "85354-9")
    parts = {c["code"]["coding"][0]["code"]: c["valueQuantity"] for c in bp["component"]}
    assert parts["8480-6"] == {
        "value": 168,
        "unit": "mmHg",
        "system": "http://unitsofmeasure.org",
        "code": "mm[Hg]",
    }
    spo2 = next(o for o in found["Observation"] if o["code"]["coding"][0]["code"] == "2708-6")
    assert [c["code"] for c in spo2["code"]["coding"]] == ["2708-6", "59408-5"]
    assert spo2["valueQuantity"]["code"] == "%"
    assert len(found["MedicationRequest"]) == 3
    assert found["Patient"][0]["identifier"][1]["value"] == "91-2345-6789-0123"
    [spoken] = found["Patient"][0]["communication"]
    assert spoken["language"]["coding"][0]["code"] == "hi-IN" and spoken["preferred"]
    assert found["Practitioner"][0]["identifier"][0]["value"] == "RMC-34871"
    assert {o["name"] for o in found["Organization"]} == {"HWC Bassi", "District Hospital Jaipur"}
    references = {e["fullUrl"] for e in bundle["entry"]}
    for section in composition["section"]:
        for entry in section["entry"]:
            assert entry["reference"] in references


def test_prescription_record(clinic: Clinic) -> None:
    bundle = prescription_record(_case(clinic, True), NOW)
    Bundle.model_validate(bundle)
    composition = bundle["entry"][0]["resource"]
    assert composition["type"]["coding"][0]["code"] == "440545006"
    [section] = composition["section"]
    assert section["code"]["coding"][0]["code"] == "440545006"
    requests = _by_type(bundle)["MedicationRequest"]
    assert requests[0]["medicationCodeableConcept"]["text"] == "Amlodipine 5 mg Tablet"
    assert "Once daily, morning" in requests[0]["dosageInstruction"][0]["text"]


def test_op_consult_record_without_prescription(clinic: Clinic) -> None:
    bundle = op_consult_record(_case(clinic, False), NOW)
    Bundle.model_validate(bundle)
    assert "MedicationRequest" not in _by_type(bundle)


def test_cli_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    with Store(home / "kiosk.db") as store:
        clinic = Clinic(store, "spoke-test")
        case = queued_case(clinic)
        clinic.prescriptions.receive(case.signed, case.hub_key.public_key())
    out = tmp_path / "case.json"
    assert (
        main(
            [
                "export",
                "fhir",
                "--home",
                str(home),
                "--encounter",
                case.encounter_id,
                "--out",
                str(out),
            ]
        )
        == 0
    )
    exported = json.loads(out.read_text())
    Bundle.model_validate(exported)
    assert check_bundle(exported) == []
    kinds = [e["resource"]["resourceType"] for e in exported["entry"]]
    assert "Consent" in kinds and "Encounter" in kinds  # the consent the CHO recorded
    prescribed = json.loads((tmp_path / "case.prescription.json").read_text())
    Bundle.model_validate(prescribed)
    assert check_bundle(prescribed) == []
    assert "PrescriptionRecord" in capsys.readouterr().out
    assert (
        main(["export", "fhir", "--home", str(home), "--encounter", "nope", "--out", str(out)]) == 1
    )
