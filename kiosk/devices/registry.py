"""Driver name -> driver, imported only when asked for.

Each driver lives in its own module; a driver whose module fails to import (a missing
library, a bug) is reported as unavailable while every other driver still works.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass

from kiosk.devices.driver import Driver

log = logging.getLogger("kiosk.devices")

DRIVERS: dict[str, str] = {
    "contec-cms50d": "kiosk.devices.drivers.contec:ContecCms50d",
    "contec-cms50d-legacy": "kiosk.devices.drivers.contec:ContecCms50dLegacy",
    "nonin-oem3": "kiosk.devices.drivers.nonin:NoninOem3",
    "masimo-ascii": "kiosk.devices.drivers.masimo:MasimoAscii",
    "ad-scale": "kiosk.devices.drivers.scale:AdScale",
    "onetouch-ultra2": "kiosk.devices.drivers.onetouch:OneTouchUltra2",
    "onetouch-ultra-easy": "kiosk.devices.drivers.onetouch_easy:OneTouchUltraEasy",
    "taidoc": "kiosk.devices.drivers.taidoc:Taidoc",
    "ivy-ansarb": "kiosk.devices.drivers.ivy:IvyAnsarB",
    "hl7-mllp": "kiosk.devices.drivers.hl7mllp:Hl7Mllp",
}


class UnknownDriverError(KeyError):
    pass


class DriverUnavailableError(RuntimeError):
    """The driver exists but its module could not be loaded on this kiosk."""


@dataclass(frozen=True)
class Available:
    name: str
    driver: Driver | None
    problem: str = ""


_loaded: dict[str, Driver] = {}


def get(name: str, table: dict[str, str] | None = None) -> Driver:
    table = DRIVERS if table is None else table
    if name not in table:
        raise UnknownDriverError(name)
    if table is DRIVERS and name in _loaded:
        return _loaded[name]
    module_name, _, class_name = table[name].partition(":")
    try:
        driver: Driver = getattr(importlib.import_module(module_name), class_name)()
    except Exception as error:
        raise DriverUnavailableError(f"{name}: {type(error).__name__}: {error}") from error
    if table is DRIVERS:
        _loaded[name] = driver
    return driver


def available(table: dict[str, str] | None = None) -> list[Available]:
    """Every registered driver, loaded or with the reason it could not be."""
    table = DRIVERS if table is None else table
    out = []
    for name in table:
        try:
            out.append(Available(name, get(name, table)))
        except DriverUnavailableError as error:
            log.error("driver unavailable: %s", error)
            out.append(Available(name, None, str(error)))
    return out


def loaded(table: dict[str, str] | None = None) -> list[Driver]:
    """Every driver that could be loaded (those that could not are logged)."""
    return [a.driver for a in available(table) if a.driver is not None]
