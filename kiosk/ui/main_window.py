"""The kiosk window: a top bar, one screen at a time, and the lock after inactivity."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.accounts import Cho, Role
from kiosk.domain.errors import ValidationError, ValidationErrors
from kiosk.domain.patient import Patient
from kiosk.store import keys
from kiosk.store.clinic import STORE_FAILURES
from kiosk.store.outbox import OutboxStatus
from kiosk.store.space import StorageFullError
from kiosk.ui import i18n
from kiosk.ui.accounts import AccountsScreen
from kiosk.ui.call_alert import ConsultDesk
from kiosk.ui.context import Context
from kiosk.ui.disk_space import full_disk_text
from kiosk.ui.encounter import EncounterScreen
from kiosk.ui.home import HomeScreen
from kiosk.ui.login import LoginScreen, SetupScreen
from kiosk.ui.monthly_report import MonthlyReportScreen
from kiosk.ui.patients import SearchScreen
from kiosk.ui.prescription import PrescriptionScreen
from kiosk.ui.recovery_key import RecoveryKeyScreen
from kiosk.ui.registration import RegistrationScreen
from kiosk.ui.widgets import button, label

STATUS_REFRESH_MS = 5_000
_INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.KeyPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.Wheel,
}


class IdleWatcher(QObject):
    """Emits ``idle`` after ``seconds`` without a touch, click or key press anywhere."""

    idle = Signal()

    def __init__(self, seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(seconds, 10) * 1000)
        self.timer.timeout.connect(self.idle)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False


class MainWindow(QMainWindow):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle("HWC Spoke Kiosk")
        self.setMinimumSize(1024, 700)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._top_bar())
        self.stack = QStackedWidget()
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.current_screen: QWidget | None = None
        self.paused: QWidget | None = None  # the screen behind the lock
        self.picked_language: str | None = None  # picked on the sign-in screen
        self.idle = IdleWatcher(ctx.config.lock_after_seconds, self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.idle)
        self.status_timer = QTimer(self)
        self.status_timer.setInterval(STATUS_REFRESH_MS)
        self.status_timer.timeout.connect(self.refresh_status)
        ctx.bridge.on_unhandled = self.report_error
        self._set_signed_in(False)
        self.consults = ConsultDesk(ctx, self, self._show, self.open_encounter)  # video calls

    # top bar -------------------------------------------------------------------------
    def _top_bar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("topbar")
        bar.setFixedHeight(60)
        row = QHBoxLayout(bar)
        row.setContentsMargins(20, 8, 16, 8)
        row.setSpacing(12)
        self.title = label("", "appTitle")
        row.addWidget(self.title)
        self.spoke = label(self.ctx.config.spoke_name, "spokeName")
        row.addWidget(self.spoke)
        row.addStretch(1)
        self.sync_chip = label("", "syncChip")
        row.addWidget(self.sync_chip)
        self.user = label("")
        row.addWidget(self.user)
        self.home_button = button("")
        self.home_button.clicked.connect(self.go_home)
        row.addWidget(self.home_button)
        self.lock_button = button("")
        self.lock_button.clicked.connect(self.lock)
        row.addWidget(self.lock_button)
        self._retranslate_bar()
        return bar

    def _retranslate_bar(self) -> None:
        self.title.setText(self.tr("HWC Spoke Kiosk"))
        self.home_button.setText(self.tr("Home"))
        self.lock_button.setText(self.tr("Lock"))

    def _set_signed_in(self, signed_in: bool) -> None:
        for widget in (self.home_button, self.lock_button, self.user, self.sync_chip):
            widget.setVisible(signed_in)
        self.user.setText(self.ctx.cho.full_name if signed_in and self.ctx.cho else "")
        if signed_in:
            self.status_timer.start()
            self.idle.timer.start()
            self.refresh_status()
        else:
            self.status_timer.stop()
            self.idle.timer.stop()

    def refresh_status(self) -> None:
        self.ctx.bridge.run(self.ctx.clinic.outbox_status, self.show_status, owner=self)

    def show_status(self, status: OutboxStatus) -> None:
        if status.quarantined:
            text, state = self.tr("{n} refused by hub").format(n=status.quarantined), "problem"
        elif status.pending:
            text, state = self.tr("{n} waiting to send").format(n=status.pending), "waiting"
        else:
            text, state = self.tr("All sent"), "ok"
        self.sync_chip.setText(text)
        self.sync_chip.setProperty("state", state)
        self.sync_chip.style().unpolish(self.sync_chip)
        self.sync_chip.style().polish(self.sync_chip)

    # navigation ----------------------------------------------------------------------
    def start(self) -> None:
        self.ctx.bridge.run(self.ctx.clinic.accounts.any_exist, self._started, owner=self)

    def _started(self, accounts_exist: bool) -> None:
        if accounts_exist:
            self.show_login()
        else:
            setup = SetupScreen(self.ctx)
            setup.created.connect(self.signed_in)
            setup.language_changed.connect(lambda lang: self._switch_language(lang, setup=True))
            self._show(setup)

    def show_login(self, preselect: str | None = None) -> None:
        login = LoginScreen(self.ctx, preselect)
        login.logged_in.connect(self.signed_in)
        login.language_changed.connect(lambda lang: self._picked(lang, login))
        login.preferred_language.connect(self._preferred)
        self._show(login, keep_paused=True)

    def _picked(self, language: str, login: LoginScreen) -> None:
        self.picked_language = language
        self._switch_language(language, login.selected_username())

    def _preferred(self, username: str, language: str) -> None:
        if self.picked_language is None:
            self._switch_language(language, username)

    def _switch_language(
        self, language: str, preselect: str | None = None, setup: bool = False
    ) -> None:
        if language == i18n.chosen():
            return
        i18n.install(language)
        self._retranslate_bar()
        if setup:
            self._started(False)
        else:
            self.show_login(preselect)

    def signed_in(self, cho: Cho) -> None:
        picked, self.picked_language = self.picked_language, None
        if picked and picked != cho.language:  # what they picked becomes their own
            cho = dataclasses.replace(cho, language=picked)
            self.ctx.bridge.run(lambda: self.ctx.clinic.accounts.set_language(cho.id, picked))
        elif cho.language and cho.language != i18n.chosen():
            i18n.install(cho.language)
            self._retranslate_bar()
        same_user = self.ctx.cho is not None and self.ctx.cho.id == cho.id
        self.ctx.cho = cho
        self._set_signed_in(True)
        paused, self.paused = self.paused, None
        if same_user and paused is not None:
            self._show(paused)
        else:
            if paused is not None:
                self.stack.removeWidget(paused)
                paused.deleteLater()
            self._home_or_recovery_key(cho)

    def _home_or_recovery_key(self, cho: Cho) -> None:
        """An administrator is first shown the recovery key, until one has confirmed
        writing it down (kiosk/ui/recovery_key.py); everyone else goes home."""
        home = self.ctx.config.home
        if cho.role is not Role.ADMIN or keys.recovery_confirmed(home):
            self.go_home()
            return

        def shown(recovery_text: str | None) -> None:
            if recovery_text is None:
                self.go_home()
                return
            screen = RecoveryKeyScreen(self.ctx, recovery_text)
            screen.confirmed.connect(self.go_home)
            self._show(screen)

        self.ctx.bridge.run(
            lambda: keys.recovery_key_to_confirm(home),
            shown,
            lambda error: self.go_home(),  # keys that do not open: the home screen says so
            owner=self,
        )

    def lock(self) -> None:
        if self.ctx.cho is None or isinstance(self.current_screen, LoginScreen | SetupScreen):
            return
        if self.consults.busy:  # never lock over a call: the patient is on screen
            self.idle.timer.start()
            return
        self._leave_current()
        cho_id = self.ctx.cho_id
        self.ctx.bridge.run(lambda: self.ctx.clinic.accounts.record(cho_id, "lock"))
        self.paused = self.current_screen
        self.current_screen = None
        self._set_signed_in(False)
        self.show_login(self.ctx.cho.username)

    def go_home(self) -> None:
        home = HomeScreen(self.ctx)
        home.find_patient.connect(self.find_patient)
        home.open_encounter.connect(self.open_encounter)
        home.manage_accounts.connect(lambda: self._show(AccountsScreen(self.ctx)))
        home.monthly_report.connect(self.monthly_report)
        self._show(home)
        home.refresh()

    def monthly_report(self) -> None:
        report = MonthlyReportScreen(self.ctx)
        self._show(report)
        report.refresh()

    def find_patient(self) -> None:
        search = SearchScreen(self.ctx)
        search.register_patient.connect(lambda: self.register_patient())
        search.edit_patient.connect(self.edit_patient)
        search.encounter_opened.connect(self.open_encounter)
        self._show(search)
        search.reset()

    def register_patient(self, patient: Patient | None = None) -> None:
        form = RegistrationScreen(self.ctx, patient)
        form.saved.connect(self._patient_saved)
        form.cancelled.connect(self.find_patient)
        self._show(form)
        form.name.editor.setFocus()

    def edit_patient(self, patient_id: str) -> None:
        self.ctx.bridge.run(
            lambda: self.ctx.clinic.patients.get(patient_id), self.register_patient, owner=self
        )

    def _patient_saved(self, patient: Patient, start_case: bool) -> None:
        if not start_case:
            self.find_patient()
            return
        cho_id = self.ctx.cho_id
        self.ctx.bridge.run(
            lambda: self.ctx.clinic.encounters.open(patient.id, cho_id),
            lambda enc: self.open_encounter(enc.id),
            owner=self,
        )

    def open_encounter(self, encounter_id: str) -> None:
        screen = EncounterScreen(self.ctx, encounter_id)
        screen.rx_panel.open_prescription.connect(self.open_prescription)
        self._show(screen)

    def open_prescription(self, prescription_id: str) -> None:
        screen = PrescriptionScreen(self.ctx, prescription_id)
        screen.back.connect(self.open_encounter)
        self._show(screen)

    def _leave_current(self) -> None:
        leave = getattr(self.current_screen, "leave", None)
        if callable(leave):
            leave()

    def _show(self, widget: QWidget, keep_paused: bool = False) -> None:
        old = self.current_screen
        if old is not None and old is not widget:
            self._leave_current()
            if not (keep_paused and old is self.paused):
                self.stack.removeWidget(old)
                old.deleteLater()
        if self.stack.indexOf(widget) < 0:
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        self.current_screen = widget
        if isinstance(widget, LoginScreen | SetupScreen):
            self._set_signed_in(False)
        elif self.ctx.cho is not None:
            self.refresh_status()  # what a screen shows and the top bar agree

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802  (Qt's name)
        """Save what is on screen and stop the timers before the window goes."""
        self._leave_current()
        self.status_timer.stop()
        self.idle.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        super().closeEvent(event)

    # errors --------------------------------------------------------------------------
    def report_error(self, error: BaseException) -> None:
        """Environment failures in plain words; bugs briefly (their trace is in the log)."""
        if isinstance(error, ValidationErrors | ValidationError):
            errors = error.errors if isinstance(error, ValidationErrors) else [error]
            text = "\n".join(i18n.error_text(e) for e in errors)
        elif isinstance(error, StorageFullError):
            text = full_disk_text(error)
        elif isinstance(error, (*STORE_FAILURES, OSError)):
            text = self.tr(
                "Could not save or read the kiosk's data: {error}. What was already saved is "
                "safe. If this repeats, call district IT."
            ).format(error=error)
        else:
            text = self.tr(
                "Something went wrong and was written to the log for district IT. "
                "What was already saved is safe."
            )
        QMessageBox.warning(self, self.tr("Problem"), text)
