"""Adding the other CHOs of the spoke (the first account, an admin, does this)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QVBoxLayout, QWidget

from kiosk.domain.accounts import Cho, Role
from kiosk.domain.errors import ValidationError, ValidationErrors
from kiosk.ui import i18n
from kiosk.ui.context import Context
from kiosk.ui.widgets import Field, Segmented, button, card, label, screen_widget


def _pin_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(8)
    return edit


class AccountsScreen(QWidget):
    done = Signal()

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        page, layout = screen_widget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(page)
        layout.addWidget(label(self.tr("CHO accounts"), "h1"))
        columns = QHBoxLayout()
        columns.setSpacing(16)
        layout.addLayout(columns, 1)

        listing, listing_layout = card()
        listing_layout.addWidget(label(self.tr("Who can sign in"), "h2"))
        self.accounts = QListWidget()
        listing_layout.addWidget(self.accounts, 1)
        columns.addWidget(listing, 1)

        form, form_layout = card(spacing=10)
        form_layout.addWidget(label(self.tr("Add an account"), "h2"))
        self.full_name = Field(self.tr("Full name"), QLineEdit())
        self.username = Field(
            self.tr("User name"), QLineEdit(), self.tr("English letters, like sunita")
        )
        self.role = Segmented([("cho", self.tr("CHO")), ("admin", self.tr("Administrator"))])
        self.role.set_value("cho")
        self.pin = Field(self.tr("PIN (4 to 8 digits)"), _pin_edit())
        self.pin_again = Field(self.tr("PIN again"), _pin_edit())
        for widget in (self.full_name, self.username, self.role, self.pin, self.pin_again):
            form_layout.addWidget(widget)
        self.message = label("", "notice", wrap=True)
        self.message.hide()
        form_layout.addWidget(self.message)
        form_layout.addStretch(1)
        self.add_button = button(self.tr("Add account"), "primary", default=True)
        self.add_button.clicked.connect(self.submit)
        form_layout.addWidget(self.add_button)
        form.setFixedWidth(520)
        columns.addWidget(form)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.bridge.run(self.ctx.clinic.accounts.list, self._show, owner=self)

    def _show(self, chos: list[Cho]) -> None:
        self.accounts.clear()
        for cho in chos:
            role = self.tr("Administrator") if cho.role is Role.ADMIN else self.tr("CHO")
            self.accounts.addItem(f"{cho.full_name}  ({cho.username}, {role})")

    def submit(self) -> None:
        fields = {"full_name": self.full_name, "username": self.username, "pin": self.pin}
        for field in (*fields.values(), self.pin_again):
            field.clear_error()
        self.message.hide()
        if self.pin.text() != self.pin_again.text():
            self.pin_again.show_error(self.tr("The two PINs are not the same."))
            return
        full_name, username, pin = self.full_name.text(), self.username.text(), self.pin.text()
        role = Role(self.role.value() or "cho")
        actor = self.ctx.cho_id

        def failed(error: BaseException) -> None:
            if not isinstance(error, ValidationErrors | ValidationError):
                self.ctx.bridge.on_unhandled(error)
                return
            problems = error.errors if isinstance(error, ValidationErrors) else [error]
            for problem in problems:
                fields.get(problem.field, self.full_name).show_error(i18n.error_text(problem))

        def added(cho: Cho) -> None:
            for field in (*fields.values(), self.pin_again):
                field.set_text("")
            self.message.setText(self.tr("{name} can now sign in.").format(name=cho.full_name))
            self.message.show()
            self.refresh()

        self.ctx.bridge.run(
            lambda: self.ctx.clinic.accounts.create(
                username, full_name, pin, role=role, actor=actor
            ),
            added,
            failed,
            owner=self,
        )
