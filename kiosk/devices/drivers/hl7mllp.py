"""Monitors that send HL7 v2 ORU^R01 messages in MLLP framing, over a serial line or
TCP (``socket://host:port``) (docs/devices.md, "HL7 v2 monitors").

Messages are parsed with the ``hl7`` library. OBX segments are matched to our kinds
by LOINC or IEEE 11073 (MDC) code, by the MDC name when only that is sent, or by a
vendor's own code and name where real monitors were seen to use them (Mindray's
older ``101^HR`` style); a vendor's private codes for other things (Comen's
``99COMEN`` position, pain score...) are not vitals and are left alone. A value whose
unit is not the one we store (and cannot be converted) is left out rather than
guessed. Monitors say "no value" in several ways: an empty OBX-5, status X, zero, or
a sentinel number (-999, -99.9, -100, and the IEEE 11073 NaN, NRes and infinities
such as 8388607); each is counted as no value, never as a number. Observations with
result status F (final) or C (corrected) are stable. Every ORU message is acknowledged
(MSA AA), as an MLLP sender expects.
"""

from __future__ import annotations

import hl7

from kiosk.devices.driver import FTDI, PROLIFIC, Driver
from kiosk.devices.link import Link
from kiosk.devices.parser import Parser

VT, FS, CR = 0x0B, 0x1C, 0x0D
MAX_MESSAGE = 65536

# code or MDC name -> kind
CODES: dict[str, str] = {
    "2708-6": "spo2",
    "59408-5": "spo2",
    "150456": "spo2",
    "MDC_PULS_OXIM_SAT_O2": "spo2",
    "149530": "pulse_rate",
    "MDC_PULS_OXIM_PULS_RATE": "pulse_rate",
    "149522": "pulse_rate",
    "MDC_PULS_RATE": "pulse_rate",
    "8889-8": "pulse_rate",
    "8867-4": "heart_rate",
    "147842": "heart_rate",
    "MDC_ECG_HEART_RATE": "heart_rate",
    "8480-6": "bp_systolic",
    "150301": "bp_systolic",
    "MDC_PRESS_CUFF_SYS": "bp_systolic",
    "8462-4": "bp_diastolic",
    "150302": "bp_diastolic",
    "MDC_PRESS_CUFF_DIA": "bp_diastolic",
    "8478-0": "bp_mean",
    "150303": "bp_mean",
    "MDC_PRESS_CUFF_MEAN": "bp_mean",
    "150021": "bp_systolic",
    "MDC_PRESS_BLD_NONINV_SYS": "bp_systolic",
    "150022": "bp_diastolic",
    "MDC_PRESS_BLD_NONINV_DIA": "bp_diastolic",
    "150023": "bp_mean",
    "MDC_PRESS_BLD_NONINV_MEAN": "bp_mean",
    "9279-1": "respiratory_rate",
    "151562": "respiratory_rate",
    "MDC_RESP_RATE": "respiratory_rate",
    "8310-5": "body_temperature",
    "150344": "body_temperature",
    "MDC_TEMP": "body_temperature",
    "29463-7": "weight",
    "3141-9": "weight",
    "188736": "weight",
    "MDC_MASS_BODY_ACTUAL": "weight",
    "8302-2": "height",
    "188740": "height",
    "MDC_LEN_BODY_ACTUAL": "height",
    "2339-0": "blood_glucose",
}
# A vendor's own (code, name) -> kind: both must match, since bare numbers clash
# between vendors. Mindray monitors' older HL7 output (no coding system, no units).
VENDOR_CODES: dict[tuple[str, str], str] = {
    ("101", "HR"): "heart_rate",
    ("151", "RR"): "respiratory_rate",
    ("160", "SPO2"): "spo2",
    ("161", "PR"): "pulse_rate",
    ("170", "SYS"): "bp_systolic",
    ("171", "DIA"): "bp_diastolic",
    ("172", "MEAN"): "bp_mean",
    ("200", "T1"): "body_temperature",
}
# Numbers monitors send for "no value": vendors' sentinels, and the IEEE 11073 FLOAT
# special values (NaN, NRes, +INF, -INF, reserved) as decimal integers.
NO_VALUE_NUMBERS = frozenset(
    {-999.0, -99.9, -100.0, 8388607.0, -8388608.0, 8388606.0, -8388606.0, -8388607.0}
)
# unit as sent (lower case; UCUM, common text or MDC name) -> (our unit, factor, offset)
UNITS: dict[str, tuple[str, float, float]] = {
    "%": ("%", 1, 0),
    "mdc_dim_percent": ("%", 1, 0),
    "/min": ("/min", 1, 0),
    "{beats}/min": ("/min", 1, 0),
    "bpm": ("/min", 1, 0),
    "{breaths}/min": ("/min", 1, 0),
    "mdc_dim_beat_per_min": ("/min", 1, 0),
    "mdc_dim_resp_per_min": ("/min", 1, 0),
    "mm[hg]": ("mm[Hg]", 1, 0),
    "mmhg": ("mm[Hg]", 1, 0),
    "mdc_dim_mmhg": ("mm[Hg]", 1, 0),
    "kpa": ("mm[Hg]", 7.50062, 0),
    "cel": ("Cel", 1, 0),
    "degc": ("Cel", 1, 0),
    "mdc_dim_degc": ("Cel", 1, 0),
    "[degf]": ("Cel", 5 / 9, -32 * 5 / 9),
    "degf": ("Cel", 5 / 9, -32 * 5 / 9),
    "mdc_dim_fahr": ("Cel", 5 / 9, -32 * 5 / 9),
    "kg": ("kg", 1, 0),
    "mdc_dim_kilo_g": ("kg", 1, 0),
    "g": ("kg", 0.001, 0),
    "[lb_av]": ("kg", 0.45359237, 0),
    "lb": ("kg", 0.45359237, 0),
    "cm": ("cm", 1, 0),
    "mdc_dim_centi_m": ("cm", 1, 0),
    "m": ("cm", 100, 0),
    "mg/dl": ("mg/dL", 1, 0),
    "mmol/l": ("mg/dL", 18.016, 0),
}
EXPECTED_UNIT = {
    "spo2": "%",
    "pulse_rate": "/min",
    "heart_rate": "/min",
    "bp_systolic": "mm[Hg]",
    "bp_diastolic": "mm[Hg]",
    "bp_mean": "mm[Hg]",
    "respiratory_rate": "/min",
    "body_temperature": "Cel",
    "weight": "kg",
    "height": "cm",
    "blood_glucose": "mg/dL",
}


