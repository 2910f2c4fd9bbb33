"""``kiosk devices``: see the serial ports, decode a recording, play a simulated device,
read a live one, and set by hand which driver a port uses."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from serial.tools import list_ports

from kiosk.commands.common import home_option, load_config, print_json
from kiosk.devices import identify, registry
from kiosk.devices.attached import DRIVER_SETTING, AttachedDevices
from kiosk.devices.events import READINGS, STATE, DeviceReadings, DeviceStatus
from kiosk.devices.pty import PtyDevice
from kiosk.devices.readings import ParserStats
from kiosk.devices.simulator import SCENARIOS
from kiosk.devices.watcher import PortSeen, seen
from kiosk.events import EventBus
from kiosk.store.settings import Settings
from kiosk.store.store import Store

CHUNK = 4096
# What a device says about itself that names a person: never printed.
PERSONAL_INFO = frozenset({"user_name"})


def _settings(args: argparse.Namespace) -> tuple[Store, Settings] | None:
    cfg = load_config(args)
    if not cfg.db_path.exists():
        return None
    store = Store(cfg.db_path)
    return store, Settings(store)


def _guess(port: PortSeen) -> list[str]:
    loaded = registry.loaded()
    narrowed = identify.candidates(loaded, port.vid, port.pid)
    return [] if len(narrowed) == len(loaded) else [d.name for d in narrowed]


def _list(args: argparse.Namespace) -> int:
    ports = sorted((seen(p) for p in list_ports.comports()), key=lambda p: p.url)
    opened = _settings(args)
    chosen = opened[1].with_prefix(DRIVER_SETTING) if opened else {}
    if opened:
        opened[0].close()
    rows = []
    for port in ports:
        row: dict[str, Any] = {
            "port": port.url,
            "key": port.key,
            "usb_id": port.usb_id,
            "serial_number": port.serial_number,
            "location": port.location,
            "description": port.description,
            "driver": chosen.get(port.key),
            "candidates": _guess(port),
            "state": "present",
        }
        if args.probe:
            loaded = registry.loaded()
            scores = identify.probe(port.url, identify.candidates(loaded, port.vid, port.pid))
            row["probe"] = [s.__dict__ for s in scores[:3]]
            best = scores[0] if scores else None
            row["identified"] = best.driver if best and best.convincing else None
        rows.append(row)
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("no serial ports found")
    for row in rows:
        driver = (
            row["driver"]
            or row.get("identified")
            or ("guess: " + ", ".join(row["candidates"]) if row["candidates"] else "unknown")
        )
        print(f"{row['port']:<16} {row['usb_id'] or '-':<10} {driver:<30} {row['key']}")
    return 0


def _drivers(args: argparse.Namespace) -> int:
    rows = []
    for item in registry.available():
        d = item.driver
        rows.append(
            {
                "name": item.name,
                "title": d.title if d else "",
                "link": d.link.describe() if d else "",
                "usb_ids": sorted(f"{v:04x}:{p:04x}" for v, p in d.usb_ids) if d else [],
                "available": d is not None,
                "problem": item.problem,
            }
        )
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            state = row["link"] if row["available"] else f"UNAVAILABLE: {row['problem']}"
            print(f"{row['name']:<22} {row['title']:<40} {state}")
    return 0


def read_recording(path: str, as_hex: bool) -> bytes:
    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    if not as_hex:
        return data
    lines = []
    for line in data.decode("ascii", "replace").splitlines():
        line = line.split("#", 1)[0]  # a comment
        lines.append(line.split("->", 1)[-1])  # "sent -> answered": the device's part
    text = re.sub(r"0x", "", "\n".join(lines), flags=re.IGNORECASE)
    return bytes.fromhex(re.sub(r"[\s,:]", "", text))


def _decode(args: argparse.Namespace) -> int:
    try:
        driver = registry.get(args.driver)
    except registry.UnknownDriverError:
        print(
            f"kiosk devices: no driver {args.driver!r}; see 'kiosk devices drivers'",
            file=sys.stderr,
        )
        return 2
    try:
        data = read_recording(args.file, args.hex)
    except (OSError, ValueError) as error:
        print(f"kiosk devices: cannot read {args.file}: {error}", file=sys.stderr)
        return 2
    parser = driver.new_parser()
    readings = 0
    try:
        for start in range(0, len(data), CHUNK):
            for reading in parser.feed(data[start : start + CHUNK]):
                readings += not reading.is_waveform
                if reading.is_waveform and not args.waveform:
                    continue
                sys.stdout.write(json.dumps(reading.to_json()) + "\n")
        sys.stdout.flush()
    except BrokenPipeError:  # the reader (head, less) has had enough
        sys.stdout = Path(os.devnull).open("w")  # noqa: SIM115  (so the exit flush is quiet)
        return 0
    for key, value in sorted(parser.info.items()):
        if key not in PERSONAL_INFO:
            print(f"{driver.name}: {key}: {value}", file=sys.stderr)
    print(summary(driver.name, parser.stats, readings), file=sys.stderr)
    return 0


def summary(name: str, stats: ParserStats, readings: int) -> str:
    """The decode summary: each way a value can fail to become a reading, apart."""
    return (
        f"{name}: {stats.frames} frames accepted, {readings} readings, "
        f"{stats.dropped_bytes} bytes dropped, {stats.resyncs} resyncs, "
        f"{stats.bad_checksums} bad checksums, {stats.no_value} no value, "
        f"{stats.implausible} implausible values, {stats.withheld} withheld"
    )


def _simulate(args: argparse.Namespace) -> int:
    driver = registry.get(args.name)
    sim = driver.new_simulator(args.scenario, args.seed, args.variant)
    device = PtyDevice(sim).start()
    print(device.path, flush=True)
    print(
        f"playing {driver.title} ({args.scenario}) on {device.path}; Ctrl-C stops",
        file=sys.stderr,
        flush=True,
    )
    try:
        _wait(args.seconds, lambda: sim.gone)
    finally:
        device.stop()
    return 0


def _wait(seconds: float, done: Callable[[], bool] = lambda: False) -> None:
    """Until ``seconds`` have passed (0: for ever), ``done()`` says so, or Ctrl-C."""
    deadline = time.monotonic() + seconds if seconds else None
    try:
        while not done() and (deadline is None or time.monotonic() < deadline):
            time.sleep(0.1)
    except KeyboardInterrupt:
        pass


def _read(args: argparse.Namespace) -> int:
    name = args.driver
    if name is None:
        loaded = registry.loaded()
        name = identify.identify(args.port, loaded)
        if name is None:
            print("kiosk devices: no driver recognised the port; give --driver", file=sys.stderr)
            return 1
        print(f"identified as {name}", file=sys.stderr)
    bus = EventBus()
    lock = threading.Lock()

    def show(topic: str, payload: Any) -> None:
        with lock:
            if isinstance(payload, DeviceStatus):
                print(f"state: {payload.state.value} {payload.detail}".rstrip(), file=sys.stderr)
            elif isinstance(payload, DeviceReadings):
                for reading in payload.readings:
                    sys.stdout.write(json.dumps(reading.to_json()) + "\n")
                if args.waveform:
                    for value in payload.pleth:
                        sys.stdout.write(json.dumps({"kind": "pleth", "value": value}) + "\n")
                sys.stdout.flush()

    bus.subscribe(STATE, show)
    bus.subscribe(READINGS, show)
    devices = AttachedDevices(bus)
    devices.attach(args.port, name)
    try:
        _wait(args.seconds)
    finally:
        devices.stop()
    return 0


def _assign(args: argparse.Namespace) -> int:
    if not args.clear and args.driver not in registry.DRIVERS:
        print(f"kiosk devices: no driver {args.driver!r}", file=sys.stderr)
        return 2
    opened = _settings(args)
    if opened is None:
        print("kiosk devices: no kiosk database here yet; start the kiosk once", file=sys.stderr)
        return 1
    store, settings = opened
    key = DRIVER_SETTING + args.key
    try:
        # The same choice again changes nothing (the installer runs this on every run).
        unchanged = settings.get(key) == (None if args.clear else args.driver)
        if unchanged:
            pass
        elif args.clear:
            settings.clear(key)
        else:
            settings.set(key, args.driver)
    finally:
        store.close()
    note = " (unchanged)" if unchanged else ""
    print(f"{args.key}: {'probe again' if args.clear else args.driver}{note}")
    return 0


def register(subparsers: Any) -> None:
    devices = subparsers.add_parser("devices", help="vitals devices on serial ports")
    sub = devices.add_subparsers(dest="devices_command", required=True, metavar="ACTION")

    listing = sub.add_parser("list", parents=[home_option()], help="serial ports and drivers")
    listing.add_argument("--json", action="store_true")
    listing.add_argument(
        "--probe", action="store_true", help="identify each port (read-only requests only)"
    )
    listing.set_defaults(handler=_list)

    drivers = sub.add_parser("drivers", help="the drivers this kiosk has")
    drivers.add_argument("--json", action="store_true")
    drivers.set_defaults(handler=_drivers)

    decode = sub.add_parser("decode", help="decode a recorded byte stream to JSON lines")
    decode.add_argument("--driver", required=True, help="driver name (see 'devices drivers')")
    decode.add_argument("file", help="the recording ('-' reads standard input)")
    decode.add_argument(
        "--hex",
        action="store_true",
        help="the file is hexadecimal text ('#' starts a comment; of 'sent -> answer' "
        "lines only the answer is read)",
    )
    decode.add_argument("--waveform", action="store_true", help="print pleth samples too")
    decode.set_defaults(handler=_decode)

    simulate = sub.add_parser("simulate", help="play a simulated device on a pseudo-terminal")
    simulate.add_argument("name", choices=sorted(registry.DRIVERS))
    simulate.add_argument("--scenario", choices=SCENARIOS, default="normal")
    simulate.add_argument("--variant", help="e.g. format7 for nonin-oem3, bp for taidoc")
    simulate.add_argument("--seed", type=int, default=0)
    simulate.add_argument("--seconds", type=float, default=0, help="stop after (0: never)")
    simulate.set_defaults(handler=_simulate)

    read = sub.add_parser("read", help="live readings from a port as JSON lines")
    read.add_argument("--port", required=True, help="device path or pyserial URL")
    read.add_argument("--driver", help="driver name (default: identify)")
    read.add_argument("--seconds", type=float, default=0, help="stop after (0: never)")
    read.add_argument("--waveform", action="store_true", help="print pleth samples too")
    read.set_defaults(handler=_read)

    assign = sub.add_parser(
        "assign", parents=[home_option()], help="set the driver of a port by hand"
    )
    assign.add_argument("key", help="the port's key, as 'devices list' shows it")
    assign.add_argument("driver", nargs="?", default="", help="driver name")
    assign.add_argument("--clear", action="store_true", help="forget it: identify again")
    assign.set_defaults(handler=_assign)
