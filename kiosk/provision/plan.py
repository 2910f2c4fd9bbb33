"""The provisioning file: what district IT writes once per terminal (spoke, hub and
enrollment code, language, printer, device ports, backups), checked whole before the
installer changes anything, so a typo is a clear message and not a half-set-up kiosk.

Its ``[kiosk]`` table becomes the kiosk user's ``kiosk.toml``; the other tables drive
the installer. The enrollment code never goes to ``kiosk.toml`` or the install log.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.config import KioskConfig
from kiosk.devices import registry
from kiosk.domain import languages
from kiosk.domain.clock import DEFAULT_ZONE

# Settings of the kiosk that a provisioning file may give (all but the run-time ones).
KIOSK_SETTINGS = {
    f.name: f.type for f in fields(KioskConfig) if f.name not in ("home", "demo", "extra")
}
SECTIONS = ("kiosk", "enrollment", "terminal", "printer", "devices")
NAME = re.compile(r"^[a-z_][a-z0-9_-]{0,31}$")
PRINTER_NAME = re.compile(r"^[A-Za-z0-9_-]{1,127}$")


class ProvisioningError(ValueError):
    """The provisioning file cannot be used; the message names the setting."""


@dataclass(frozen=True)
class Printer:
    name: str
    uri: str
    model: str = "everywhere"
    default: bool = True


@dataclass(frozen=True)
class Provisioning:
    kiosk: dict[str, Any]
    hub_url: str = ""
    code: str = ""
    label: str = ""
    user: str = ""
    create_user: bool = False
    serial_group: str = "dialout"
    fullscreen: bool = True
    printer: Printer | None = None
    devices: dict[str, str] = field(default_factory=dict)
    backup_passphrase: str = ""

    @property
    def spoke_id(self) -> str:
        return str(self.kiosk["spoke_id"])

    def kiosk_toml(self, passphrase_file: Path | None, chosen: dict[str, str] | None = None) -> str:
        """The kiosk user's ``kiosk.toml``: the ``[kiosk]`` settings, in a stable order,
        with what the installer chose (the key source) where the file names none."""
        values = {**(chosen or {}), **self.kiosk}
        if self.printer is not None:
            values.setdefault("printer", self.printer.name)
        if passphrase_file is not None:
            values["backup_passphrase_file"] = str(passphrase_file)
        lines = ["# Written by the HWC kiosk installer from the provisioning file."]
        lines += ["# Running the installer again rewrites it; change the provisioning file."]
        lines += [f"{key} = {_toml_value(values[key])}" for key in sorted(values)]
        return "\n".join(lines) + "\n"


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def _table(data: dict[str, Any], name: str) -> dict[str, Any]:
    value = data.get(name, {})
    if not isinstance(value, dict):
        raise ProvisioningError(f"[{name}] must be a table")
    return value


def _only(table: dict[str, Any], section: str, allowed: set[str]) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise ProvisioningError(f"[{section}] has unknown settings: {', '.join(unknown)}")


def _kind(section: str, key: str, value: Any, kind: type) -> Any:
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ProvisioningError(f"[{section}] {key} must be a {kind.__name__}, not {value!r}")
    return value


def _kiosk(table: dict[str, Any]) -> dict[str, Any]:
    types = {name: type(getattr(KioskConfig(home=Path()), name)) for name in KIOSK_SETTINGS}
    _only(table, "kiosk", set(types) | {"backup_passphrase"})
    values = {k: _kind("kiosk", k, v, types[k]) for k, v in table.items() if k in types}
    spoke = str(values.get("spoke_id", "")).strip()
    if not spoke or spoke == "unassigned" or not re.fullmatch(r"[A-Za-z0-9._-]{1,64}", spoke):
        raise ProvisioningError("[kiosk] spoke_id is required (letters, digits, . _ -)")
    if not languages.known(values.get("language", "hi")):
        raise ProvisioningError(f"[kiosk] language must be one of {', '.join(languages.CODES)}")
    try:
        languages.parse_list(values.get("languages", ""))
    except ValueError as error:
        raise ProvisioningError(f"[kiosk] languages: {error}") from None
    try:
        ZoneInfo(values.get("timezone", DEFAULT_ZONE))
    except (ZoneInfoNotFoundError, ValueError):
        raise ProvisioningError(f"[kiosk] timezone {values['timezone']!r} is unknown") from None
    if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", values.get("backup_time", "20:00")):
        raise ProvisioningError("[kiosk] backup_time must be HH:MM (24-hour clock)")
    if values.get("backup_keep", 7) < 1:
        raise ProvisioningError("[kiosk] backup_keep must be 1 or more")
    folder = values.get("backup_folder", "")
    if folder and not Path(folder).is_absolute():
        raise ProvisioningError("[kiosk] backup_folder must be an absolute path")
    return values


def _url(value: str, what: str) -> str:
    parts = urlparse(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ProvisioningError(f"{what} must be an http:// or https:// address, not {value!r}")
    return value.rstrip("/")


def _printer(table: dict[str, Any]) -> Printer | None:
    if not table:
        return None
    _only(table, "printer", {"name", "uri", "model", "default"})
    name = str(table.get("name", ""))
    if not PRINTER_NAME.match(name):
        raise ProvisioningError("[printer] name is required (letters, digits, _ and -)")
    uri = str(table.get("uri", ""))
    if ":" not in uri:
        raise ProvisioningError("[printer] uri is required, e.g. usb://HP/LaserJet?serial=...")
    model = str(table.get("model", "everywhere"))
    return Printer(name, uri, model, _kind("printer", "default", table.get("default", True), bool))


def _devices(table: dict[str, Any]) -> dict[str, str]:
    for key, driver in table.items():
        if driver not in registry.DRIVERS:
            known = ", ".join(sorted(registry.DRIVERS))
            raise ProvisioningError(f"[devices] {key}: no driver {driver!r} (known: {known})")
    return {str(k): str(v) for k, v in table.items()}


def parse(text: str) -> Provisioning:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ProvisioningError(f"not valid TOML: {error}") from None
    unknown = sorted(set(data) - set(SECTIONS))
    if unknown:
        raise ProvisioningError(f"unknown sections: {', '.join(unknown)}")
    raw_kiosk = _table(data, "kiosk")
    kiosk = _kiosk(raw_kiosk)
    passphrase = _kind("kiosk", "backup_passphrase", raw_kiosk.get("backup_passphrase", ""), str)
    if passphrase and kiosk.get("backup_passphrase_file"):
        raise ProvisioningError(
            "[kiosk] give backup_passphrase or backup_passphrase_file, not both"
        )
    enrollment = _table(data, "enrollment")
    _only(enrollment, "enrollment", {"hub_url", "code", "label"})
    hub_url = _kind("enrollment", "hub_url", enrollment.get("hub_url", ""), str)
    code = _kind("enrollment", "code", enrollment.get("code", ""), str).strip()
    if code and not hub_url:
        raise ProvisioningError("[enrollment] a code needs the hub_url it is for")
    terminal = _table(data, "terminal")
    _only(terminal, "terminal", {"user", "create_user", "serial_group", "fullscreen"})
    user = _kind("terminal", "user", terminal.get("user", ""), str)
    group = _kind("terminal", "serial_group", terminal.get("serial_group", "dialout"), str)
    for what, value in (("user", user), ("serial_group", group)):
        if value and not NAME.match(value):
            raise ProvisioningError(f"[terminal] {what} {value!r} is not a valid name")
    return Provisioning(
        kiosk=kiosk,
        hub_url=_url(hub_url, "[enrollment] hub_url") if hub_url else "",
        code=code,
        label=_kind("enrollment", "label", enrollment.get("label", ""), str),
        user=user,
        create_user=_kind("terminal", "create_user", terminal.get("create_user", False), bool),
        serial_group=group,
        fullscreen=_kind("terminal", "fullscreen", terminal.get("fullscreen", True), bool),
        printer=_printer(_table(data, "printer")),
        devices=_devices(_table(data, "devices")),
        backup_passphrase=passphrase,
    )


def load(path: Path) -> Provisioning:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ProvisioningError(f"cannot read {path}: {error}") from None
    return parse(text)
