"""``kiosk devices``: decode, list, drivers, assign, simulate and read."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.devices.attached import DRIVER_SETTING
from kiosk.devices.drivers.onetouch import with_checksum
from kiosk.store.settings import Settings
from kiosk.store.store import Store
from tests.devices_support import RECORDINGS

RECORDING = RECORDINGS / "contec" / "cms50e-live.hex"


def lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_decode_the_real_recording(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["devices", "decode", "--driver", "contec-cms50d", "--hex", str(RECORDING)]) == 0
    out, err = capsys.readouterr()
    rows = lines(out)
    assert len(rows) == 204
    assert [r["kind"] for r in rows[:2]] == ["spo2", "pulse_rate"]
    assert {(r["kind"], r["value"], r["unit"]) for r in rows} == {
        ("spo2", 99, "%"),
        ("pulse_rate", 60, "/min"),
    }
    assert "102 frames accepted" in err and "0 bytes dropped" in err and "0 resyncs" in err


def test_decode_with_waveform_keeps_stream_order(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["devices", "decode", "--driver", "contec-cms50d", "--hex", "--waveform"]
    assert main([*args, str(RECORDING)]) == 0
    rows = lines(capsys.readouterr().out)
    assert len(rows) == 306
    assert [r["kind"] for r in rows[:6]] == ["pleth", "spo2", "pulse_rate"] * 2
    assert rows[0]["value"] == 19


def test_decode_raw_bytes_with_noise(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record = with_checksum(b'P "WED","11/10/04","18:35:51   ","  117 ","N","00", 00')
    path = tmp_path / "meter.bin"
    path.write_bytes(b"\x00\x01garbage\r\n" + record)
    assert main(["devices", "decode", "--driver", "onetouch-ultra2", str(path)]) == 0
    out, err = capsys.readouterr()
    assert [(r["kind"], r["value"], r["unit"]) for r in lines(out)] == [
        ("blood_glucose", 117, "mg/dL")
    ]
    assert "1 frames accepted" in err and "1 resyncs" in err


def test_decode_unknown_driver(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["devices", "decode", "--driver", "nope", str(RECORDING)]) == 2
    assert "no driver" in capsys.readouterr().err


def test_drivers_and_list(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert main(["devices", "drivers", "--json"]) == 0
    names = [d["name"] for d in json.loads(capsys.readouterr().out)]
    assert "hl7-mllp" in names and "onetouch-ultra-easy" in names and len(names) == 10

    class Info:
        device = "/dev/ttyUSB0"
        vid, pid = 0x0B, 0x0C
        serial_number, location, description = "A1", "1-2", "USB serial"

    monkeypatch.setattr("serial.tools.list_ports.comports", lambda: [Info()])
    assert main(["devices", "list", "--json", "--home", str(tmp_path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["port"] == "/dev/ttyUSB0" and rows[0]["key"] == "usb:000b:000c:A1@1-2"
    assert rows[0]["driver"] is None and rows[0]["state"] == "present"


def test_assign_a_driver_by_hand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Store(tmp_path / "kiosk.db").close()
    assert main(["devices", "assign", "usb:x", "taidoc", "--home", str(tmp_path)]) == 0
    assert main(["devices", "assign", "usb:y", "nope", "--home", str(tmp_path)]) == 2
    with Store(tmp_path / "kiosk.db") as store:
        assert Settings(store).get(DRIVER_SETTING + "usb:x") == "taidoc"
    assert main(["devices", "assign", "usb:x", "--clear", "--home", str(tmp_path)]) == 0
    with Store(tmp_path / "kiosk.db") as store:
        assert Settings(store).get(DRIVER_SETTING + "usb:x") is None


def test_simulate_then_read_over_a_pseudo_terminal() -> None:
    sim = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "devices", "simulate", "ad-scale", "--seconds", "10"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert sim.stdout is not None
        path = sim.stdout.readline().strip()
        assert path.startswith("/dev/")
        read = subprocess.run(
            [
                sys.executable,
                "-m",
                "kiosk",
                "devices",
                "read",
                "--port",
                path,
                "--driver",
                "ad-scale",
                "--seconds",
                "4",
            ],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        )
    finally:
        sim.terminate()
        sim.wait(5)
    rows = lines(read.stdout)
    stable = [r for r in rows if r["kind"] == "weight" and r["stable"]]
    assert stable and stable[-1]["value"] == 61.5 and stable[-1]["unit"] == "kg"
    assert "state: streaming" in read.stderr


def test_read_over_loop_url_hears_its_own_requests(capsys: pytest.CaptureFixture[str]) -> None:
    # loop:// echoes every request: TaiDoc frames from the host decode, but carry no reading.
    args = ["devices", "read", "--port", "loop://", "--driver", "taidoc", "--seconds", "1"]
    assert main(args) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "state: connecting" in err and "state: streaming" in err


def test_decode_summary_tells_each_outcome_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Frames, readings, dropped bytes, bad checksums and "no value" are counted apart;
    what the device says about itself is printed, but never a person's name."""
    from kiosk.devices.drivers.contec import pack

    path = tmp_path / "oximeter.hex"
    no_finger = pack(0x01, [0x06, 0x20, 0x05, 0, 0, 0xFF, 0xFF])
    good = pack(0x01, [0x06, 0x20, 0x05, 72, 98, 0xFF, 0xFF])
    name = pack(0x05, [0, *b"ASHA  "])
    answered = "7D 81 AB 80 80 80 80 80 80 -> " + name.hex()
    path.write_text(
        f"# a comment\n{answered}\n{no_finger.hex()} 93 {good.hex()} {good.hex()}\n",
        encoding="ascii",
    )
    assert main(["devices", "decode", "--driver", "contec-cms50d", "--hex", str(path)]) == 0
    out, err = capsys.readouterr()
    assert [(r["kind"], r["value"]) for r in lines(out)] == [("spo2", 98), ("pulse_rate", 72)]
    summary = err.strip().splitlines()[-1]
    assert summary == (
        "contec-cms50d: 4 frames accepted, 2 readings, 1 bytes dropped, 1 resyncs, "
        "0 bad checksums, 2 no value, 0 implausible values, 2 withheld"
    )
    assert "user_index: 0" in err and "ASHA" not in err
