"""Screenshots of the kiosk on a filling disk: the home screen's early warning and the
message when a save finds no room. The data folder is a small tmpfs (needs root).

    python -m tests.screenshots_disk OUT_DIR
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QMessageBox

from kiosk import config
from kiosk.app import application, build, shutdown
from kiosk.commands.demo import DEMO_PIN, DEMO_USERNAME
from kiosk.domain.vitals import ObservationKind
from kiosk.ui import i18n, main_window
from kiosk.ui.encounter import EncounterScreen
from kiosk.ui.home import HomeScreen
from tests.screenshots import SIZE, at_sign_in, settle, shoot
from tests.smalldisk import fill, make_room, small_disk

MIB = 2**20


def capture(out: Path, language: str) -> None:
    with small_disk(Path(tempfile.mkdtemp(prefix="hwc-disk-")), 24 * 1024) as home:
        cfg = config.load(
            home=home,
            overrides={
                "demo": True, "language": language, "spoke_id": "demo-spoke",
                "spoke_name": "HWC Bassi", "disk_warn_free_mib": 12, "photos_min_free_mib": 6,
            },
        )  # fmt: skip
        window, ctx = build(cfg)
        window.resize(*SIZE)
        window.show()
        login = at_sign_in(window, ctx, cfg)
        login.select(DEMO_USERNAME)
        login.pin.setText(DEMO_PIN)
        login.submit()
        settle(window)
        fill(home, 5 * MIB)  # below the photo reserve: the strongest warning
        home_screen = window.current_screen
        assert isinstance(home_screen, HomeScreen)
        home_screen.refresh()
        settle(window, lambda: home_screen.disk_notice.isVisible())
        shoot(window, out, f"{language}-disk-01-home-warning")

        boxes: list[QMessageBox] = []

        def keep(parent: object, title: str, text: str) -> None:
            box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=window)
            boxes.append(box)

        main_window.QMessageBox.warning = keep  # type: ignore[method-assign]
        case = ctx.clinic.encounters.on_day()[0]
        window.open_encounter(case.id)
        settle(window)
        screen = window.current_screen
        assert isinstance(screen, EncounterScreen)
        fill(home, 0)
        row = screen.vitals.row(ObservationKind.SPO2)
        row.editors[0].setText("96")
        row.check()
        row.submit()
        settle(window, lambda: bool(boxes))
        box = boxes[0]
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.show()
        settle(window)
        picture = window.grab()
        painter = QPainter(picture)
        corner = QPoint((SIZE[0] - box.width()) // 2, (SIZE[1] - box.height()) // 2)
        painter.drawPixmap(corner, box.grab())
        painter.end()
        picture.save(str(out / f"{language}-disk-02-save-refused.png"))
        print(out / f"{language}-disk-02-save-refused.png")
        make_room(home)
        window.close()
        shutdown(ctx)
        i18n.install("en")


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    application()
    for language in ("en", "hi"):
        capture(out, language)


if __name__ == "__main__":
    main()
