"""The console's own English for the hub's codes is the hub's English: every refusal of
the medicine rules, every problem of the form, the consent refusals and what each kind of
consult may prescribe, made by the hub's code here and said by the console's words.js in
headless Chromium. So the English console reads as before, and a code the console
renders wrongly (a parameter lost, a sentence changed) shows here."""

from __future__ import annotations

import asyncio
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from hub import consent, prescribing, teleconsult
from tests import chromium
from tests.conftest import FakeClock
from tests.hubtools import hub_and_kiosk

pytestmark = pytest.mark.skipif(
    not chromium.available(), reason="needs Debian's chromium (installer/debian-packages-dev.txt)"
)


class _Entry:
    def __init__(self, name: str, listed: str) -> None:
        self.name, self.form, self.strength, self.list = name, "", "", listed


def refusals() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for mode in teleconsult.MODES:
        for kind in teleconsult.TYPES:
            consult = teleconsult.ConsultKind(mode, kind)
            for code in teleconsult.PRESCRIBABLE:
                for listed in (True, False):
                    found = teleconsult.refusal("Enalapril", code, consult, listed)
                    if found:
                        out.append({"code": found.code, "params": found.params,
                                    "message": found.message})  # fmt: skip
    video = teleconsult.ConsultKind("video", "first")
    laws = {p.law: p.substance for p in teleconsult.prohibited_substances()}
    names = [*laws.values(), "Marked prohibited"]
    entries = [_Entry("Marked prohibited", "prohibited")]
    medicines = [{"name": n} for n in names]
    for i, why in teleconsult.medicine_refusals(medicines, entries, video):
        out.append({"code": why.code, "params": {**why.params, "n": i}, "message": why.message})
    assert {r["params"].get("law") for r in out if r["code"] == "prohibited"} == set(
        teleconsult.LAWS
    )
    return out


def form_problems() -> list[dict[str, Any]]:
    long = "x" * 5000
    forms = [
        {"diagnosis": "", "medicines": [], "advice": "", "language": "xx",
         "follow_up": "2020-01-01"},
        {"diagnosis": long, "advice": long, "referral": long, "follow_up": "2030-01-01",
         "investigations": ["y" * 300] * 20,
         "medicines": [{"name": ""}, {"name": "Amlodipine", "frequency": long, "duration": long,
                                      "instructions": long}] * 7},
        {"diagnosis": "D", "advice": "A", "follow_up": "someday"},
    ]  # fmt: skip
    out = []
    for form in forms:
        with pytest.raises(prescribing.FormProblemsError) as raised:
            prescribing.read_form(form, date(2026, 12, 3))
        out += [p.json() for p in raised.value.problems]
    return out


SAY_ALL = """(async () => {
  localStorage.setItem("hwc-console-language", "en");
  const i18n = await import("/console/static/i18n.js");
  const words = await import("/console/static/words.js");
  const say = (w) => i18n.t(w.k, w.p);
  const given = %s;
  return {
    problems: given.problems.map((p) => say(words.problemPhrases(p).full)),
    consent: ["none", "withdrawn"].map((c) => say(words.consentProblem(c, ""))),
    allowed: given.kinds.map((c) => say(words.allowedPhrase(c))),
  };
})()"""


def test_the_console_says_the_hubs_codes_in_the_hubs_own_english(
    tmp_path: Path, clock: FakeClock
) -> None:
    problems = refusals() + form_problems()
    pairs = [(m, k) for m in teleconsult.MODES for k in teleconsult.TYPES]
    kinds: list[dict[str, Any]] = [
        {"mode": m, "type": k, "summary": "",
         "allowed": list(teleconsult.allowed(teleconsult.ConsultKind(m, k)))}
        for m, k in pairs
    ]  # fmt: skip

    async def scenario() -> dict[str, list[str]]:
        async with hub_and_kiosk(tmp_path, clock) as (hub, _kiosk), chromium.Browser() as browser:
            page = await browser.new_page(f"{hub.url}/console/")
            given = json.dumps({"problems": problems, "kinds": kinds})
            said: dict[str, list[str]] = await page.eval(SAY_ALL % given)
            return said

    said = asyncio.run(scenario())
    assert len({p["code"] for p in problems}) >= 18
    assert said["problems"] == [p["message"] for p in problems]
    assert said["consent"] == [consent.NO_CONSENT, consent.WITHDRAWN]
    expected = [teleconsult.summary(teleconsult.ConsultKind(m, k)) for m, k in pairs]
    assert said["allowed"] == expected
