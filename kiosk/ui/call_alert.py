"""Calls reaching the CHO: the incoming-call alert over whatever screen is open, the
"Call hub" panel on a waiting case, and the desk that moves between them and the call
screen as the consult service's status changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.encounter import SPECIALTY_LABELS, EncounterStatus, Specialty
from kiosk.rtc.events import (
    CallState,
    CallStatus,
    HubPresence,
    RingResult,
)
from kiosk.store.encounters import EncounterDetail
from kiosk.ui import i18n
from kiosk.ui.call_screen import CallScreen
from kiosk.ui.context import Context
from kiosk.ui.widgets import button, label


class IncomingCall(QWidget):
    """A dimmed cover over the window with one card: who calls, about whom, and two big
    buttons. It is a child of the window, so it never hides behind another window."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("callCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card = QFrame()
        self.card.setObjectName("callAlert")
        self.card.setFixedWidth(560)
        layout = QVBoxLayout(self.card)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(12)
        self.title = label(self.tr("Incoming video call"), "alertTitle")
        layout.addWidget(self.title)
        self.caller = label("", "h1", wrap=True)
        layout.addWidget(self.caller)
        self.about = label("", "muted", wrap=True)
        layout.addWidget(self.about)
        row = QHBoxLayout()
        row.setSpacing(12)
        self.decline = button(self.tr("Decline"), "declineCall")
        self.answer = button(self.tr("Answer"), "answerCall", default=True)
        for widget in (self.decline, self.answer):
            widget.setMinimumHeight(64)
            row.addWidget(widget, 1)
        layout.addSpacing(8)
        layout.addLayout(row)
        outer.addWidget(self.card)
        parent.installEventFilter(self)
        self.hide()

    def ring(self, specialist: str, patient: str) -> None:
        name = specialist or self.tr("A hub specialist")
        self.caller.setText(self.tr("{name} is calling").format(name=name))
        self.about.setText(
            self.tr("About {patient}. Answer with the patient beside you.").format(patient=patient)
            if patient
            else self.tr("About a case waiting for the hub.")
        )
        self._cover()
        self.show()
        self.raise_()
        self.answer.setFocus()

    def _cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._cover()
        return False


class CallHubPanel(QWidget):
    """On a case waiting for the hub: whether a specialist of its specialty is online,
    and a button that asks the hub to call."""

    def __init__(self, ctx: Context, encounter_id: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.encounter_id = encounter_id
        self.specialty: str | None = None
        self.waiting = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 16, 0)
        row.setSpacing(12)
        self.state = label("", "muted")
        row.addWidget(self.state)
        self.call = button(self.tr("Call hub"), "primary")
        self.call.setMinimumHeight(40)
        self.call.clicked.connect(self._call)
        row.addWidget(self.call)
        ctx.bridge.events.hub_presence.connect(self.show_presence)
        ctx.bridge.events.ring_result.connect(self.show_ring_result)
        self.presence = ctx.consult.presence if ctx.consult is not None else HubPresence(False)
        self.hide()

    def set_case(self, specialty: Specialty | None, status: EncounterStatus) -> None:
        self.specialty = specialty.value if specialty else None
        self.waiting = status in (EncounterStatus.QUEUED, EncounterStatus.IN_CONSULT)
        self._refresh()

    def show_presence(self, presence: HubPresence) -> None:
        self.presence = presence
        self._refresh()

    def show_ring_result(self, result: RingResult) -> None:
        if result.encounter_id != self.encounter_id:
            return
        self.state.setText(
            self.tr("The hub was told: the specialist will call here.")
            if result.ok
            else self.tr("The hub does not have this case yet; it is still being sent.")
        )

    def _refresh(self) -> None:
        self.setVisible(self.waiting and self.ctx.consult is not None)
        online = self.presence.connected and self.specialty in self.presence.online
        self.call.setEnabled(online)
        if not self.presence.connected:
            self.state.setText(self.tr("Calls unavailable: no connection to the hub."))
        elif online and self.specialty is not None:
            specialty = i18n.domain_text(SPECIALTY_LABELS[Specialty(self.specialty)])
            self.state.setText(
                self.tr("A specialist for {specialty} is online.").format(specialty=specialty)
            )
        else:
            self.state.setText(self.tr("No specialist online now; the case waits in the queue."))

    def _call(self) -> None:
        consult = self.ctx.consult
        if consult is not None:
            encounter_id = self.encounter_id
            self.ctx.bridge.run_async(lambda: consult.call_hub(encounter_id), owner=self)
            self.state.setText(self.tr("Asking the hub to call…"))


class ConsultDesk(QObject):
    """Follows the consult service: rings, shows the call screen, and goes back to the
    case when the CHO closes an ended call."""

    def __init__(
        self,
        ctx: Context,
        window: QWidget,
        show_screen: Callable[[QWidget], None],
        open_encounter: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.show_screen = show_screen
        self.open_encounter = open_encounter
        self.alert = IncomingCall(window)
        self.alert.answer.clicked.connect(self.answer)
        self.alert.decline.clicked.connect(self.decline)
        self.screen: CallScreen | None = None
        ctx.bridge.events.call_status.connect(self.follow)

    @property
    def busy(self) -> bool:
        """A call rings or runs: the window must not lock over it."""
        consult = self.ctx.consult
        if consult is None:
            return False
        return consult.status.active or consult.status.state is CallState.RINGING

    def follow(self, status: CallStatus) -> None:
        if status.state is CallState.RINGING:
            self._ring(status)
        elif self.alert.isVisible():
            self.alert.hide()

    def _ring(self, status: CallStatus) -> None:
        encounter_id = status.encounter_id or ""

        def show(detail: EncounterDetail | None) -> None:
            if self.ctx.consult is not None and self.ctx.consult.status.state is CallState.RINGING:
                self.alert.ring(status.specialist, detail.patient.name if detail else "")

        self.ctx.bridge.run(
            lambda: self.ctx.clinic.encounters.detail(encounter_id), show, lambda _e: show(None)
        )

    def answer(self) -> None:
        consult = self.ctx.consult
        if consult is None or self.ctx.cho is None:
            return
        self.alert.hide()
        cho_id = self.ctx.cho_id
        status = CallStatus(CallState.CONNECTING, consult.status.encounter_id,
                            consult.status.specialist)  # fmt: skip
        self.screen = CallScreen(self.ctx, status)
        self.screen.back.connect(self._back)
        self.show_screen(self.screen)
        self.ctx.bridge.run_async(lambda: consult.accept(cho_id), lambda _r: self._attach())

    def _attach(self) -> None:
        if self.screen is not None:
            self.screen.attach()

    def decline(self) -> None:
        self.alert.hide()
        if self.ctx.consult is not None:
            self.ctx.bridge.run_async(self.ctx.consult.decline)

    def _back(self, encounter_id: str) -> None:
        self.screen = None
        if self.ctx.consult is not None:
            self.ctx.bridge.run_async(self.ctx.consult.dismiss)
        if encounter_id:
            self.open_encounter(encounter_id)
