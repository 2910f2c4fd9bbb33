"""The shape every protocol parser has: bytes in, readings out, no I/O at all.

A parser keeps the bytes of an unfinished frame between calls, so a stream cut anywhere
decodes the same as the whole. Parsers drop what does not decode and count it in
``stats``; ``flags`` holds the device's latest status (probe off, searching...), and
``replies`` the bytes a link expects back (HL7 acknowledgements), for the reader to send;
``info`` what the device said about itself (model, serial number, stored sessions...);
``memory`` how far a download of the device's memory has got, for the screen to show.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from kiosk.devices.readings import PLETH, ParserStats, Reading, plausible, plausible_bp
from kiosk.domain.vitals import MEASURES


@dataclass(frozen=True)
class MemoryProgress:
    """A download of the device's memory: records read so far, how many the device
    said it holds (None until it said), and whether it has ended."""

    read: int = 0
    expected: int | None = None
    finished: bool = False

    @property
    def complete(self) -> bool:
        return self.finished and (self.expected is None or self.read >= self.expected)


class Parser(ABC):
    driver: ClassVar[str]
    # More undecoded bytes than this mean the stream is not this protocol: drop them.
    max_pending: ClassVar[int] = 4096

    def __init__(self) -> None:
        self.stats = ParserStats()
        self.flags: frozenset[str] = frozenset()
        self.replies: list[bytes] = []
        self.info: dict[str, str] = {}
        self.memory: MemoryProgress | None = None  # None: no download asked or seen
        self._buf = bytearray()
        self._out: list[Reading] = []

    def feed(self, data: bytes) -> list[Reading]:
        """Decode what ``data`` completes; return the readings in stream order."""
        self._buf += data
        used = self._parse(self._buf)
        if used:
            del self._buf[:used]
        if len(self._buf) > self.max_pending:
            excess = len(self._buf) - self.max_pending
            self.stats.drop(excess)
            del self._buf[:excess]
        out, self._out = self._out, []
        return out

    @abstractmethod
    def _parse(self, buf: bytearray) -> int:
        """Decode the complete frames at the start of ``buf``; return how many bytes were
        used up (decoded or dropped). Bytes of an unfinished frame stay for next time."""

    def take_replies(self) -> list[bytes]:
        out, self.replies = self.replies, []
        return out

    # Helpers for the protocol classes ------------------------------------------------
    def emit(
        self,
        kind: str,
        value: float | None,
        raw: bytes | bytearray,
        *,
        stable: bool = False,
        flags: Iterable[str] | None = None,
        at: datetime | None = None,
    ) -> None:
        """One reading; ``value`` None is the device saying it has none (counted)."""
        if value is None:
            self.stats.no_value += 1
            return
        checked = plausible(kind, value)
        if checked is None:
            self.stats.implausible += 1
            return
        measure = MEASURES[kind]
        self._out.append(
            Reading(
                kind,
                checked,
                measure.unit,
                self.driver,
                measure.loinc,
                stable,
                self.flags if flags is None else frozenset(flags),
                bytes(raw),
                at=at,
            )
        )

    def emit_bp(
        self,
        systolic: float,
        diastolic: float,
        mean: float | None,
        raw: bytes | bytearray,
        *,
        stable: bool = True,
        at: datetime | None = None,
    ) -> None:
        """A blood pressure is all or nothing: each part alone would mislead."""
        parts = plausible_bp(systolic, diastolic, mean)
        if parts is None:
            self.stats.implausible += 1
            return
        for kind, value in parts.items():
            measure = MEASURES[kind]
            self._out.append(
                Reading(
                    kind,
                    value,
                    measure.unit,
                    self.driver,
                    measure.loinc,
                    stable,
                    self.flags,
                    bytes(raw),
                    at=at,
                )
            )

    def emit_pleth(self, value: int, raw: bytes | bytearray) -> None:
        self._out.append(
            Reading(PLETH, float(value), "1", self.driver, None, False, self.flags, bytes(raw))
        )
