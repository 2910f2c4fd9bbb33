"""The ABDM profile checks: the IG's own example bundles pass them, the checker finds
what the profiles forbid, and every bundle the kiosk exports passes them (and the FHIR
models) with the IG's conventions: an Encounter, vitals under PhysicalExamination,
typed prescription entries, the IG's identifier systems, narratives, ``meta.security``
and the consents as Consent resources."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle

from kiosk.domain.consent import ConsentForm, Purpose
from kiosk.fhir.bundle import CaseRecord, op_consult_record, prescription_record
from kiosk.store.clinic import Clinic
from tests.conftest import FakeClock
from tests.fhir.profile_check import check_bundle
from tests.rx_helpers import queued_case

EXAMPLES = Path(__file__).parent / "examples"
OP_EXAMPLE = EXAMPLES / "Bundle-OPConsultNote-example-05.json"
RX_EXAMPLE = EXAMPLES / "Bundle-Prescription-example-06.json"
NOW = datetime(2026, 11, 20, 6, 30, tzinfo=UTC)


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("Bundle-*.json")), ids=lambda p: p.stem)
def test_the_igs_examples_pass(path: Path) -> None:
    bundle = _load(path)
    assert check_bundle(bundle) == []
    Bundle.model_validate(bundle)


def _composition(bundle: dict[str, Any]) -> dict[str, Any]:
    composition: dict[str, Any] = bundle["entry"][0]["resource"]
    return composition


def test_the_checker_finds_what_the_profiles_forbid() -> None:
    op = _load(OP_EXAMPLE)
    broken = copy.deepcopy(op)
    del _composition(broken)["encounter"]
    assert any("Composition.encounter is required" in p for p in check_bundle(broken))

    broken = copy.deepcopy(op)
    sections = _composition(broken)["section"]
    sections.insert(0, {"title": "Notes", "code": {"text": "notes"}, "entry": []})
    assert any("comes after items of no slice" in p for p in check_bundle(broken))

    broken = copy.deepcopy(op)
    sections = _composition(broken)["section"]
    sections.insert(1, copy.deepcopy(sections[0]))  # ChiefComplaints twice
    assert any("section:ChiefComplaints allows at most 1" in p for p in check_bundle(broken))

    broken = copy.deepcopy(op)
    _composition(broken)["type"]["coding"][0]["code"] = "11488-4"
    problems = check_bundle(broken)
    assert any("Composition.type.coding.code must be '371530004'" in p for p in problems)

    broken = copy.deepcopy(op)
    _composition(broken)["subject"]["reference"] = "Practitioner/1"
    assert any("must point to Patient, not Practitioner" in p for p in check_bundle(broken))

    broken = copy.deepcopy(op)
    broken["entry"] = [e for e in broken["entry"] if e["resource"]["resourceType"] != "Encounter"]
    assert any("Encounter/1 does not resolve" in p for p in check_bundle(broken))

    broken = copy.deepcopy(op)
    del broken["meta"]["versionId"]
    assert any("Bundle.meta.versionId is required" in p for p in check_bundle(broken))

    rx = _load(RX_EXAMPLE)
    broken = copy.deepcopy(rx)
    del _composition(broken)["section"][0]["entry"][0]["type"]
    assert any("section.entry is closed" in p for p in check_bundle(broken))

    broken = copy.deepcopy(rx)
    patient = next(e["resource"] for e in broken["entry"]
                   if e["resource"]["resourceType"] == "Patient")  # fmt: skip
    del patient["identifier"][0]["type"]
    assert any("Patient.identifier.type is required" in p for p in check_bundle(broken))


def _exported(clinic: Clinic, clock: FakeClock, with_rx: bool = True) -> CaseRecord:
    case = queued_case(clinic)
    # The teleconsultation consent is the patient's; sharing with ABDM was agreed by her
    # husband by thumbprint, then withdrawn.
    clinic.consents.give(case.encounter_id, Purpose.ABDM_SHARING,
                         ConsentForm("guardian", "Ramesh Meena", "spouse", "thumbprint"),
                         case.cho_id)  # fmt: skip
    clock.advance(minutes=1)
    clinic.consents.withdraw(case.encounter_id, Purpose.ABDM_SHARING, case.cho_id)
    if with_rx:
        clinic.prescriptions.receive(case.signed, case.hub_key.public_key())
    detail = clinic.encounters.detail(case.encounter_id)
    held = clinic.prescriptions.for_encounter(case.encounter_id)
    return CaseRecord(
        detail.encounter, detail.patient, detail.observations, "spoke-test", "HWC Bassi",
        held[0].prescription if held else None, clinic.consents.for_encounter(case.encounter_id),
    )  # fmt: skip


@pytest.mark.parametrize("with_rx", [True, False], ids=["prescribed", "not-yet-prescribed"])
def test_every_exported_bundle_passes_the_profiles(
    clinic: Clinic, clock: FakeClock, with_rx: bool
) -> None:
    case = _exported(clinic, clock, with_rx)
    bundles = [op_consult_record(case, NOW)]
    if with_rx:
        bundles.append(prescription_record(case, NOW))
    for bundle in bundles:
        assert check_bundle(bundle) == []
        Bundle.model_validate(bundle)


def _of(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def test_exports_follow_the_igs_conventions(clinic: Clinic, clock: FakeClock) -> None:
    case = _exported(clinic, clock)
    op, rx = op_consult_record(case, NOW), prescription_record(case, NOW)
    example = _load(OP_EXAMPLE)
    for bundle in (op, rx):
        assert bundle["meta"]["security"] == example["meta"]["security"]
        assert bundle["meta"]["versionId"] == "1"
        for entry in bundle["entry"]:
            div = entry["resource"]["text"]["div"]
            assert div.startswith('<div xmlns="http://www.w3.org/1999/xhtml"')
    composition = _composition(op)
    [encounter] = _of(op, "Encounter")
    assert composition["encounter"]["reference"] == f"urn:uuid:{encounter['id']}"
    assert encounter["class"]["code"] == "VR" and encounter["status"] == "finished"
    by_code = {s["code"]["coding"][0]["code"]: s for s in composition["section"]}
    exam = by_code["425044008"]  # PhysicalExamination: the vitals
    assert len(exam["entry"]) == len(_of(op, "Observation")) > 0
    assert "404684003" not in by_code  # no longer "other observations"
    [entry_types] = [[e["type"] for e in s["entry"]] for s in _composition(rx)["section"]]
    assert set(entry_types) == {"MedicationRequest"}
    # The IG examples' identifier systems: ABHA (with its dashes) and the doctor's.
    ig_patient = _of(example, "Patient")[0]["identifier"][0]
    abha = _of(op, "Patient")[0]["identifier"][1]
    assert abha["system"] == ig_patient["system"] and abha["value"] == "91-2345-6789-0123"
    assert abha["type"] == {"coding": ig_patient["type"]["coding"],
                            "text": "Medical record number"}  # fmt: skip
    doctor = _of(op, "Practitioner")[0]["identifier"][0]
    assert doctor["type"]["coding"] == _of(example, "Practitioner")[0]["identifier"][0][
        "type"]["coding"]  # fmt: skip
    # Consents: the standing teleconsultation consent, the ABDM consent superseded by
    # its withdrawal, and the husband who gave it as a RelatedPerson.
    consents = _of(op, "Consent")
    assert [(c["scope"]["coding"][0]["code"], c["status"], c["provision"]["type"])
            for c in consents] == [("treatment", "active", "permit"),
                                   ("patient-privacy", "inactive", "permit"),
                                   ("patient-privacy", "active", "deny")]  # fmt: skip
    [husband] = _of(op, "RelatedPerson")
    assert husband["relationship"][0]["coding"][0]["code"] == "SPS"
    assert consents[1]["performer"] == [{"reference": f"urn:uuid:{husband['id']}"}]
    consent_section = composition["section"][-1]
    assert consent_section["code"]["coding"][0]["code"] == "59284-0"
    assert len(consent_section["entry"]) == 3


def test_a_doctors_hpr_id_gets_the_hpr_system() -> None:
    from kiosk.fhir.resources import HPR_SYSTEM, hpr_id

    assert hpr_id("21 1521 3828 3227") == "21-1521-3828-3227"
    assert hpr_id("RMC-34871") is None
    assert HPR_SYSTEM == "https://doctor.ndhm.gov.in"
