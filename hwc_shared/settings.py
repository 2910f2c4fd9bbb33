"""Loading a program's settings, the same way on both sides: the defaults of a frozen
dataclass < a TOML file in the program's home < PREFIX_NAME environment variables < the
command line.

A setting the file names but the program does not know is refused, with the nearest
known name: a misspelt ``hub_ulr`` silently ignored would leave district IT wondering
why the kiosk talks to no hub. (The installer's provisioning file is checked the same way.)
"""

from __future__ import annotations

import dataclasses
import difflib
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

TRUE_WORDS = ("1", "true", "yes", "on")


def _defaults(cls: type[Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            out[f.name] = f.default
        elif f.default_factory is not dataclasses.MISSING:
            out[f.name] = f.default_factory()
    return out


def coerce(name: str, value: Any, default: Any, error: type[Exception]) -> Any:
    """``value`` as the type of the setting's default (text from the environment too)."""
    kind = type(default)
    if kind is bool and isinstance(value, str):
        return value.strip().lower() in TRUE_WORDS
    try:
        return kind(value)
    except (TypeError, ValueError):
        raise error(f"setting {name!r} must be a {kind.__name__}, not {value!r}") from None


def unknown_words(path: Path, key: str, known: list[str]) -> str:
    near = difflib.get_close_matches(key, known, n=1)
    hint = f" (did you mean {near[0]!r}?)" if near else ""
    return f"{path}: unknown setting {key!r}{hint}"


def load_settings(
    cls: type[T],
    *,
    home: Path,
    file_name: str,
    env_prefix: str,
    environ: Mapping[str, str],
    overrides: Mapping[str, Any] | None,
    error: type[Exception],
    start: Mapping[str, Any] | None = None,
) -> T:
    """The settings of ``cls`` (a dataclass whose one required field is ``home``);
    ``start`` holds values that come before the file (the kiosk's enrollment)."""
    defaults = _defaults(cls)
    values: dict[str, Any] = dict(start or {})
    path = home / file_name
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as problem:
            raise error(f"{path} is not valid TOML: {problem}") from None
        for key, value in data.items():
            if key not in defaults:
                raise error(unknown_words(path, key, sorted(defaults)))
            values[key] = coerce(key, value, defaults[key], error)
    for name, default in defaults.items():
        env_value = environ.get(f"{env_prefix}{name.upper()}")
        if env_value is not None:
            values[name] = coerce(name, env_value, default, error)
    for name, value in (overrides or {}).items():
        if value is not None:
            values[name] = coerce(name, value, defaults[name], error)
    build: Callable[..., T] = cls  # a dataclass: keyword arguments, one per setting
    return build(home=home, **values)
