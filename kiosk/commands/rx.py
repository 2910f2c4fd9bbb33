"""``kiosk rx``: render, print, receive and verify signed e-prescriptions."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlite_utils.db import NotFoundError

from hwc_shared.seal import (
    PinnedKeyError,
    decode_public_key,
    sign,
    verify,
    verify_qr,
)
from kiosk.commands.common import home_option, load_config, open_clinic
from kiosk.domain import languages
from kiosk.domain.prescription_refusals import REFUSAL_TEXTS
from kiosk.rx.desk import PrescriptionDesk
from kiosk.rx.fonts import FontMissingError
from kiosk.rx.pinned_key import load_pinned_key
from kiosk.rx.printing import JobState
from kiosk.rx.render import PaperSize, Printable
from kiosk.rx.render import render_pdf as render_prescription
from kiosk.rx.sample import sample_prescription
from kiosk.rx.slip import NoFollowUpError, render_slip


def _actor() -> str:
    return f"cli:{getpass.getuser()}"


def _render(args: argparse.Namespace) -> int:
    out = Path(args.out)
    size = PaperSize(args.size or ("thermal" if args.slip else "a5"))
    render_pdf = render_slip if args.slip else render_prescription
    try:
        if args.sample:
            # A throwaway key: the sample shows the layout, it proves nothing.
            key = Ed25519PrivateKey.generate()
            sample = sample_prescription(language=args.lang or "hi")
            verified = verify(sign(sample, key), key.public_key())
            item = Printable(verified.prescription, verified.qr_text, "HWC Bassi (sample)")
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(render_pdf(item, size, args.lang or "hi"))
        else:
            cfg = load_config(args)
            clinic = open_clinic(cfg)
            try:
                desk = PrescriptionDesk(clinic, cfg.home, cfg.spoke_name)
                item = desk.printable(args.id)
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_bytes(render_pdf(item, size, args.lang or item.prescription.language))
            finally:
                clinic.close()
    except NotFoundError:
        print(f"kiosk rx render: no prescription {args.id} on this kiosk", file=sys.stderr)
        return 1
    except (FontMissingError, NoFollowUpError) as error:
        print(f"kiosk rx render: {error}", file=sys.stderr)
        return 1
    print(f"wrote {out} ({size.value}, {args.lang or 'patient language'})")
    return 0


def _print(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    clinic = open_clinic(cfg)
    try:
        desk = PrescriptionDesk(clinic, cfg.home, cfg.spoke_name, cfg.printer)
        outcome = desk.print(
            args.id,
            _actor(),
            printer=args.printer,
            size=PaperSize(args.size),
            language=args.lang,
        )
        record = outcome.record
        if not outcome.sent:
            print(
                f"Not printed: {record.message}\n(kiosk rx render --id {args.id} --out FILE "
                "writes the PDF where you choose.)"
            )
            return 1
        print(f"Sent to {record.printer} as job {record.job_id}.")
        if args.wait:
            record = desk.wait(record, args.wait)
        print(f"Job state: {record.state}.")
        return 0 if record.state in (JobState.QUEUED, JobState.PRINTING, JobState.DONE) else 1
    except NotFoundError:
        print(f"kiosk rx print: no prescription {args.id} on this kiosk", file=sys.stderr)
        return 1
    finally:
        clinic.close()


def _receive(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    try:
        key = load_pinned_key(cfg.home)
    except PinnedKeyError as error:
        print(f"kiosk rx receive: {error}", file=sys.stderr)
        key = None
    clinic = open_clinic(cfg)
    try:
        receipt = clinic.prescriptions.receive(Path(args.file).read_text(encoding="utf-8"), key)
    finally:
        clinic.close()
    if receipt.accepted:
        state = "already held" if receipt.duplicate else "stored"
        print(f"Prescription {receipt.prescription_id} verified and {state}.")
        return 0
    assert receipt.reason is not None
    print(f"Refused: {REFUSAL_TEXTS[receipt.reason]}")
    return 1


def _verify(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    try:
        if args.key:
            key = decode_public_key(Path(args.key).read_text(encoding="ascii"))
        else:
            key = load_pinned_key(cfg.home)
    except (PinnedKeyError, OSError, UnicodeDecodeError) as error:
        print(f"Cannot check: {error}.")
        return 1
    check = verify_qr(args.qr_text, key)
    if not check.valid:
        assert check.reason is not None
        print(f"Not valid. {REFUSAL_TEXTS[check.reason]}")
        return 1
    assert check.payload is not None
    seal = check.payload.seal
    medicines = ", ".join(" ".join(filter(None, m[:2])) for m in seal.get("m", []))
    print(
        f"Valid: prescription {str(seal.get('id', ''))[:8].upper()} for {seal.get('pt')} "
        f"({seal.get('as')}), signed by the hub for {seal.get('dr')} "
        f"(reg. {seal.get('rg')}, {seal.get('hb')}) on {str(seal.get('t', ''))[:10]}. "
        f"Medicines: {medicines or 'none'}."
    )
    return 0


def register(subparsers: Any) -> None:
    rx = subparsers.add_parser("rx", help="signed e-prescriptions")
    sub = rx.add_subparsers(dest="rx_command", required=True, metavar="ACTION")

    render = sub.add_parser("render", parents=[home_option()], help="write a prescription PDF")
    which = render.add_mutually_exclusive_group(required=True)
    which.add_argument("--id", help="a stored prescription's id")
    which.add_argument(
        "--sample", action="store_true", help="a realistic sample, signed with a throwaway key"
    )
    render.add_argument("--out", required=True, help="the PDF file to write")
    render.add_argument(
        "--lang",
        choices=languages.CODES,
        help="the patient's language beside English (en: English only; default: the patient's)",
    )
    render.add_argument(
        "--size", choices=[s.value for s in PaperSize], help="default: a5 (a slip: thermal)"
    )
    render.add_argument(
        "--slip", action="store_true", help="the follow-up slip instead of the prescription"
    )
    render.set_defaults(handler=_render)

    printer = sub.add_parser("print", parents=[home_option()], help="print through CUPS")
    printer.add_argument("--id", required=True)
    printer.add_argument("--printer", help="CUPS queue (default: the 'printer' setting)")
    printer.add_argument("--lang", choices=languages.CODES)
    printer.add_argument("--size", choices=[s.value for s in PaperSize], default="a5")
    printer.add_argument(
        "--wait",
        type=float,
        default=0,
        metavar="SECONDS",
        help="follow the job until it is done (at most SECONDS)",
    )
    printer.set_defaults(handler=_print)

    receive = sub.add_parser(
        "receive",
        parents=[home_option()],
        help="verify and store a signed prescription from a file",
    )
    receive.add_argument("--file", required=True)
    receive.set_defaults(handler=_receive)

    check = sub.add_parser(
        "verify",
        parents=[home_option()],
        help="check a prescription's QR text against the pinned hub key",
    )
    check.add_argument("--qr-text", required=True, help="the text a phone reads from the QR code")
    check.add_argument(
        "--key", help="a file with the hub key in base64 (default: the key pinned at enrollment)"
    )
    check.set_defaults(handler=_verify)
