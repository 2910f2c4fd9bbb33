"""Printing through a real CUPS queue (cups-pdf, set up by `make services`), and the CLI."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest

from hwc_shared.seal import encode_public_key
from kiosk.cli import main
from kiosk.rx import printing
from kiosk.rx.desk import PrescriptionDesk
from kiosk.rx.printing import JobState
from kiosk.rx.render import PaperSize
from kiosk.store.clinic import Clinic
from tests.rx_helpers import queued_case

QUEUE = "HWC_PDF"


def _cups_pdf_dir() -> Path:
    """Where cups-pdf writes this user's jobs (its ``Out`` setting)."""
    out = "${HOME}/PDF"
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.exists():
        for line in conf.read_text().splitlines():
            if line.startswith("Out "):
                out = line.split(None, 1)[1].strip()
    return Path(out.replace("${HOME}", str(Path.home())))


@pytest.fixture
def cups_queue() -> str:
    if QUEUE not in printing.printers():
        pytest.fail(f"no CUPS queue {QUEUE}: run 'make services' as root (make test does)")
    return QUEUE


def test_prints_through_cups_and_the_output_carries_the_prescription(
    clinic: Clinic, tmp_path: Path, cups_queue: str
) -> None:
    case = queued_case(clinic)
    clinic.prescriptions.receive(case.signed, case.hub_key.public_key())
    desk = PrescriptionDesk(clinic, tmp_path, "HWC Bassi", printer=cups_queue)
    started = time.time()
    outcome = desk.print(case.prescription.id, case.cho_id, size=PaperSize.A5, language="hi")
    assert outcome.sent and outcome.record.job_id and outcome.record.printer == cups_queue
    record = desk.wait(outcome.record, timeout_s=60)
    assert record.state == JobState.DONE
    number = case.prescription.id[:8].upper()
    deadline = time.time() + 30
    found: list[Path] = []
    while not found and time.time() < deadline:
        found = [
            p for p in _cups_pdf_dir().glob(f"*{number}*.pdf") if p.stat().st_mtime >= started - 1
        ]
        time.sleep(0.2)
    assert found, f"no cups-pdf output for {number} in {_cups_pdf_dir()}"
    text = subprocess.run(
        ["pdftotext", str(found[0]), "-"], capture_output=True, text=True, check=True
    ).stdout
    # Hindi is drawn as shaped glyphs and survives the PostScript round trip only as
    # pictures, so the check reads the Latin fields.
    for expected in ("Kamla Bai Meena", "Amlodipine", "RMC-34871", number, "e-Prescription"):
        assert expected in text, expected
    [held] = clinic.prescriptions.prints(case.prescription.id)
    assert held.state == "done" and held.job_id == record.job_id


def test_no_printer_says_why_and_keeps_no_pdf(clinic: Clinic, tmp_path: Path) -> None:
    case = queued_case(clinic)
    clinic.prescriptions.receive(case.signed, case.hub_key.public_key())
    desk = PrescriptionDesk(clinic, tmp_path, "HWC Bassi", printer="")
    outcome = desk.print(case.prescription.id, case.cho_id)
    assert not outcome.sent and "No printer is chosen" in outcome.record.message
    assert outcome.record.pdf_path == "" and not list(tmp_path.rglob("*.pdf"))
    assert outcome.record.state == "not_sent"


def test_cli_render_receive_print_verify(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    home = tmp_path / "home"
    assert (
        main(["rx", "render", "--sample", "--out", str(tmp_path / "s.pdf"), "--size", "thermal"])
        == 0
    )
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")
    from kiosk.store.store import Store

    with Store(home / "kiosk.db") as store:
        clinic = Clinic(store, "spoke-test")
        case = queued_case(clinic)
    (home / "rx.json").write_text(case.signed)
    assert main(["rx", "receive", "--home", str(home), "--file", str(home / "rx.json")]) == 1
    assert "no hub key" in capsys.readouterr().out.lower()
    caplog.clear()
    pinned = {"hub_public_key": encode_public_key(case.hub_key.public_key())}
    (home / "enrollment.json").write_text(json.dumps(pinned))
    assert main(["rx", "receive", "--home", str(home), "--file", str(home / "rx.json")]) == 0
    out = tmp_path / "r.pdf"
    assert (
        main(
            [
                "rx",
                "render",
                "--home",
                str(home),
                "--id",
                case.prescription.id,
                "--out",
                str(out),
                "--lang",
                "en",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "rx",
                "print",
                "--home",
                str(home),
                "--id",
                case.prescription.id,
                "--printer",
                "NO_SUCH_QUEUE",
            ]
        )
        == 1
    )
    assert "Print again once that is fixed" in capsys.readouterr().out
    with Store(home / "kiosk.db") as store:
        qr = Clinic(store, "spoke-test").prescriptions.get(case.prescription.id).qr_text
    capsys.readouterr()
    assert main(["rx", "verify", "--home", str(home), "--qr-text", qr]) == 0
    said = capsys.readouterr().out
    assert said.startswith("Valid:") and "Dr. Anjali Verma" in said and "Amlodipine" in said
    tampered = qr[:-6] + ("AAAAAA" if not qr.endswith("AAAAAA") else "BBBBBB")
    assert main(["rx", "verify", "--home", str(home), "--qr-text", tampered]) == 1
    assert capsys.readouterr().out.startswith("Not valid.")
