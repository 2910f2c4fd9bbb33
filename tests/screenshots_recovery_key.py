"""Screenshots of the recovery key screen at first-run setup: the key in groups, the
words on keeping it, and the refusal of a wrong last group.

    python -m tests.screenshots_recovery_key OUT_DIR [LANGUAGES]   (default: en,hi)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KIOSK_KEY_SOURCE", "test")  # a made-up terminal's machine key

from kiosk import config
from kiosk.app import application, build, shutdown
from kiosk.ui import i18n
from kiosk.ui.login import SetupScreen
from kiosk.ui.recovery_key import RecoveryKeyScreen
from tests.screenshots import SIZE, settle, shoot


def capture(out: Path, language: str, wrong_too: bool) -> None:
    home = Path(tempfile.mkdtemp(prefix="hwc-recovery-")) / "hwc-kiosk"
    cfg = config.load(
        home=home, overrides={"language": language, "spoke_id": "hwc-bassi-01",
                              "spoke_name": "HWC Bassi"},
    )  # fmt: skip
    window, ctx = build(cfg)
    window.resize(*SIZE)
    window.show()
    window.start()
    settle(window, lambda: isinstance(window.current_screen, SetupScreen))
    setup = window.current_screen
    assert isinstance(setup, SetupScreen)
    setup.full_name.set_text("Kavita Sharma")
    setup.username.set_text("kavita")
    setup.pin.set_text("2580")
    setup.pin_again.set_text("2580")
    setup.submit()
    settle(window, lambda: isinstance(window.current_screen, RecoveryKeyScreen))
    screen = window.current_screen
    assert isinstance(screen, RecoveryKeyScreen)
    shoot(window, out, f"{language}-recovery-key")
    if wrong_too:
        screen.last_group.set_text(screen.groups[0])
        screen.submit()
        settle(window, lambda: screen.last_group.error.isVisible())
        shoot(window, out, f"{language}-recovery-key-wrong-group")
    window.close()
    shutdown(ctx)
    i18n.install("en")


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    application()
    codes = (sys.argv[2] if len(sys.argv) > 2 else "en,hi").split(",")
    for code in codes:
        capture(out, code, wrong_too=code == "en")


if __name__ == "__main__":
    main()
