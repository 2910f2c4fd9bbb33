"""Which driver speaks on an unknown port?

USB vendor/product ids only narrow the candidates (the same bridge chips sit in many
devices). Then the port is opened with each candidate's line settings, the read-only
requests of the candidates sharing those settings are sent, and what comes back is fed
to each candidate's parser: the driver whose parser accepts the largest share of the
bytes, with at least a few whole frames, wins.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kiosk.devices.driver import Driver
from kiosk.devices.link import READ_TIMEOUT, Link, OpenPort, PortErrors, open_port

LISTEN_SECONDS = 2.5
MIN_PASS_RATE = 0.8
MIN_FRAMES = 2


@dataclass(frozen=True)
class Score:
    driver: str
    pass_rate: float
    frames: int

    @property
    def convincing(self) -> bool:
        return self.frames >= MIN_FRAMES and self.pass_rate >= MIN_PASS_RATE


def candidates(drivers: Iterable[Driver], vid: int | None, pid: int | None) -> list[Driver]:
    """Drivers known to sit behind this USB id; every driver when none is."""
    everyone = list(drivers)
    if vid is None or pid is None:
        return everyone
    narrowed = [d for d in everyone if (vid, pid) in d.usb_ids]
    return narrowed or everyone


def score(driver: Driver, data: bytes) -> Score:
    parser = driver.new_parser()
    parser.feed(data)
    return Score(driver.name, parser.stats.pass_rate, parser.stats.frames)


def listen(
    url: str,
    link: Link,
    requests: Sequence[bytes],
    seconds: float,
    opener: OpenPort = open_port,
) -> bytes:
    """Open ``url``, send ``requests`` (already checked as read-only), collect replies."""
    port = opener(url, link, READ_TIMEOUT)
    try:
        port.reset_input_buffer()
        for request in requests:
            port.write(request)
            time.sleep(0.1)
        data = bytearray()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            data += port.read(max(1, port.in_waiting))
        return bytes(data)
    finally:
        port.close()


def probe(
    url: str,
    drivers: Sequence[Driver],
    seconds: float = LISTEN_SECONDS,
    opener: OpenPort = open_port,
) -> list[Score]:
    """Scores of every candidate, best first. A link that cannot be opened scores 0."""
    by_link: dict[Link, list[Driver]] = {}
    for driver in drivers:
        by_link.setdefault(driver.link, []).append(driver)
    scores: list[Score] = []
    for link, group in by_link.items():
        requests = [d.check_command(r) for d in group for r in d.probe()]
        try:
            data = listen(url, link, requests, seconds, opener)
        except PortErrors:
            scores += [Score(d.name, 0.0, 0) for d in group]
            continue
        scores += [score(d, data) for d in group]
    return sorted(scores, key=lambda s: (s.convincing, s.pass_rate, s.frames), reverse=True)


def identify(
    url: str,
    drivers: Sequence[Driver],
    seconds: float = LISTEN_SECONDS,
    opener: OpenPort = open_port,
) -> str | None:
    scores = probe(url, drivers, seconds, opener)
    return scores[0].driver if scores and scores[0].convincing else None
