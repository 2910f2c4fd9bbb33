"""``kiosk consult test-call``: check the camera, the microphone and the link to the hub
with a call to its echo room. Figures only; nothing about patients."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

from kiosk.commands.common import home_option, load_config, print_json


def _camera_factory(cfg: Any) -> Any:
    from kiosk.devices.camera import CAMERA_SETTING, Camera, Cameras
    from kiosk.store.settings import Settings
    from kiosk.store.store import Store

    with Store(cfg.db_path) as store:
        chosen = Settings(store).get(CAMERA_SETTING)
    cameras = Cameras()
    choice = chosen or next((c.id for c in cameras.choices()), "0")
    return lambda: Camera(lambda: cameras.open(choice))


def _test_call(args: argparse.Namespace) -> int:
    from kiosk.rtc.testcall import TestCallError, file_camera_factory, test_call
    from kiosk.sync import enrollment

    cfg = load_config(args)
    enrolled = enrollment.load(cfg.home)
    if enrolled is None:
        print(
            "kiosk consult: this kiosk is not enrolled; run 'kiosk enroll' first", file=sys.stderr
        )
        return 2
    hub = args.hub or cfg.hub_url or enrolled.hub_url
    video = Path(args.video) if args.video else None
    if video is not None and not video.is_file():
        print(f"kiosk consult: no video file {video}", file=sys.stderr)
        return 2
    cameras = file_camera_factory(video) if video is not None else _camera_factory(cfg)

    def say(text: str) -> None:
        if not args.json:
            print(text, file=sys.stderr)

    try:
        figures, problems = asyncio.run(
            test_call(
                hub, enrolled.token, args.seconds, cameras, args.microphone, args.speaker, say
            )
        )
    except TestCallError as error:
        print(f"kiosk consult: {error}", file=sys.stderr)
        return 1
    if args.json:
        print_json({**figures.as_dict(), "problems": problems})
        return 0
    rows = [
        ("sent", f"{figures.sent_fps} fps, {figures.sent_resolution}, {figures.sent_kbps} kbit/s"),
        (
            "received",
            f"{figures.received_fps} fps, {figures.received_resolution or '-'}, "
            f"{figures.received_kbps} kbit/s, "
            f"{figures.audio_packets_per_s} audio packets/s",
        ),
        ("round trip", f"{figures.rtt_ms} ms" if figures.rtt_ms is not None else "-"),
        ("loss", f"sent {_pct(figures.loss_sent)}, received {_pct(figures.loss_received)}"),
        ("audio only", "yes (the link is too weak for video)" if figures.audio_only else "no"),
    ]
    for name, text in rows:
        print(f"{name:<12}{text}")
    for problem in problems:
        print(f"problem     {problem}")
    return 0


def _devices(args: argparse.Namespace) -> int:
    """The sound devices ALSA knows, and the ones the kiosk uses (set with the options)."""
    from kiosk.rtc.sound import DEFAULT, INPUT_SETTING, OUTPUT_SETTING, alsa_devices
    from kiosk.store.settings import Settings
    from kiosk.store.store import Store

    cfg = load_config(args)
    with Store(cfg.db_path) as store:
        settings = Settings(store)
        for key, value in ((INPUT_SETTING, args.microphone), (OUTPUT_SETTING, args.speaker)):
            if value is not None:
                settings.set(key, value)
        chosen = {
            "microphone": settings.get(INPUT_SETTING) or DEFAULT,
            "speaker": settings.get(OUTPUT_SETTING) or DEFAULT,
        }
    devices = alsa_devices()
    if args.json:
        print_json({**chosen, "devices": [d.__dict__ for d in devices]})
        return 0
    print(f"microphone  {chosen['microphone']}")
    print(f"speaker     {chosen['speaker']}")
    for d in devices:
        kinds = "/".join(k for k, on in (("capture", d.capture), ("playback", d.playback)) if on)
        print(f"{d.id:<10}  {kinds:<16}  {d.name}")
    if not devices:
        print("no sound card found: calls go on without sound until one is connected")
    return 0


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def register(subparsers: Any) -> None:
    consult = subparsers.add_parser("consult", help="video consults")
    sub = consult.add_subparsers(dest="consult_command", required=True, metavar="ACTION")
    call = sub.add_parser(
        "test-call", parents=[home_option()], help="a test call to the hub's echo room"
    )
    call.add_argument("--hub", help="hub URL (default: the one this kiosk enrolled with)")
    call.add_argument("--video", help="send this video file instead of the webcam")
    call.add_argument("--seconds", type=float, default=10.0, help="how long to measure")
    call.add_argument("--microphone", default="default",
                      help="ALSA device, file:PATH or none (default: default)")  # fmt: skip
    call.add_argument("--speaker", default="none",
                      help="ALSA device, file:PATH or none (default: none)")  # fmt: skip
    call.add_argument("--json", action="store_true", help="figures as JSON")
    call.set_defaults(handler=_test_call)
    devices = sub.add_parser(
        "devices", parents=[home_option()], help="sound devices for calls, and the ones chosen"
    )
    devices.add_argument("--microphone", help="use this ALSA device (or file:PATH, none)")
    devices.add_argument("--speaker", help="use this ALSA device (or file:PATH, none)")
    devices.add_argument("--json", action="store_true")
    devices.set_defaults(handler=_devices)
