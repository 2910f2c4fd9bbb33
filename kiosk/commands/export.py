"""``kiosk export fhir``: a case as FHIR R4 document bundles after India's ABDM profiles."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from sqlite_utils.db import NotFoundError

from hwc_shared.files import PRIVATE_FILE
from kiosk.commands.common import home_option, load_config, open_clinic
from kiosk.config import KioskConfig
from kiosk.fhir.bundle import CaseRecord, op_consult_record, prescription_record
from kiosk.store.clinic import Clinic


def case_record(clinic: Clinic, cfg: KioskConfig, encounter_id: str) -> CaseRecord:
    detail = clinic.encounters.detail(encounter_id)
    held = clinic.prescriptions.for_encounter(encounter_id)
    return CaseRecord(
        encounter=detail.encounter,
        patient=detail.patient,
        observations=detail.observations,
        spoke_id=cfg.spoke_id,
        spoke_name=cfg.spoke_name,
        prescription=held[0].prescription if held else None,
        consents=clinic.consents.for_encounter(encounter_id),
    )


def _write(path: Path, bundle: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(bundle, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    path.chmod(PRIVATE_FILE)  # it names the patient


def _fhir(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    clinic = open_clinic(cfg)
    try:
        case = case_record(clinic, cfg, args.encounter)
        now = clinic.clock()
    except NotFoundError:
        print(f"kiosk export fhir: no case {args.encounter} on this kiosk", file=sys.stderr)
        return 1
    finally:
        clinic.close()
    out = Path(args.out)
    _write(out, op_consult_record(case, now))
    print(f"wrote {out} (OPConsultRecord)")
    if case.prescription is not None:
        rx_out = out.with_name(f"{out.stem}.prescription{out.suffix or '.json'}")
        _write(rx_out, prescription_record(case, now))
        print(f"wrote {rx_out} (PrescriptionRecord)")
    return 0


def register(subparsers: Any) -> None:
    export = subparsers.add_parser("export", help="export records")
    sub = export.add_subparsers(dest="export_command", required=True, metavar="FORMAT")
    fhir = sub.add_parser(
        "fhir",
        parents=[home_option()],
        help="a case as ABDM FHIR R4 document bundles (OPConsultRecord, PrescriptionRecord)",
    )
    fhir.add_argument("--encounter", required=True, help="the case's id")
    fhir.add_argument("--out", required=True, help="the JSON file to write")
    fhir.set_defaults(handler=_fhir)
