"""Screenshots of patients of every script on one kiosk: today's cases and a search in
Latin letters that finds names written in Malayalam, Odia, Kannada and Telugu.

Run with ``python -m tests.screenshots_languages docs/screenshots``: on a Hindi kiosk,
a look at how each script sits in the tables (clipped or overlapping letters show here).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kiosk import config
from kiosk.app import application, build, shutdown
from kiosk.domain.patient import PatientForm
from kiosk.ui.patients import SearchScreen
from tests.screenshots import SIZE, settle, shoot

PATIENTS = (
    ("ശ്രീദേവി കുഞ്ഞമ്മ", "ml", "Kozhikode"),
    ("கொடீஸ்வரி முருகன்", "ta", "Madurai"),
    ("ଶ୍ରୀମତୀ ପ୍ରିୟଙ୍କା", "or", "Puri"),
    ("ಶ್ರೀಲಕ್ಷ್ಮೀ ಗೌಡ", "kn", "Mandya"),
    ("శ్రీదేవి రెడ్డి", "te", "Guntur"),
    ("ਗੁਰਪ੍ਰੀਤ ਕੌਰ", "pa", "Moga"),
    ("প্রিয়াঙ্কা মুখার্জি", "bn", "Nadia"),
    ("સ્વાતિ પ્રજાપતિ", "gu", "Anand"),
)


def main(out_dir: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    application()
    home = Path(tempfile.mkdtemp(prefix="hwc-lang-shots-"))
    cfg = config.load(
        home=home,
        environ={},
        overrides={"language": "hi", "spoke_id": "demo-spoke", "spoke_name": "HWC Bassi"},
    )
    window, ctx = build(cfg)
    window.resize(*SIZE)
    window.show()
    cho = ctx.clinic.accounts.create("asha", "Asha Meena", "2580")
    for name, language, village in PATIENTS:
        form = PatientForm(
            name=name, sex="female", age_years="40", village=village, language=language
        )
        patient = ctx.clinic.patients.register(form, cho.id)
        ctx.clinic.encounters.open(patient.id, cho.id, "ജ്വരം / காய்ச்சல் / fever")
    window.signed_in(cho)
    settle(window)
    shoot(window, out, "langs-scripts-home")
    window.find_patient()
    search = window.current_screen
    assert isinstance(search, SearchScreen)
    search.query.setText("sri")
    search.search()
    settle(window)
    shoot(window, out, "langs-scripts-search")
    window.close()
    shutdown(ctx)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
