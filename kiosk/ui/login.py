"""Signing in with a PIN, and creating the first account on a new kiosk."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.accounts import Cho, Role
from kiosk.domain.errors import ValidationError, ValidationErrors
from kiosk.store.accounts import LoginResult
from kiosk.store.space import StorageFullError
from kiosk.ui import i18n
from kiosk.ui.context import Context
from kiosk.ui.disk_space import full_disk_text
from kiosk.ui.language_picker import LanguagePicker
from kiosk.ui.widgets import Field, PinPad, button, card, label, local_time


def _language_switch(ctx: Context) -> LanguagePicker:
    switch = LanguagePicker(ctx.config.enabled_languages)
    switch.set_value(i18n.chosen())
    return switch


def _centered(inner: QWidget, width: int) -> QWidget:
    outer = QWidget()
    outer.setObjectName("screen")
    layout = QVBoxLayout(outer)
    layout.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    inner.setFixedWidth(width)
    row.addWidget(inner)
    row.addStretch(1)
    layout.addLayout(row)
    layout.addStretch(1)
    return outer


class LoginScreen(QWidget):
    """Choose your name, type your PIN. Five wrong PINs lock the account for five minutes."""

    logged_in = Signal(object)
    language_changed = Signal(str)  # the CHO picked a language on this screen
    preferred_language = Signal(str, str)  # username, language: a CHO with a preference

    def __init__(self, ctx: Context, preselect: str | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.preselect = preselect
        frame, body = card(margins=28, spacing=14)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Sign in"), "h1"))
        top.addStretch(1)
        self.language = _language_switch(ctx)
        self.language.changed.connect(self.language_changed)
        top.addWidget(self.language)
        body.addLayout(top)
        if ctx.demo_login:
            banner = label(
                self.tr("Demo kiosk: sign in as '{user}' with PIN {pin}.").format(
                    user=ctx.demo_login.username, pin=ctx.demo_login.pin
                ),
                "demoBanner",
                wrap=True,
            )
            body.addWidget(banner)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        body.addLayout(columns)
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(label(self.tr("Who is signing in?"), "muted"))
        self.accounts = QGridLayout()
        self.accounts.setSpacing(8)
        self.account_group = QButtonGroup(self)
        self.account_group.setExclusive(True)
        left.addLayout(self.accounts)
        left.addSpacing(8)
        left.addWidget(label(self.tr("PIN"), "muted"))
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin.returnPressed.connect(self.submit)
        left.addWidget(self.pin)
        self.message = label("", "warning", wrap=True)
        self.message.hide()
        left.addWidget(self.message)
        left.addStretch(1)
        columns.addLayout(left, 1)
        self.pad = PinPad(self.pin, self.tr("Sign in"), self.tr("Clear"))
        self.pad.setFixedWidth(300)
        self.pad.submitted.connect(self.submit)
        columns.addWidget(self.pad)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_centered(frame, 820))
        self.load_accounts()

    def load_accounts(self) -> None:
        self.ctx.bridge.run(self.ctx.clinic.accounts.list, self._show_accounts, owner=self)

    def _show_accounts(self, chos: list[Cho]) -> None:
        for i, cho in enumerate(chos):
            tile = button(cho.full_name, "tile")
            tile.setCheckable(True)
            tile.setProperty("username", cho.username)
            tile.setProperty("language", cho.language)
            self.account_group.addButton(tile)
            per_column = 4 if len(chos) > 4 else len(chos)  # a spoke rarely has more
            self.accounts.addWidget(tile, i % max(per_column, 1), i // max(per_column, 1))
            tile.clicked.connect(lambda *_, c=cho: self._chosen(c))
            if cho.username == self.preselect or len(chos) == 1:
                tile.setChecked(True)
                if cho.username != self.preselect:
                    self._chosen(cho)
        self.pin.setFocus()

    def _chosen(self, cho: Cho) -> None:
        """A CHO's tile: their own language, if they have one, before they type."""
        self.pin.setFocus()
        if cho.language and cho.language != i18n.chosen():
            self.preferred_language.emit(cho.username, cho.language)

    def selected_username(self) -> str | None:
        chosen = self.account_group.checkedButton()
        return str(chosen.property("username")) if chosen else None

    def select(self, username: str) -> None:
        for tile in self.account_group.buttons():
            if tile.property("username") == username:
                tile.setChecked(True)

    def submit(self) -> None:
        username = self.selected_username()
        if username is None:
            self._say(self.tr("Choose your name first."))
            return
        pin = self.pin.text()
        if not pin:
            self._say(self.tr("Type your PIN."))
            return
        self.pad.ok.setEnabled(False)
        self.ctx.bridge.run(
            lambda: self.ctx.clinic.accounts.login(username, pin),
            self._answered,
            self._failed,
            owner=self,
        )

    def _failed(self, error: BaseException) -> None:
        self.pad.ok.setEnabled(True)
        if isinstance(error, StorageFullError):  # a sign-in is written down too
            self._say(full_disk_text(error))
            return
        self._say(self.tr("Could not check the PIN: {error}").format(error=error))

    def _answered(self, result: LoginResult) -> None:
        self.pad.ok.setEnabled(True)
        self.pin.clear()
        if result.ok:
            self.message.hide()
            self.logged_in.emit(result.cho)
        elif result.locked_until is not None:
            self._say(
                self.tr(
                    "Too many wrong PINs. This account is locked until {time}. "
                    "Ask another CHO to sign in, or wait."
                ).format(time=local_time(result.locked_until))
            )
        else:
            self._say(
                self.tr(
                    "Wrong PIN. {count} tries left before the account locks for 5 minutes."
                ).format(count=max(result.attempts_left, 0))
            )

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.pin.setFocus()


