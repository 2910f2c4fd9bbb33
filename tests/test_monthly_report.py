"""The HWC's monthly summary from the kiosk's own records: patients seen, consults by
specialty, vitals taken, referrals, follow-ups due and missed; as CSV, as a PDF in
Hindi or English, and through ``kiosk report monthly``."""

from __future__ import annotations

import csv
import dataclasses
import io
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from hwc_shared.seal import sign
from kiosk.cli import main
from kiosk.domain.patient import PatientForm
from kiosk.domain.vitals import ObservationKind
from kiosk.reports.monthly_pdf import render_monthly
from kiosk.store.clinic import Clinic
from kiosk.store.monthly import monthly_summary, parse_month, to_csv
from tests.conftest import FakeClock
from tests.consent_helpers import consented
from tests.rx_helpers import queued_case

NOVEMBER = date(2026, 11, 1)


def _november(clinic: Clinic, clock: FakeClock) -> None:
    """Three patients in November (one seen twice), one registered in October; a consult
    for each specialty asked; two prescriptions, one referring on; follow-ups: one kept,
    one missed, one still to come."""
    clock.now = datetime(2026, 10, 28, 6, 0, tzinfo=UTC)
    case = queued_case(clinic, follow_up="2026-11-10")  # registered and asked in October
    clock.now = datetime(2026, 11, 2, 5, 0, tzinfo=UTC)
    clinic.prescriptions.receive(case.signed, case.hub_key.public_key())  # due 10 Nov: missed
    cho = case.cho_id
    first_case: dict[str, tuple[str, str]] = {}
    for n, name in enumerate(("Radha Devi", "Mohan Lal")):
        clock.now = datetime(2026, 11, 5 + n, 5, 0, tzinfo=UTC)
        form = PatientForm(name=name, sex="female" if n == 0 else "male", age_years="40")
        patient = clinic.patients.register(form, cho)
        for visit in range(2 if n == 0 else 1):
            clock.advance(days=visit * 3)
            enc = clinic.encounters.open(patient.id, cho, "fever")
            first_case.setdefault(name, (patient.id, enc.id))
            clinic.encounters.record_vital(enc.id, ObservationKind.SPO2, cho, value=96)
            clinic.encounters.record_vital(
                enc.id, ObservationKind.BLOOD_PRESSURE, cho,
                components={"bp_systolic": 130, "bp_diastolic": 85},
            )  # fmt: skip
            specialty = "cardiology" if n == 0 else "general_medicine"
            consented(clinic, enc.id, cho)
            clinic.encounters.request_consult(enc.id, specialty, False, cho)
    # Mohan's prescription refers him on; his follow-up (20 Nov) he keeps on 19 Nov.
    mohan, mohan_case = first_case["Mohan Lal"]
    rx = dataclasses.replace(
        case.prescription, id="0000aaaa-0000-0000-0000-000000000002", encounter_id=mohan_case,
        patient_id=mohan, follow_up="2026-11-20", referral="District hospital, cardiology OPD",
    )  # fmt: skip
    clock.now = datetime(2026, 11, 8, 9, 0, tzinfo=UTC)
    clinic.prescriptions.receive(sign(rx, case.hub_key), case.hub_key.public_key())
    clock.now = datetime(2026, 11, 19, 6, 0, tzinfo=UTC)
    clinic.encounters.open(mohan, cho, "follow-up")
    # Radha's asks her back in December: due then, not now.
    radha, radha_case = first_case["Radha Devi"]
    later = dataclasses.replace(
        case.prescription, id="0000aaaa-0000-0000-0000-000000000003", encounter_id=radha_case,
        patient_id=radha, follow_up="2026-12-02",
    )  # fmt: skip
    clinic.prescriptions.receive(sign(later, case.hub_key), case.hub_key.public_key())
    clock.now = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)


def test_the_figures_of_a_month(clinic: Clinic, clock: FakeClock) -> None:
    _november(clinic, clock)
    s = monthly_summary(clinic.store, NOVEMBER, clock())
    assert (s.patients_seen, s.new_patients, s.cases) == (2, 2, 4)
    assert s.consults == {"cardiology": 2, "general_medicine": 1}  # October's is not counted
    assert s.vitals == {"blood_pressure": 3, "spo2": 3}
    assert (s.prescriptions, s.referrals) == (3, 1)
    assert (s.follow_ups_due, s.follow_ups_missed) == (2, 1)
    october = monthly_summary(clinic.store, date(2026, 10, 1), clock())
    assert (october.patients_seen, october.consults, october.vitals_total) == (
        1, {"general_medicine": 1}, 3)  # fmt: skip
    rows = list(csv.reader(io.StringIO(to_csv(s))))
    assert rows[0] == ["section", "item", "count"]
    assert ["consults", "cardiology", "2"] in rows and ["follow_ups", "missed", "1"] in rows
    assert "Radha" not in to_csv(s) and "Mohan" not in to_csv(s)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_pdf_in_hindi_and_english(clinic: Clinic, clock: FakeClock, tmp_path: Path) -> None:
    _november(clinic, clock)
    s = monthly_summary(clinic.store, NOVEMBER, clock())
    expected = {"hi": ("मासिक रिपोर्ट", "हृदय रोग", "छूटे"),
                "en": ("Monthly report", "Heart (cardiology)", "Missed")}  # fmt: skip
    for language, words in expected.items():
        pdf = tmp_path / f"{language}.pdf"
        pdf.write_bytes(render_monthly(s, "HWC Bassi", language, clock()))
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout  # fmt: skip
        for word in words:
            assert word in text, (language, word)
        assert "Radha" not in text and "Mohan" not in text


def test_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    assert main(["demo-data", "--home", str(home), "--patients", "10", "--encounters", "6"]) == 0
    capsys.readouterr()
    month = datetime.now(UTC).strftime("%Y-%m")
    out_csv, out_pdf = tmp_path / "m.csv", tmp_path / "m.pdf"
    code = main(["report", "monthly", "--month", month, "--csv", str(out_csv), "--pdf",
                 str(out_pdf), "--home", str(home)])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0 and "wrote" in out
    assert out_csv.read_text().startswith("section,item,count")
    assert out_pdf.read_bytes().startswith(b"%PDF")
    assert main(["report", "monthly", "--month", month, "--home", str(home)]) == 0
    assert "patients seen" in capsys.readouterr().out
    assert main(["report", "monthly", "--month", "November", "--home", str(home)]) == 2
    assert "YYYY-MM" in capsys.readouterr().err
    with pytest.raises(ValueError):
        parse_month("2026-13")
