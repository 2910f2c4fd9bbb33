"""Parsing for devices that send text lines: split on line ends, hand each whole line
to the protocol, and drop what is too long to be a line of it."""

from __future__ import annotations

from abc import abstractmethod
from typing import ClassVar

from kiosk.devices.parser import Parser


class LineParser(Parser):
    max_line: ClassVar[int] = 512
    # Line ends: LF, or CR alone for devices that end lines with CR only.
    ends: ClassVar[bytes] = b"\n"

    def _parse(self, buf: bytearray) -> int:
        i, n = 0, len(buf)
        while i < n:
            end = min((p for p in (buf.find(e, i) for e in self.ends) if p >= 0), default=-1)
            if end < 0:
                if n - i > self.max_line:
                    self.stats.drop(n - i)
                    return n
                break
            raw = bytes(buf[i : end + 1])
            text = raw.rstrip(b"\r\n")
            if text.strip() and (len(raw) > self.max_line or not self._line(text, raw)):
                self.stats.drop(len(raw))
            elif text.strip():
                self.stats.accept(len(raw))
            i = end + 1
        return i

    @abstractmethod
    def _line(self, text: bytes, raw: bytes) -> bool:
        """Decode one line (without its line end); return False if it is not a valid one."""
