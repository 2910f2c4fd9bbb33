"""Vitals devices: how fast each parser decodes, and how long a reading takes from the
serial line to the screen.

    python bench/devices.py [--megabytes 2] [--seconds 10]

Throughput: each driver's simulated stream (with its answers to the kiosk's requests),
repeated to about ``--megabytes`` and fed in 4 KiB pieces, as the reader thread does.
Latency: a simulated oximeter on a pseudo-terminal sends a packet whose pulse value
names the moment it was written; the real reader thread decodes it, the event bus and
the bridge carry it to the UI thread, and the time is taken once the encounter screen's
device card shows that value (offscreen Qt). Target: p95 within 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kiosk.devices import registry
from kiosk.devices.drivers.contec import LIVE, pack
from kiosk.devices.events import DeviceReadings
from kiosk.devices.simulator import DeviceSimulator, record

CHUNK = 4096


def stream(name: str) -> bytes:
    driver = registry.get(name)
    out = bytearray()
    for variant, _ in driver.simulators:
        sim = driver.new_simulator(variant=variant)
        out += sim.receive(b"".join(driver.open_requests))
        out += record(sim, 5.0)
        if driver.poll:
            for _ in range(20):
                out += sim.receive(b"".join(driver.poll[1]))
    return bytes(out)


def throughput(megabytes: float) -> None:
    print(f"{'driver':<22} {'MB/s':>7} {'frames/s':>10}")
    for name in registry.DRIVERS:
        sample = stream(name)
        data = sample * max(1, int(megabytes * 1e6 / len(sample)))
        parser = registry.get(name).new_parser()
        started = time.perf_counter()
        for i in range(0, len(data), CHUNK):
            parser.feed(data[i : i + CHUNK])
            parser.take_replies()
        elapsed = time.perf_counter() - started
        rate = len(data) / elapsed / 1e6
        print(f"{name:<22} {rate:7.2f} {parser.stats.frames / elapsed:10.0f}")


class Probe(DeviceSimulator):
    """A Contec oximeter that sends one packet every 50 ms; its pulse value (40-199)
    is a tag for the moment of writing."""

    driver = "contec-cms50d"

    def __init__(self, scenario: str = "normal", seed: int = 0) -> None:
        super().__init__(scenario, seed)
        self.sent: dict[int, float] = {}
        self.next_at = 0.0
        self.tag = 40

    def _produce(self, start: float, end: float) -> bytes:
        if end < self.next_at:
            return b""
        self.next_at = end + 0.05
        self.tag = 40 if self.tag >= 199 else self.tag + 1
        self.sent[self.tag] = time.monotonic()
        return pack(LIVE, [0x04, 0x20, 0x12, self.tag, 97, 0xFF, 0xFF])


def latency(seconds: float) -> None:
    from PySide6.QtCore import QTimer

    from kiosk import config
    from kiosk.app import application, build, shutdown
    from kiosk.devices.pty import PtyDevice
    from kiosk.domain.patient import PatientForm
    from kiosk.ui.encounter import EncounterScreen

    app = application()
    cfg = config.load(home=Path(tempfile.mkdtemp(prefix="hwc-bench-")), environ={})
    window, ctx = build(cfg)
    ctx.cho = ctx.clinic.accounts.create("bench", "Bench CHO", "1357", check_pin=False)
    patient = ctx.clinic.patients.register(
        PatientForm(name="Bench Patient", sex="female", age_years="40"), ctx.cho.id
    )
    enc = ctx.clinic.encounters.open(patient.id, ctx.cho.id)
    window.resize(1366, 768)
    window.show()
    window.open_encounter(enc.id)
    screen = window.current_screen
    assert isinstance(screen, EncounterScreen)
    screen.devices.auto.setChecked(False)
    probe = Probe()
    device = PtyDevice(probe).start()
    assert ctx.devices is not None
    ctx.devices.attach(device.path, "contec-cms50d", "bench-oximeter")
    delays: list[float] = []

    def shown(batch: DeviceReadings) -> None:  # runs after the panel's own slot
        card = screen.devices.cards.get("bench-oximeter")
        if card is None or "pulse_rate" not in card.values:
            return
        text = card.values["pulse_rate"][0].text().split()[0]
        sent = probe.sent.pop(int(text), None)
        if sent is not None:
            delays.append(time.monotonic() - sent)

    ctx.bridge.events.vitals_readings.connect(shown)
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    device.stop()
    window.close()
    shutdown(ctx)
    delays.sort()
    cut = int(len(delays) * 0.95)
    print(
        f"bytes to screen: {len(delays)} readings, p50 {statistics.median(delays) * 1000:.1f} ms,"
        f" p95 {delays[cut] * 1000:.1f} ms, max {delays[-1] * 1000:.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=2.0)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    throughput(args.megabytes)
    latency(args.seconds)


if __name__ == "__main__":
    main()