def frame(message: str) -> bytes:
    return bytes([VT]) + message.encode("utf-8") + bytes([FS, CR])


def _component(field: object, index: int) -> str:
    """Component ``index`` (0-based) of an HL7 field, or '' when it is not there."""
    try:
        parts = field[0]  # type: ignore[index]
        if isinstance(parts, str):
            return parts if index == 0 else ""
        return str(parts[index]) if len(parts) > index else ""
    except (IndexError, TypeError):
        return ""


def _field(segment: object, index: int) -> object:
    try:
        return segment[index]  # type: ignore[index]
    except IndexError:
        return ""


class Hl7Parser(Parser):
    driver = "hl7-mllp"
    max_pending = 2 * MAX_MESSAGE

    def _parse(self, buf: bytearray) -> int:
        i, n = 0, len(buf)
        while i < n:
            if buf[i] != VT:
                self.stats.drop(1)
                i += 1
                continue
            end = buf.find(bytes([FS, CR]), i + 1)
            if end < 0:
                if n - i > MAX_MESSAGE:
                    self.stats.drop(1)
                    i += 1
                    continue
                break
            raw = bytes(buf[i : end + 2])
            nested = raw.find(VT, 1)
            if nested > 0:  # a message cut short, then a new one: drop the stump
                self.stats.drop(nested)
                i += nested
                continue
            if self._message(raw):
                self.stats.accept(len(raw))
            else:
                self.stats.drop(len(raw))
            i = end + 2
        return i

    def _message(self, raw: bytes) -> bool:
        text = raw[1:-2].decode("utf-8", "replace").replace("\n", "\r").strip("\r")
        try:
            message = hl7.parse(text)
            kind = str(message.segment("MSH")[9])
        except Exception:
            return False
        if not kind.startswith("ORU"):
            return True
        self.flags = frozenset()
        values: dict[str, tuple[float | None, bool]] = {}
        for obx in message.segments("OBX") if _has(message, "OBX") else []:
            found = self._observation(obx)
            if found is None:
                continue
            kind, value, stable = found
            # A second channel's "no value" does not hide the first one's number.
            if value is not None or values.get(kind, (None, False))[0] is None:
                values[kind] = (value, stable)
        self._emit(values, raw)
        try:
            self.replies.append(frame(str(message.create_ack("AA"))))
        except Exception:
            return True
        return True

    def _observation(self, obx: object) -> tuple[str, float | None, bool] | None:
        """(kind, value or None for "no value", stable), or None when not ours."""
        code_field = _field(obx, 3)
        code, name = _component(code_field, 0), _component(code_field, 1)
        kind = CODES.get(code) or CODES.get(name) or VENDOR_CODES.get((code, name.upper()))
        if kind is None:
            return None
        unit_field = _field(obx, 6)
        unit = (_component(unit_field, 1) or _component(unit_field, 0)).strip().lower()
        conversion = UNITS.get(unit) or UNITS.get(_component(unit_field, 0).strip().lower())
        if unit and (conversion is None or conversion[0] != EXPECTED_UNIT[kind]):
            return None
        status = str(_field(obx, 11)).strip().upper()
        text = str(_field(obx, 5)).strip()
        try:
            value: float | None = float(text) if text else None
        except ValueError:
            return None
        if status == "X" or value in NO_VALUE_NUMBERS or value == 0:
            value = None
        if value is not None and conversion is not None:
            value = value * conversion[1] + conversion[2]
        return kind, value, status in ("F", "C")

    def _emit(self, values: dict[str, tuple[float | None, bool]], raw: bytes) -> None:
        systolic, diastolic = values.pop("bp_systolic", None), values.pop("bp_diastolic", None)
        mean = values.pop("bp_mean", None)
        for kind, (value, stable) in values.items():
            self.emit(kind, value, raw, stable=stable)
        if systolic is None or diastolic is None:
            return
        if systolic[0] is None or diastolic[0] is None:
            self.stats.no_value += 1  # a blood pressure is all or nothing
            return
        stable = systolic[1] and diastolic[1]
        mean_value = mean[0] if mean else None
        self.emit_bp(systolic[0], diastolic[0], mean_value, raw, stable=stable)


def _has(message: object, segment: str) -> bool:
    try:
        message.segments(segment)  # type: ignore[attr-defined]
    except KeyError:
        return False
    return True


class Hl7Mllp(Driver):
    name = "hl7-mllp"
    title = "HL7 v2 monitor (MLLP)"
    category = "monitor"
    link = Link(9600)
    parser_class = Hl7Parser
    simulators = (("default", "kiosk.devices.drivers.hl7mllp_sim:Hl7Simulator"),)
    usb_ids = frozenset({FTDI, PROLIFIC})
    quiet_seconds = 10.0
