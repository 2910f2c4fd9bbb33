"""Every parser, fed random and mutated bytes: no exception, nothing impossible out, and
the same readings however the stream is cut into pieces."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.devices import registry
from kiosk.devices.driver import Driver
from kiosk.devices.readings import BP_KINDS, KINDS, Reading
from kiosk.devices.simulator import DeviceSimulator, record
from kiosk.domain.vitals import MEASURES

FUZZ_BYTES = 100_000
NAMES = sorted(registry.DRIVERS)


def conversation(driver: Driver, sim: DeviceSimulator, first: bytes) -> bytes:
    """What the device answers to ``first`` and to whatever the parser asks next (a
    device whose parser leads the conversation, as the OneTouch Ultra Easy's does)."""
    parser = driver.new_parser()
    out = bytearray()
    answer = sim.receive(first)
    for _ in range(200):
        if not answer:
            break
        out += answer
        parser.feed(answer)
        answer = b"".join(sim.receive(reply) for reply in parser.take_replies())
    return bytes(out)


def sample_stream(driver: Driver, seconds: float = 4.0) -> bytes:
    """What the device sends, including its answers to the kiosk's requests."""
    out = bytearray()
    for variant, _ in driver.simulators:
        sim = driver.new_simulator(variant=variant)
        out += conversation(driver, sim, b"".join(driver.open_requests))
        out += record(sim, seconds)
        if driver.poll:
            out += sim.receive(b"".join(driver.poll[1]))
    return bytes(out)


def mutate(data: bytes, rng: random.Random, count: int) -> bytes:
    out = bytearray(data)
    for _ in range(count):
        roll = rng.random()
        at = rng.randrange(len(out) or 1)
        if roll < 0.4 and out:
            out[at] = rng.randrange(256)
        elif roll < 0.6 and out:
            del out[at : at + rng.randrange(1, 12)]
        elif roll < 0.8:
            out[at:at] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 8)))
        else:
            piece = out[rng.randrange(len(out) or 1) :][: rng.randrange(1, 40)]
            out[at:at] = piece
    return bytes(out)


def check_plausible(readings: list[Reading]) -> None:
    for reading in readings:
        if reading.is_waveform:
            assert 0 <= reading.value <= 65535
            continue
        assert reading.kind in KINDS
        measure = MEASURES[reading.kind]
        assert measure.low <= reading.value <= measure.high, reading
        assert reading.unit == measure.unit
    by_frame: dict[bytes, dict[str, float]] = {}
    for reading in readings:
        if reading.kind in BP_KINDS:
            by_frame.setdefault(reading.raw, {})[reading.kind] = reading.value
    for parts in by_frame.values():
        if "bp_systolic" in parts and "bp_diastolic" in parts:
            assert parts["bp_systolic"] > parts["bp_diastolic"]


def feed_randomly(driver: Driver, data: bytes, rng: random.Random) -> list[Reading]:
    parser = driver.new_parser()
    out: list[Reading] = []
    i = 0
    while i < len(data):
        size = rng.choice((1, 2, 3, 7, 64, 500, 4096))
        out += parser.feed(data[i : i + size])
        i += size
        parser.take_replies()
    assert len(parser._buf) <= parser.max_pending
    return out


@pytest.mark.parametrize("name", NAMES)
def test_random_bytes(name: str) -> None:
    rng = random.Random(name)
    driver = registry.get(name)
    data = rng.randbytes(FUZZ_BYTES)
    check_plausible(feed_randomly(driver, data, rng))


@pytest.mark.parametrize("name", NAMES)
def test_mutated_streams(name: str) -> None:
    rng = random.Random(f"mutated {name}")
    driver = registry.get(name)
    stream = sample_stream(driver)
    total = 0
    good = 0
    while total < FUZZ_BYTES:
        data = mutate(stream, rng, rng.randrange(1, 30))
        readings = feed_randomly(driver, data, rng)
        check_plausible(readings)
        good += len(readings)
        total += len(data)
    assert good > 0  # mutation leaves most frames whole: the parser still reads them


@pytest.mark.parametrize("name", NAMES)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cuts=st.lists(st.integers(min_value=0, max_value=5000), max_size=12))
def test_any_split_decodes_the_same(name: str, cuts: list[int]) -> None:
    driver = registry.get(name)
    data = sample_stream(driver, seconds=2.0)
    whole = driver.new_parser().feed(data)
    parser = driver.new_parser()
    pieces: list[Reading] = []
    start = 0
    for cut in [*sorted({min(c, len(data)) for c in cuts}), len(data)]:
        pieces += parser.feed(data[start:cut])
        start = max(start, cut)
    assert pieces == whole
    assert whole, f"{name}: the simulator's stream decodes to nothing"
