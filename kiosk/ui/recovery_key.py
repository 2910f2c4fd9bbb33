"""The recovery key on screen, once, for the administrator who sets the kiosk up.

The kiosk's records are encrypted with a key kept by this terminal (docs/security.md).
If the terminal breaks, its TPM or key file is lost, or the data moves to a new
terminal, only the recovery key opens them again, so the first administrator to sign in
after the key is made is asked to write it down and confirm by typing its last group.
Once confirmed (``recovery_confirmed_at`` in keyring.json) the screen is not shown
again; until then it comes back at each administrator's sign-in. District IT can print
the key again with ``kiosk keys recovery --show``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.store import keys
from kiosk.ui.context import Context
from kiosk.ui.widgets import Field, button, card, label, screen_widget

GROUPS_PER_ROW = 5


class RecoveryKeyScreen(QWidget):
    confirmed = Signal()

    def __init__(self, ctx: Context, recovery_text: str) -> None:
        super().__init__()
        self.ctx = ctx
        page, layout = screen_widget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(page)
        layout.addWidget(label(self.tr("Recovery key for this kiosk's records"), "h1"))
        box, box_layout = card(spacing=14)
        box_layout.addWidget(
            label(
                self.tr(
                    "The records on this kiosk are locked with a key kept inside this "
                    "terminal. If the terminal breaks or is replaced, only this recovery key "
                    "can open them again."
                ),
                wrap=True,
            )
        )
        box_layout.addWidget(
            label(
                self.tr(
                    "Write it down on paper now, exactly as shown, and give the paper to "
                    "district IT. Keep it away from this terminal: whoever has both the "
                    "terminal and this key can read every record."
                ),
                "notice",
                wrap=True,
            )
        )
        self.groups = recovery_text.split("-")
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        self.group_labels = []
        for index, group in enumerate(self.groups):
            line, column = divmod(index, GROUPS_PER_ROW)
            number = label(str(index + 1), "recoveryNumber")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(number, 2 * line, column)
            shown = label(group, "recoveryGroup")
            shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(shown, 2 * line + 1, column)
            self.group_labels.append(shown)
        row = QHBoxLayout()
        row.addLayout(grid)
        row.addStretch(1)
        box_layout.addLayout(row)
        self.last_group = Field(
            self.tr("To confirm, type the last group of the key, as you wrote it down"),
            QLineEdit(),
            self.tr("{count} groups of 4 letters and digits; the last one is group {count}").format(
                count=len(self.groups)
            ),
        )
        editor = self.last_group.editor
        assert isinstance(editor, QLineEdit)
        editor.setMaxLength(8)
        editor.setMaximumWidth(220)
        editor.returnPressed.connect(self.submit)
        answer = QHBoxLayout()
        answer.addWidget(self.last_group, 1)
        self.confirm_button = button(self.tr("I have written it down"), "primary", default=True)
        self.confirm_button.clicked.connect(self.submit)
        answer.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignBottom)
        box_layout.addLayout(answer)
        layout.addWidget(box)
        layout.addStretch(1)

    def submit(self) -> None:
        typed = self.last_group.text()
        home = self.ctx.config.home
        self.confirm_button.setEnabled(False)
        self.ctx.bridge.run(
            lambda: keys.confirm_recovery_key(home, typed), self._answered, self._failed, self
        )

    def _failed(self, error: BaseException) -> None:
        self.confirm_button.setEnabled(True)
        self.ctx.bridge.on_unhandled(error)

    def _answered(self, confirmed: bool) -> None:
        self.confirm_button.setEnabled(True)
        if not confirmed:
            self.last_group.show_error(
                self.tr(
                    "That is not the last group of the key. Check what you wrote against the "
                    "screen, then type the last group again."
                )
            )
            return
        self.last_group.clear_error()
        self.confirmed.emit()
