"""The recovery key on screen: shown to the first administrator after the kiosk made its
data key (at first-run setup, and at an administrator's sign-in until confirmed), never
to a CHO; confirmed only with the right last group; not shown again after that."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.domain.accounts import Role
from kiosk.store import keys
from kiosk.store.clinic import Clinic
from kiosk.ui.context import Context
from kiosk.ui.home import HomeScreen
from kiosk.ui.login import LoginScreen, SetupScreen
from kiosk.ui.main_window import MainWindow
from kiosk.ui.recovery_key import RecoveryKeyScreen
from tests.conftest import kiosk_window


@pytest.fixture
def kiosk(qtbot: QtBot, clinic: Clinic, tmp_path: Path) -> Iterator[tuple[MainWindow, Context]]:
    with kiosk_window(qtbot, clinic, tmp_path) as opened:
        yield opened


def _settle(qtbot: QtBot, ctx: Context) -> None:
    qtbot.waitUntil(lambda: ctx.bridge.pending == 0, timeout=10_000)


def _sign_in(qtbot: QtBot, window: MainWindow, ctx: Context, username: str) -> None:
    window.start()
    qtbot.waitUntil(lambda: isinstance(window.current_screen, LoginScreen))
    login = window.current_screen
    assert isinstance(login, LoginScreen)
    qtbot.waitUntil(lambda: bool(login.account_group.buttons()))
    login.select(username)
    assert login.selected_username() == username
    qtbot.keyClicks(login.pin, "2580")
    qtbot.keyClick(login.pin, Qt.Key.Key_Return)
    _settle(qtbot, ctx)


def _sign_in_again(qtbot: QtBot, window: MainWindow, ctx: Context, username: str) -> None:
    """After the lock: the sign-in screen again, someone else or the same one."""
    qtbot.waitUntil(lambda: isinstance(window.current_screen, LoginScreen))
    login = window.current_screen
    assert isinstance(login, LoginScreen)
    qtbot.waitUntil(lambda: bool(login.account_group.buttons()))
    login.select(username)
    assert login.selected_username() == username
    qtbot.keyClicks(login.pin, "2580")
    qtbot.keyClick(login.pin, Qt.Key.Key_Return)
    _settle(qtbot, ctx)


def _confirm(qtbot: QtBot, screen: RecoveryKeyScreen, ctx: Context, typed: str) -> None:
    screen.last_group.set_text(typed)
    qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, ctx)


def test_first_setup_shows_the_key_once_and_needs_its_last_group(
    qtbot: QtBot, kiosk: tuple[MainWindow, Context], tmp_path: Path
) -> None:
    window, ctx = kiosk
    window.start()
    qtbot.waitUntil(lambda: isinstance(window.current_screen, SetupScreen))
    setup = window.current_screen
    assert isinstance(setup, SetupScreen)
    setup.full_name.set_text("Kavita Sharma")
    setup.username.set_text("kavita")
    setup.pin.set_text("2580")
    setup.pin_again.set_text("2580")
    setup.submit()
    _settle(qtbot, ctx)
    screen = window.current_screen
    assert isinstance(screen, RecoveryKeyScreen)
    wanted = keys.recovery_key(tmp_path, mark_shown=False)
    assert "-".join(g.text() for g in screen.group_labels) == wanted
    assert len(screen.group_labels) == 13

    first = wanted.split("-")[0]
    _confirm(qtbot, screen, ctx, first)  # a group, but not the last one
    assert window.current_screen is screen and screen.last_group.error.isVisible()
    assert "not the last group" in screen.last_group.error.text()
    ring = keys.read_keyring(tmp_path)
    assert ring is not None and not ring.data.get("recovery_confirmed_at")

    _confirm(qtbot, screen, ctx, wanted.split("-")[-1].lower())
    assert isinstance(window.current_screen, HomeScreen)
    ring = keys.read_keyring(tmp_path)
    assert ring is not None and ring.data.get("recovery_confirmed_at")

    window.lock()  # signed in again: straight home, the key is not shown again
    _sign_in_again(qtbot, window, ctx, "kavita")
    assert isinstance(window.current_screen, HomeScreen)


def test_an_unconfirmed_key_comes_back_for_an_administrator_but_never_for_a_cho(
    qtbot: QtBot, kiosk: tuple[MainWindow, Context], clinic: Clinic, tmp_path: Path
) -> None:
    clinic.accounts.create("asha", "Asha Verma", "2580", role=Role.ADMIN)
    clinic.accounts.create("sunita", "Sunita Devi", "2580")
    window, ctx = kiosk
    _sign_in(qtbot, window, ctx, "sunita")
    assert isinstance(window.current_screen, HomeScreen)  # a CHO: no key on screen
    window.lock()
    _sign_in_again(qtbot, window, ctx, "asha")
    assert isinstance(window.current_screen, RecoveryKeyScreen)
    qtbot.mouseClick(window.home_button, Qt.MouseButton.LeftButton)  # not written down yet
    assert isinstance(window.current_screen, HomeScreen)
    window.lock()
    _sign_in_again(qtbot, window, ctx, "sunita")
    assert isinstance(window.current_screen, HomeScreen)
    window.lock()
    _sign_in_again(qtbot, window, ctx, "asha")
    screen = window.current_screen
    assert isinstance(screen, RecoveryKeyScreen)  # still not confirmed: shown again
    _confirm(qtbot, screen, ctx, keys.recovery_key(tmp_path, mark_shown=False)[-4:])
    assert isinstance(window.current_screen, HomeScreen)
    window.lock()
    _sign_in_again(qtbot, window, ctx, "asha")
    assert isinstance(window.current_screen, HomeScreen)
