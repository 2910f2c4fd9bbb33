"""Helpers for the device tests: scripted byte exchanges, waiting, and stream tools."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from kiosk.devices.parser import Parser
from kiosk.devices.readings import Reading

# Real devices' bytes, published by other projects (see the README there).
RECORDINGS = Path(__file__).parent / "devices" / "recordings"


def contec_recording() -> bytes:
    return hex_recording("contec/cms50e-live.hex")


def hex_recording(name: str) -> bytes:
    """A recording kept as hexadecimal text; ``#`` starts a comment."""
    text = (RECORDINGS / name).read_text(encoding="ascii")
    lines = (line.split("#", 1)[0] for line in text.splitlines())
    return bytes.fromhex("".join("".join(lines).split()))


def exchanges(name: str) -> list[tuple[bytes, bytes]]:
    """A recorded conversation: (what the host sent, what the device answered) a line."""
    out = []
    for line in (RECORDINGS / name).read_text(encoding="ascii").splitlines():
        if line.strip() and not line.startswith("#"):
            sent, _, answer = line.partition("->")
            out.append((bytes.fromhex(sent), bytes.fromhex(answer)))
    return out


def numbers(readings: list[Reading]) -> list[tuple[str, float]]:
    return [(r.kind, r.value) for r in readings if not r.is_waveform]


def feed_in_pieces(parser: Parser, data: bytes, sizes: list[int]) -> list[Reading]:
    out: list[Reading] = []
    i = 0
    k = 0
    while i < len(data):
        size = sizes[k % len(sizes)] if sizes else 1
        out += parser.feed(data[i : i + size])
        i += max(size, 1)
        k += 1
    return out


def wait_for(condition: Callable[[], bool], timeout: float = 5.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.01)
    raise AssertionError(f"timed out waiting for {what or condition}")


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class ScriptedPort:
    """A port that expects exactly these writes, in this order, and answers each with
    its scripted reply; anything unexpected, and anything left unused, fails the test
    (the idea of pymeasure's ``expected_protocol``). Each empty read (and, with
    ``trickle``, every read) moves the fake clock on by ``tick`` seconds, and ``stop``
    is called once the script is done and ``linger`` more seconds have passed, so
    nothing else may be sent meanwhile."""

    def __init__(
        self,
        script: list[tuple[bytes | None, bytes]],
        clock: FakeMonotonic,
        stop: Callable[[], None],
        tick: float = 0.05,
        linger: float = 1.0,
        trickle: int | None = None,
    ) -> None:
        self.script = list(script)
        self.clock = clock
        self.stop = stop
        self.tick = tick
        self.linger = linger
        self.trickle = trickle  # bytes per read, for a device that streams as time passes
        self.incoming = bytearray()
        self.problems: list[str] = []
        self.done_at: float | None = None
        self._pump()

    def _pump(self) -> None:
        while self.script and self.script[0][0] is None:
            self.incoming += self.script.pop(0)[1]
        if not self.script and self.done_at is None:
            self.done_at = self.clock.now

    @property
    def in_waiting(self) -> int:
        return min(len(self.incoming), self.trickle or len(self.incoming))

    def write(self, data: bytes) -> int:
        expected = self.script[0][0] if self.script else None
        if expected is None or data != expected:
            self.problems.append(f"unexpected write {data!r} (expected {expected!r})")
            self.stop()
            return len(data)
        self.incoming += self.script.pop(0)[1]
        self._pump()
        return len(data)

    def read(self, size: int = 1) -> bytes:
        if self.incoming:
            size = min(size, self.trickle or size)
            out = bytes(self.incoming[:size])
            del self.incoming[:size]
            if self.trickle:
                self.clock.now += self.tick
            return out
        self.clock.now += self.tick
        if self.done_at is not None and self.clock.now - self.done_at >= self.linger:
            self.stop()
        return b""

    def reset_input_buffer(self) -> None:
        self.incoming.clear()

    def close(self) -> None:
        pass

    def unused(self) -> list[bytes | None]:
        return [w for w, _ in self.script]