class SetupScreen(QWidget):
    """The first start of a kiosk: whoever sets it up creates the first (admin) account."""

    created = Signal(object)
    language_changed = Signal(str)

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        frame, body = card(margins=28, spacing=12)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Welcome"), "h1"))
        top.addStretch(1)
        language = _language_switch(ctx)
        language.changed.connect(self.language_changed)
        top.addWidget(language)
        body.addLayout(top)
        body.addWidget(
            label(
                self.tr(
                    "This kiosk has no accounts yet. Create the first one; it can add the "
                    "other CHOs later."
                ),
                "muted",
                wrap=True,
            )
        )
        self.full_name = Field(self.tr("Full name"), QLineEdit())
        self.username = Field(
            self.tr("User name"), QLineEdit(), self.tr("English letters, like sunita")
        )
        self.pin = Field(self.tr("PIN (4 to 8 digits)"), self._pin_edit())
        self.pin_again = Field(self.tr("PIN again"), self._pin_edit())
        for field in (self.full_name, self.username, self.pin, self.pin_again):
            body.addWidget(field)
        self.create_button = button(self.tr("Create account"), "primary", default=True)
        self.create_button.clicked.connect(self.submit)
        body.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_centered(frame, 560))

    @staticmethod
    def _pin_edit() -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(8)
        return edit

    def submit(self) -> None:
        fields = {"full_name": self.full_name, "username": self.username, "pin": self.pin}
        for field in (*fields.values(), self.pin_again):
            field.clear_error()
        if self.pin.text() != self.pin_again.text():
            self.pin_again.show_error(self.tr("The two PINs are not the same."))
            return
        full_name, username, pin = self.full_name.text(), self.username.text(), self.pin.text()
        language = i18n.chosen()

        def create() -> Cho:
            return self.ctx.clinic.accounts.create(
                username, full_name, pin, role=Role.ADMIN, language=language
            )

        def failed(error: BaseException) -> None:
            errors = error.errors if isinstance(error, ValidationErrors) else [error]
            for item in errors:
                if isinstance(item, ValidationError) and item.field in fields:
                    fields[item.field].show_error(i18n.error_text(item))
                else:
                    self.pin_again.show_error(str(item))

        self.ctx.bridge.run(create, self.created.emit, failed, owner=self)
