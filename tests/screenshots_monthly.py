"""Screenshots of the kiosk's monthly report screen in English and Hindi at 1366x768
(``{en,hi}-monthly-report.png``) on a demo home, and of its printed PDF, rendered with
pdftoppm (``monthly-report-{en,hi}.png``).

Run with ``python -m tests.screenshots_monthly docs/screenshots``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kiosk import config
from kiosk.app import application, build, shutdown
from kiosk.commands.demo import DEMO_PIN, DEMO_USERNAME
from kiosk.reports.monthly_pdf import write_monthly
from kiosk.store.monthly import monthly_summary
from kiosk.ui import i18n
from kiosk.ui.monthly_report import MonthlyReportScreen
from tests.screenshots import SIZE, at_sign_in, settle, shoot


def capture(out: Path, language: str) -> None:
    home = Path(tempfile.mkdtemp(prefix="hwc-shots-"))
    cfg = config.load(home=home, overrides={
        "demo": True, "language": language, "spoke_id": "demo-spoke",
        "spoke_name": "HWC Bassi", "district": "Jaipur", "state": "Rajasthan",
    })  # fmt: skip
    window, ctx = build(cfg)
    window.resize(*SIZE)
    window.show()
    login = at_sign_in(window, ctx, cfg)
    login.pin.setText(DEMO_PIN)
    login.select(DEMO_USERNAME)
    login.submit()
    settle(window)
    window.monthly_report()
    screen = window.current_screen
    assert isinstance(screen, MonthlyReportScreen)
    settle(window, lambda: screen.summary is not None)
    shoot(window, out, f"{language}-monthly-report")
    assert screen.summary is not None
    summary = monthly_summary(ctx.clinic.store, screen.summary.month, ctx.clinic.clock())
    pdf = write_monthly(summary, home / "monthly.pdf", "HWC Bassi", language, ctx.clinic.clock())
    target = out / f"monthly-report-{language}"
    subprocess.run(["pdftoppm", "-png", "-r", "110", "-singlefile", str(pdf), str(target)],
                   check=True)  # fmt: skip
    print(f"{target}.png")
    window.close()
    shutdown(ctx)


def main(out_dir: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    application()
    for language in ("en", "hi"):
        capture(out, language)
        i18n.install("en")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
