"""A font and a keyboard for every script the kiosk speaks: what ``kiosk doctor`` says
and what the installer sets up for IBus."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.commands import doctor_languages
from kiosk.config import KioskConfig, load
from kiosk.domain import languages
from kiosk.provision import typing_setup
from kiosk.provision.plan import ProvisioningError, parse
from kiosk.rx.fonts import FontMissingError


def _cfg(tmp_path: Path, language: str = "te", enabled: str = "te, ta, en") -> KioskConfig:
    return KioskConfig(home=tmp_path, language=language, languages=enabled)


def test_the_kiosk_language_is_always_enabled_and_unknown_codes_refused(tmp_path: Path) -> None:
    assert _cfg(tmp_path, "hi", "te, ta").enabled_languages == ("hi", "te", "ta")
    assert _cfg(tmp_path, "te", "").enabled_languages == languages.CODES
    (tmp_path / "kiosk.toml").write_text('language = "te"\nlanguages = "te, xx"\n')
    with pytest.raises(ValueError, match="unknown language 'xx'"):
        load(home=tmp_path, environ={})
    (tmp_path / "kiosk.toml").write_text('language = "tamil"\n')
    with pytest.raises(ValueError, match="must be one of en, hi, te"):
        load(home=tmp_path, environ={})


def test_every_script_has_its_font(tmp_path: Path) -> None:
    result = doctor_languages.script_fonts(_cfg(tmp_path, "hi", ""))
    assert result.status == "ok"
    for script in ("Devanagari", "Telugu", "Bengali", "Tamil", "Malayalam", "Gurmukhi"):
        assert script in result.detail


def test_odia_needs_lohit_odia_regular_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str]] = []
    real = doctor_languages.find_font

    def find(family: str, style: str) -> Path:
        asked.append((family, style))
        return real(family, style)

    monkeypatch.setattr(doctor_languages, "find_font", find)
    result = doctor_languages.script_fonts(_cfg(tmp_path, "or", "or"))
    assert result.status == "ok" and "Oriya (Lohit Odia)" in result.detail
    assert ("Lohit Odia", "Regular") in asked and ("Lohit Odia", "Bold") not in asked
    assert ("Noto Sans", "Bold") in asked

    def missing(family: str, style: str) -> Path:
        if family == "Lohit Odia":
            raise FontMissingError(family)
        return real(family, style)

    monkeypatch.setattr(doctor_languages, "find_font", missing)
    result = doctor_languages.script_fonts(_cfg(tmp_path, "or", "or"))
    assert (result.status, result.detail) == ("fail", "missing: Lohit Odia")
    assert result.hint == "install the fonts: apt install fonts-lohit-orya"


def test_a_missing_keyboard_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    m17n = tmp_path / "m17n"
    m17n.mkdir()
    (m17n / "te-itrans.mim").write_text("")
    (tmp_path / "m17n.xml").write_text("")
    monkeypatch.setattr(doctor_languages, "M17N_DIR", m17n)
    monkeypatch.setattr(doctor_languages, "M17N_COMPONENT", tmp_path / "m17n.xml")
    monkeypatch.delenv("QT_IM_MODULE", raising=False)
    monkeypatch.setattr(doctor_languages.shutil, "which", lambda tool: f"/usr/bin/{tool}")
    monkeypatch.setattr(doctor_languages, "_preloaded", lambda: ["xkb:us::eng", "m17n:te:itrans"])
    result = doctor_languages.input_methods(_cfg(tmp_path))
    assert (result.status, result.detail) == ("fail", "no keyboard for Tamil")
    (m17n / "ta-tamil99.mim").write_text("")
    result = doctor_languages.input_methods(_cfg(tmp_path))
    assert result.status == "warn" and result.detail == (
        "keyboards missing: m17n:ta:inscript2, m17n:ta:itrans, m17n:te:inscript2"
    )
    for name in ("ta-inscript2", "ta-itrans", "te-inscript2"):
        (m17n / f"{name}.mim").write_text("")
    result = doctor_languages.input_methods(_cfg(tmp_path))
    assert result.status == "warn" and "not set to offer Tamil" in result.detail
    monkeypatch.setattr(
        doctor_languages, "_preloaded", lambda: typing_setup.engines(("te", "ta", "en"))
    )
    assert doctor_languages.input_methods(_cfg(tmp_path)).status == "ok"
    monkeypatch.setattr(doctor_languages.shutil, "which", lambda tool: None)
    result = doctor_languages.input_methods(_cfg(tmp_path))
    assert result.status == "fail" and "IBus is not installed" in result.detail
    assert doctor_languages.input_methods(_cfg(tmp_path, "en", "en")).status == "ok"


def test_what_typing_in_a_real_session_needed_is_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt's IBus plugin, ibus-m17n's component and Qt asked for IBus: without any one
    of them, the IBus test (tests/test_ibus_typing.py) types Latin letters."""
    monkeypatch.setattr(doctor_languages.shutil, "which", lambda tool: f"/usr/bin/{tool}")
    monkeypatch.setattr(doctor_languages, "_preloaded", lambda: typing_setup.engines(("te",)))
    monkeypatch.delenv("QT_IM_MODULE", raising=False)
    cfg = _cfg(tmp_path, "te", "te")
    assert doctor_languages.input_methods(cfg).status == "ok"  # this machine has them all
    monkeypatch.setenv("QT_IM_MODULE", "xim")
    result = doctor_languages.input_methods(cfg)
    assert result.status == "warn" and "'xim'" in result.detail
    monkeypatch.setenv("QT_IM_MODULE", "ibus")
    monkeypatch.setattr(doctor_languages, "M17N_COMPONENT", tmp_path / "none.xml")
    result = doctor_languages.input_methods(cfg)
    assert (result.status, result.detail) == ("fail", "IBus has no m17n keyboards")
    monkeypatch.setattr(doctor_languages, "QT_IBUS_PLUGIN", "no/such/plugin.so")
    result = doctor_languages.input_methods(cfg)
    assert result.status == "fail" and "Qt's IBus plugin is missing" in result.detail


def test_every_keyboard_the_registry_names_is_in_debians_m17n() -> None:
    # m17n-db is in installer/debian-packages.txt, which setup-system installs
    for lang in languages.LANGUAGES.values():
        for engine in lang.input_methods:
            path = doctor_languages._engine_file(engine)
            assert path is None or path.exists(), engine


def test_the_installer_offers_english_first_then_each_language() -> None:
    assert typing_setup.engines(("hi", "mr")) == [
        "xkb:us::eng", "m17n:hi:itrans", "m17n:hi:inscript2", "m17n:mr:itrans",
        "m17n:mr:inscript2",
    ]  # fmt: skip


def test_the_provisioning_file_takes_every_language() -> None:
    text = '[kiosk]\nspoke_id = "hwc-1"\nlanguage = "kn"\nlanguages = "kn, en"\n'
    assert parse(text + '[terminal]\nuser = "cho"\n').kiosk["language"] == "kn"
    with pytest.raises(ProvisioningError, match="language must be one of"):
        parse('[kiosk]\nspoke_id = "hwc-1"\nlanguage = "kannada"\n[terminal]\nuser = "cho"\n')
    with pytest.raises(ProvisioningError, match="unknown language 'xx'"):
        parse('[kiosk]\nspoke_id = "hwc-1"\nlanguages = "xx"\n[terminal]\nuser = "cho"\n')
