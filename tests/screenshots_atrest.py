"""A terminal session of district IT on an older kiosk whose data is in the clear:
``kiosk doctor`` warns, ``kiosk db encrypt`` encrypts it and shows the recovery key once,
``kiosk doctor`` then says what is encrypted and with which key source.

    python -m tests.screenshots_atrest OUT_DIR   (docs/screenshots/en-disk-03-*.png)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QImage, QPainter

from tests.backup.support import make_home
from tests.conftest import FakeClock

DATA_ROW = "data encryption"


def kiosk(home: Path, *args: str, env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", *args, "--home", str(home)],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    return done.stdout + done.stderr


def rows(text: str) -> str:
    """Only the rows of ``kiosk doctor`` about where the data sits, with their hints."""
    wanted = ("data folder", "disk space", "disk encryption", DATA_ROW, "database ")
    kept: list[str] = []
    keeping = False
    for line in text.splitlines():
        if line[:6].strip() in ("OK", "WARN", "FAIL"):
            keeping = line[6:].startswith(wanted)
        if keeping:
            kept.append(line)
    return "\n".join(kept)


def render(transcript: str, path: Path) -> None:
    font = QFont("DejaVu Sans Mono", 11)
    metrics = QFontMetrics(font)
    lines = transcript.splitlines()
    width = max(metrics.horizontalAdvance(line) for line in lines) + 40
    image = QImage(
        max(width, 900), metrics.lineSpacing() * len(lines) + 40, QImage.Format.Format_RGB32
    )
    image.fill(QColor(24, 26, 30))
    painter = QPainter(image)
    painter.setFont(font)
    y = 20 + metrics.ascent()
    for line in lines:
        colour = QColor(235, 235, 235)
        if line.startswith("$"):
            colour = QColor(120, 200, 255)
        elif line.startswith("WARN"):
            colour = QColor(255, 190, 90)
        elif "RECOVERY KEY" in line or (line.startswith("    ") and "-" in line):
            colour = QColor(140, 230, 140)
        painter.setPen(colour)
        painter.drawText(20, y, line)
        y += metrics.lineSpacing()
    painter.end()
    image.save(str(path))
    print(path)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "hwc-kiosk"
        env = {**os.environ, "KIOSK_KEY_SOURCE": "file",
               "KIOSK_MACHINE_KEY_FILE": str(Path(tmp) / "etc" / "machine.key")}  # fmt: skip
        os.environ["KIOSK_ENCRYPT_AT_REST"] = "0"  # made by a kiosk from before encryption
        make_home(home, FakeClock(), photos=3)
        del os.environ["KIOSK_ENCRYPT_AT_REST"]
        before = kiosk(home, "doctor", env=env)
        encrypted = kiosk(home, "db", "encrypt", env=env)
        after = kiosk(home, "doctor", env=env)
        status = kiosk(home, "keys", "status", env=env)
        home_text = str(home)
    transcript = "\n".join([
        "$ kiosk doctor          # an older kiosk, before the upgrade",
        rows(before).replace(home_text, "/home/kiosk/.local/share/hwc-kiosk"),
        "",
        "$ kiosk db encrypt      # what install.sh --upgrade runs",
        encrypted.strip(),
        "",
        "$ kiosk doctor",
        rows(after).replace(home_text, "/home/kiosk/.local/share/hwc-kiosk"),
        "",
        "$ kiosk keys status",
        status.strip(),
    ])  # fmt: skip
    render(transcript, out / "en-disk-03-encryption-at-rest.png")
    del app


if __name__ == "__main__":
    main()
