"""The whole console in Hindi, in headless Chromium through a real hub and kiosk: the
specialist switches to Hindi, signs in (a wrong password first), meets a case the hub
will not give her (no consent), takes a Tamil-speaking patient's case, is refused
medicines this consult may not prescribe, gets the form's problems, signs, and reads
the signed prescription. At every step no visible text, placeholder, title, label or
aria-label holds a sentence of the console's English dictionary (the keys of its
Hindi tables), except the people's own words and the codes listed here; the dates are
Hindi dates. Screenshots: docs/screenshots/console-hi-*.png with HWC_SHOTS=docs/screenshots.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
from pathlib import Path

import pytest

from tests import chromium
from tests.conftest import FakeClock
from tests.consent_helpers import consented, queued_without_consent
from tests.consulttools import PASSWORD, QUALIFICATION, SITE, add_specialist, map_spoke
from tests.hub import console_words
from tests.hubtools import hub_and_kiosk
from tests.rtc.console_rx import SLOT, fill_medicine, mouse_click, pick, q, type_into

pytestmark = pytest.mark.skipif(
    not chromium.available(), reason="needs Debian's chromium (installer/debian-packages-dev.txt)"
)
# The people's own words and names in this scenario (shown as written, in any language)
# and what every language writes the same: units, drug names, codes.
PEOPLE = ["Fever for 3 days", "Kamla Devi", "Bassi", "HWC spoke-a", "Dr. Asha", SITE,
          QUALIFICATION, "RMC-1", "Viral fever", "Plenty of fluids and rest"]  # fmt: skip
CODES = ["Paracetamol", "Amoxicillin", "Alprax 0.25", "Alprazolam", "Capsule", "Tablet",
         "500 mg", "650 mg", "1-0-1", "SpO₂", "BMI", "ABDM", "NDPS", "OPD", "/min", "°C",
         "kg", "mmHg", "ms", "%"]  # fmt: skip
# Entries of the tables that are the same in Hindi: placeholders only, and units.
NEUTRAL = {"{language} ({native})", "{mode}, {type}", "{first}, {next}", "{first} {rest}", "{day}",
           "2.5 mL", "5 mL", "10 mL"}  # fmt: skip

# Everything a specialist can read on the page: visible text, the chosen and offered
# options of the selects, the datalists' labels, and the attributes a browser shows (but
# the language switch, which names each language in itself: "English", "हिन्दी").
READABLE = """(() => {
  const out = [document.title];
  const seen = (e) => e.checkVisibility();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, parent = node.parentElement;
    if (!parent || parent.closest("script, style, datalist, #console-language")) continue;
    const holder = parent.closest("select") || parent;
    if (!seen(holder)) continue;
    const text = node.textContent.trim();
    if (text) out.push(text);
  }
  for (const e of document.body.querySelectorAll("*")) {
    if (!e.closest("datalist") && !seen(e.closest("select") || e)) continue;
    for (const a of ["placeholder", "title", "aria-label", "alt", "label"]) {
      const v = e.getAttribute(a);
      if (v) out.push(v);
    }
  }
  return out;
})()"""


def _fragments(key: str) -> list[str]:
    """The literal parts of a key worth looking for: its text between placeholders."""
    parts = [p.strip(" ·,:;()") for p in re.split(r"\{\w+\}", key)]
    return [p for p in parts if len(re.sub(r"[^A-Za-z]", "", p)) >= 4]


def _english_in(texts: list[str], sentences: list[str]) -> list[tuple[str, str]]:
    found = []
    for text in texts:
        masked = text
        for allowed in sorted(PEOPLE + CODES, key=len, reverse=True):
            masked = masked.replace(allowed, " ")
        for key in sentences:
            for part in _fragments(key):
                if re.search(rf"(?<![A-Za-z]){re.escape(part)}(?![A-Za-z])", masked):
                    found.append((key, text))
    return found


async def assert_all_hindi(page: chromium.Page, where: str) -> list[str]:
    texts: list[str] = await page.eval(READABLE)
    english = _english_in(texts, console_words.english_sentences(NEUTRAL))
    assert not english, f"{where}: English on the Hindi page: {english}"
    assert await page.eval("document.documentElement.lang") == "hi"
    return texts


def shots_dir(tmp_path: Path) -> Path:
    named = os.environ.get("HWC_SHOTS")
    return Path(named) if named else tmp_path


async def shoot(page: chromium.Page, folder: Path, name: str, selector: str) -> None:
    await page.eval(f"{q(selector)}.scrollIntoView({{block: 'start'}})")
    await page.eval("new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
    await page.screenshot(folder / f"console-hi-{name}.png")


def test_the_console_speaks_hindi_throughout(tmp_path: Path, clock: FakeClock) -> None:
    folder = shots_dir(tmp_path)

    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            hub.running.context.clock = clock
            await add_specialist(hub)
            await map_spoke(hub, kiosk.spoke_id)
            refused = queued_without_consent(kiosk)
            patient = kiosk.patient("கமலா", language="ta")
            encounter = kiosk.encounter(patient)
            consented(kiosk.clinic, encounter, kiosk.cho_id)
            kiosk.clinic.encounters.request_consult(
                encounter, "general_medicine", False, kiosk.cho_id
            )
            assert (await kiosk.sync(hub.url)).clean
            async with chromium.Browser() as browser:
                page = await browser.new_page(f"{hub.url}/console/")
                await page.wait_for(f"!{page.by_id('login-view')}.hidden")
                switch = page.by_id("console-language")
                await page.eval(
                    f"(() => {{ const s = {switch}; s.value = 'hi';"
                    " s.dispatchEvent(new Event('change')); })()"
                )
                await page.wait_for("document.documentElement.lang === 'hi'")
                assert await page.eval("document.title") == "हब विशेषज्ञ कंसोल"

                # A wrong password: the hub's code, said in Hindi.
                await page.type("login-username", "dr.asha")
                await page.type("login-password", "not the password")
                await page.click("login-submit")
                await page.wait_for(f"!{page.by_id('login-error')}.hidden")
                assert await page.text("login-error") == "यूज़रनेम या पासवर्ड ग़लत है।"
                await assert_all_hindi(page, "sign-in")

                await page.type("login-password", PASSWORD)
                await page.click("login-submit")
                row = f"document.querySelector('[data-encounter-id=\"{encounter}\"]')"
                await page.wait_for(row)
                assert await page.text("queue-count") == "2 मरीज़ प्रतीक्षा में"
                # The case without consent: the hub's 409 no_consent, in Hindi.
                other = f"document.querySelector('[data-encounter-id=\"{refused}\"]')"
                await page.eval(f"{other}.querySelector('[data-testid=queue-take]').click()")
                await page.wait_for(f"!{page.by_id('queue-problem')}.hidden")
                assert "सहमति का कोई रिकॉर्ड नहीं" in await page.text("queue-problem")
                texts = await assert_all_hindi(page, "queue")
                assert any("भाषा: तमिल (தமிழ்)" in t for t in texts)
                await shoot(page, folder, "queue", "[data-testid=queue-view]")

                await page.eval(f"{row}.querySelector('[data-testid=queue-take]').click()")
                await page.wait_for(f"!{page.by_id('case-view')}.hidden")
                await page.wait_for(f"{page.by_id('rx-mode')}?.dataset.mode === 'text'")
                await page.wait_for(f"{page.by_id('rx-prescriber')}.textContent !== ''")
                assert "भाषा: तमिल (தமிழ்)" in await page.text("case-meta")
                # The consent line's date as Hindi writes it ("3 दिसंबर 2026, दोपहर 1:21").
                line = await page.text("consent-teleconsult")
                assert re.search(r"\d{1,2} (जनवरी|फ़रवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|"
                                 r"अक्टूबर|नवंबर|दिसंबर) \d{4}", line), line  # fmt: skip
                assert await page.text("rx-mode") == "लिखित परामर्श (स्टोर-एंड-फ़ॉरवर्ड)"
                assert await page.text("rx-allowed") == (
                    "यह पहला लिखित (स्टोर-एंड-फ़ॉरवर्ड) परामर्श है: आप सूची O (बिना पर्ची मिलने"
                    " वाली) लिख सकते हैं।"
                )
                await assert_all_hindi(page, "case")
                await shoot(page, folder, "case", "[data-testid=case-view]")

                # Refused: List A in a first text consult, the medicine named, the list in Hindi.
                await pick(page, "amox", "Capsule · 500 mg")
                shown = f"{page.by_id('rx-refusal-text')}.textContent"
                await page.wait_for(
                    f"!{page.by_id('rx-refusal')}.hidden && {shown}.includes('Amoxicillin')"
                )
                assert await page.text("rx-refusal-text") == (
                    "Amoxicillin सूची A की दवा है। पहले लिखित (स्टोर-एंड-फ़ॉरवर्ड) परामर्श में केवल"
                    " सूची O की दवाएँ दी जा सकती हैं: मरीज़ को वीडियो कॉल करें, या सलाह देकर रेफ़र करें।"
                )
                # Written freely by brand: prohibited, with its law in Hindi.
                await type_into(page, "[data-testid=rx-medicine-search]", "Alprax 0.25")
                await page.wait_for(q("[data-testid=rx-suggestion-free]"))
                suggestion = await page.text("rx-suggestion-free")
                assert suggestion == "“Alprax 0.25” जैसा लिखा है वैसा जोड़ें"
                await mouse_click(page, "[data-testid=rx-suggestion-free]")
                await page.wait_for(f"{shown}.includes('Alprazolam')")
                assert "NDPS अधिनियम 1985 के तहत एक मनःप्रभावी पदार्थ" in await page.text(
                    "rx-refusal-text"
                )
                await assert_all_hindi(page, "refusal")
                await shoot(page, folder, "consult-refusal", "[data-testid=rx-consult]")

                # List O is allowed; the page's own problems before the hub's, in Hindi.
                await pick(page, "parac", "Tablet · 650 mg")
                await page.wait_for(q(f"{SLOT} [data-testid=rx-medicine]"))
                await page.eval(f"{q('[data-testid=rx-med-frequency]')}.value = ''")
                await page.eval(
                    f"{q('[data-testid=rx-med-frequency]')}.dispatchEvent(new Event('input'))"
                )
                await mouse_click(page, "[data-testid=rx-sign]")
                await page.wait_for(f"!{page.by_id('rx-errors')}.hidden")
                errors = await page.text("rx-errors")
                assert "संभावित निदान लिखें।" in errors
                assert "दवा 1 (Paracetamol): कितनी बार लेनी है, लिखें।" in errors
                await assert_all_hindi(page, "form problems")

                await type_into(page, "[data-testid=rx-diagnosis]", "Viral fever")
                await fill_medicine(page, 1, "1 tablet", "1-0-1", "3 days")
                await type_into(page, "[data-testid=rx-advice]", "Plenty of fluids and rest")
                await mouse_click(page, "[data-testid=rx-follow-up-7]")
                await page.wait_for(
                    f"{page.by_id('rx-follow-up-text')}.textContent.includes('7 दिन बाद')"
                )
                await mouse_click(page, "[data-testid=rx-sign]")
                await page.wait_for(f"!{page.by_id('rx-signed')}.hidden")
                preview = await page.text("rx-signed")
                assert "हस्ताक्षर करके स्पोक को भेज दी गई। परामर्श पूरा हुआ।" in preview
                assert "लिखित परामर्श (स्टोर-एंड-फ़ॉरवर्ड), पहला परामर्श" in preview
                # The usual values as the paper prints them; "1-0-1" with the times of day.
                for usual in ("1 गोली", "1-0-1 (सुबह - दोपहर - रात)", "3 दिन", "खाने के बाद"):
                    assert usual in preview, usual
                weekday = r"(सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार), \d{1,2} \S+ \d{4}"
                assert re.search(rf"दोबारा दिखाएँ: {weekday}", preview), preview
                await assert_all_hindi(page, "signed prescription")
                await shoot(page, folder, "preview", "[data-testid=prescription-slot]")

                # Back to English on the same page: the signed prescription is said again.
                await page.eval(
                    f"(() => {{ const s = {switch}; s.value = 'en';"
                    " s.dispatchEvent(new Event('change')); })()"
                )
                signed = f"{page.by_id('rx-signed')}.textContent"
                await page.wait_for(f"{signed}.includes('Signed and sent to the spoke.')")
                preview = await page.text("rx-signed")
                assert "Text consult (store-and-forward), first consult" in preview
                assert "1-0-1" in preview and "After food" in preview and "सुबह" not in preview
                assert re.search(r"Follow-up: \w+day, \d{1,2} \w+ \d{4}", preview), preview
                assert "speaks Tamil (தமிழ்)" in await page.text("case-meta")
                assert not [line for line in page.console if line.startswith("exception")]

    asyncio.run(scenario())


def test_the_check_finds_english_and_spares_the_peoples_words() -> None:
    """The check above is not blind: an English sentence of the dictionary, or its
    literal part around a placeholder, is found; names, units and drugs are not."""
    sentences = console_words.english_sentences(NEUTRAL)
    assert _english_in(["Finish consult"], sentences)
    assert _english_in(["3 patients waiting"], sentences)
    assert _english_in(["Amoxicillin is List A. Call by video."], sentences)
    assert not _english_in(
        ["Fever for 3 days", "Paracetamol 650 mg", "1-0-1", "82 /min"], sentences
    )
    assert not _english_in([json.dumps("दवा 1 (Paracetamol): खुराक लिखें।")], sentences)
