"""The words the CHO reads aloud before the patient consents, on the consent dialog.

They are read to the patient, so they are shown in the patient's language, taken from
the printed consent form's own sentences (``kiosk.rx.consent_form.consent_script``):
the screen and the paper say the same thing. When the CHO's own language differs (a
Telugu-speaking CHO with a Tamil-speaking patient), the same sentences follow beside
them in hers, so that she knows what she is reading.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain import languages
from kiosk.rx.consent_form import ConsentScript, consent_script
from kiosk.ui.widgets import card, label


def _sentences(script: ConsentScript, name: str) -> QLabel:
    text = label("\n".join(script.sentences), name, wrap=True)
    text.setProperty("language", script.language)
    text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return text


class ConsentScriptCard(QFrame):
    """The script in the patient's language, and in the CHO's beside it when it differs."""

    def __init__(self, patient_language: str, cho_language: str) -> None:
        super().__init__()
        self.read = consent_script(patient_language)
        mine = consent_script(cho_language)
        self.own = mine if mine.language != self.read.language else None
        frame, body = card(margins=14, spacing=6)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        body.addLayout(columns)
        patient_name = languages.get(self.read.language).native
        self.read_text = _sentences(self.read, "consentScript")
        columns.addWidget(
            _column(
                self.tr("Read this to the patient, in {language}:").format(language=patient_name),
                self.read_text,
            ),
            1,
        )
        self.own_text: QLabel | None = None
        if self.own is not None:
            own_name = languages.get(self.own.language).native
            self.own_text = _sentences(self.own, "consentOwn")
            columns.addWidget(
                _column(
                    self.tr("The same in {language}, for you:").format(language=own_name),
                    self.own_text,
                ),
                1,
            )


def _column(caption: str, sentences: QLabel) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(label(caption, "muted", wrap=True))
    layout.addWidget(sentences)
    layout.addStretch(1)
    return box
