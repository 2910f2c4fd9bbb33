"""Printing leaves no patient data on the kiosk's disk: a prescription and a consent
form go to CUPS' ``lp`` on its standard input, rendered in memory; no PDF is written
under KIOSK_HOME or a temporary folder, printed or not; and the clear PDFs an older
kiosk left behind are removed by ``kiosk db encrypt`` (run at every install)."""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.rx.consent_form import ConsentSheet
from kiosk.rx.consent_print import print_consent_form
from kiosk.rx.desk import PrescriptionDesk
from kiosk.store.clinic import Clinic
from tests.rx_helpers import queued_case

NAME = "Kamla Bai Meena"
FAKE_LP = """#!/bin/sh
# CUPS' lp as a printer that puts each job on "paper" (a folder of the test's own).
echo "$*" >> "{paper}/calls"
n=$(($(ls "{paper}" | wc -l)))
cat > "{paper}/job-$n"
echo "request id is HWC_Fake-$n (0 file(s))"
"""


@pytest.fixture
def paper(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A fake ``lp``/``lpstat`` on the PATH, and TMPDIR in a folder of this test's own."""
    out = tmp_path_factory.mktemp("paper")
    tools = tmp_path_factory.mktemp("cups")
    (tools / "lp").write_text(FAKE_LP.format(paper=out))
    (tools / "lpstat").write_text("#!/bin/sh\nexit 0\n")
    for tool in ("lp", "lpstat"):
        (tools / tool).chmod(0o755)
    monkeypatch.setenv("PATH", f"{tools}:{os.environ['PATH']}")
    private_tmp = tmp_path_factory.mktemp("tmp")
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
    return out


def _pdfs_or_name(roots: list[Path], since: float, recursive: bool = True) -> list[Path]:
    """Files under ``roots`` (changed since ``since``) that are a PDF or hold the name."""
    found = []
    for root in roots:
        for path in root.rglob("*") if recursive else root.glob("*"):
            try:
                if not path.is_file() or path.stat().st_mtime < since:
                    continue
                data = path.read_bytes()
            except OSError:
                continue  # someone else's file, gone or unreadable
            if data.startswith(b"%PDF") or NAME.encode() in data:
                found.append(path)
    return found


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_printing_leaves_no_pdf_of_the_patient_on_disk(
    clinic: Clinic, tmp_path: Path, paper: Path
) -> None:
    started = time.time() - 1
    case = queued_case(clinic)
    clinic.prescriptions.receive(case.signed, case.hub_key.public_key())
    desk = PrescriptionDesk(clinic, tmp_path, "HWC Bassi", printer="HWC_Fake")
    outcome = desk.print(case.prescription.id, case.cho_id, language="en")
    assert outcome.sent and outcome.record.pdf_path == ""
    sheet = ConsentSheet(
        encounter_id=case.encounter_id, patient_name=NAME, age_years=58, sex="female",
        abha_number="", guardian_name="", witness_name="Sunita Devi", hwc_name="HWC Bassi",
        printed_at=datetime(2026, 11, 20, 11, 0),
    )  # fmt: skip
    assert print_consent_form(clinic, sheet, "en", "HWC_Fake", case.cho_id) == "HWC_Fake"
    not_sent = desk.print(case.prescription.id, case.cho_id, printer="")  # no printer chosen
    assert not not_sent.sent and "Print again" in not_sent.record.message

    calls = (paper / "calls").read_text().splitlines()
    assert len(calls) == 2 and all(c.split()[-1] != "--" and ".pdf" not in c for c in calls)
    jobs = sorted(paper.glob("job-*"))
    assert [j.read_bytes()[:4] for j in jobs] == [b"%PDF", b"%PDF"]  # it came on stdin
    assert "e-Prescription" in _text(jobs[0]) and NAME in _text(jobs[0])
    assert NAME in _text(jobs[1])

    temp = Path(tempfile.gettempdir())
    assert _pdfs_or_name([tmp_path, temp], started) == []
    assert _pdfs_or_name([Path("/tmp")], started, recursive=False) == []


def test_db_encrypt_removes_the_clear_pdfs_an_older_kiosk_left(
    clinic: Clinic, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for folder, name in (("prescriptions", "rx-a5-hi.pdf"), ("consent-forms", "enc-hi.pdf")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / name).write_bytes(b"%PDF-1.4 " + NAME.encode())
    clinic.store.close()
    assert main(["db", "encrypt", "--upgrade", "--home", str(tmp_path)]) == 0
    assert "printed copies in the clear removed: 2 PDFs" in capsys.readouterr().out
    assert not (tmp_path / "prescriptions").exists()
    assert not (tmp_path / "consent-forms").exists()
