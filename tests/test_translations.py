"""Every string the CHO can see has a Hindi translation, and the compiled file is current."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_hindi_translation_is_complete_and_compiled() -> None:
    done = subprocess.run(
        [sys.executable, "scripts/translations.py", "check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_placeholders_survive_translation() -> None:
    import re
    import xml.etree.ElementTree as ET

    ts = ROOT / "kiosk" / "ui" / "i18n" / "kiosk_hi.ts"
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        assert sorted(re.findall(r"\{\w+\}", source)) == sorted(
            re.findall(r"\{\w+\}", translation)
        ), source
