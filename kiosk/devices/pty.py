"""Play a simulated device on a pseudo-terminal, so the real driver code reads it exactly
as it reads a serial port. Used by ``kiosk devices simulate``, the demo and the tests.

``link`` names a stable path (like ``/dev/serial/by-id/...``) that points at the
pseudo-terminal while the device is plugged in; ``unplug`` and ``replug`` make it
vanish and come back, as a USB cable does.
"""

from __future__ import annotations

import contextlib
import os
import select
import threading
import time
import tty
from pathlib import Path

from kiosk.devices.simulator import DeviceSimulator

TICK = 1 / 200  # how often the simulated device may speak, in seconds


class PtyDevice:
    def __init__(self, sim: DeviceSimulator, link: Path | None = None) -> None:
        self.sim = sim
        self.link = link
        self.path = ""
        self.written = 0
        self._master = -1
        self._slave = -1
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return str(self.link) if self.link is not None else self.path

    def start(self) -> PtyDevice:
        self._open()
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, name=f"simulator {self.sim.driver}", daemon=True
        )
        self._thread.start()
        return self

    def _open(self) -> None:
        master, slave = os.openpty()
        tty.setraw(slave)  # no echo, no line editing: bytes pass as they are
        os.set_blocking(master, False)
        self._master, self._slave = master, slave
        self.path = os.ttyname(slave)
        if self.link is not None:
            with contextlib.suppress(FileNotFoundError):
                self.link.unlink()
            self.link.symlink_to(self.path)

    def _close(self) -> None:
        with self._lock:
            if self.link is not None:
                with contextlib.suppress(FileNotFoundError):
                    self.link.unlink()
            for fd in (self._master, self._slave):
                if fd >= 0:
                    with contextlib.suppress(OSError):
                        os.close(fd)
            self._master = self._slave = -1

    def unplug(self) -> None:
        """The device vanishes: the pseudo-terminal closes and its path is gone."""
        self.stop()

    def replug(self) -> PtyDevice:
        """The same device comes back (on a new pseudo-terminal)."""
        return self.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(2)
        self._close()

    def _run(self) -> None:
        last = time.monotonic()
        while not self._stop.is_set():
            master = self._master
            if master < 0:
                return
            try:
                ready, _, _ = select.select([master], [], [], TICK)
            except (OSError, ValueError):
                return
            if ready:
                try:
                    data = os.read(master, 4096)
                except BlockingIOError:
                    data = b""
                except OSError:  # nobody has the port open (EIO): nothing to answer
                    data = b""
                if data:
                    self._write(self.sim.receive(data))
            now = time.monotonic()
            self._write(self.sim.advance(now - last))
            last = now
            if self.sim.gone:
                self._close()
                return

    def _write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            try:
                sent = os.write(self._master, view)
            except (BlockingIOError, OSError):
                return  # nobody reads the line: the bytes are lost, as on a real wire
            self.written += sent
            view = view[sent:]
