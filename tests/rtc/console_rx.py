"""Driving the console's prescription form in headless Chromium the way a specialist
does: typing into the medicine search, picking with the mouse or the keyboard, filling
fields. Shared by the console test and the screenshots."""

from __future__ import annotations

import json

from tests.chromium import Page
from tests.conftest import FakeClock
from tests.hubtools import Hub

SLOT = "#prescription-slot"


def q(selector: str) -> str:
    return f"document.querySelector({json.dumps(selector)})"


async def focus(page: Page, selector: str) -> None:
    await page.wait_for(q(selector))
    await page.eval(f"{q(selector)}.focus()")


async def type_into(page: Page, selector: str, text: str) -> None:
    """Real typing: the browser fires its own input events."""
    await focus(page, selector)
    await page.send("Input.insertText", text=text)


async def key(page: Page, name: str) -> None:
    codes = {"Enter": 13, "ArrowDown": 40, "ArrowUp": 38, "Escape": 27}
    for kind in ("rawKeyDown", "keyUp"):
        await page.send("Input.dispatchKeyEvent", type=kind, key=name, code=name,
                        windowsVirtualKeyCode=codes[name])  # fmt: skip


async def mouse_click(page: Page, selector: str) -> None:
    """A real mouse press and release in the middle of the element."""
    await page.wait_for(q(selector))
    box = await page.eval(
        f"(() => {{ const e = {q(selector)}; e.scrollIntoView({{block: 'center'}}); "
        "const r = e.getBoundingClientRect(); "
        "return [r.left + r.width / 2, r.top + r.height / 2]; })()"
    )
    for kind in ("mousePressed", "mouseReleased"):
        await page.send("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1],
                        button="left", clickCount=1)  # fmt: skip


async def fill(page: Page, selector: str, text: str) -> None:
    """Replace a field's text as typing would (select all, then type)."""
    await focus(page, selector)
    await page.eval(f"{q(selector)}.select?.()")
    await page.send("Input.insertText", text=text)


async def set_date(page: Page, selector: str, day: str) -> None:
    """A date field is set with the browser's own picker; a test sets its value."""
    await page.wait_for(q(selector))
    field = q(selector)
    await page.eval(
        f"{field}.value = {json.dumps(day)}; "
        f"{field}.dispatchEvent(new Event('change', {{bubbles: true}}))"
    )


def medicine_field(row: int, name: str) -> str:
    return f'{SLOT} [data-testid=rx-medicine][data-index="{row}"] [data-testid=rx-med-{name}]'


async def fill_medicine(page: Page, row: int, dose: str, frequency: str, duration: str) -> None:
    for name, text in (("dose", dose), ("frequency", frequency), ("duration", duration)):
        await fill(page, medicine_field(row, name), text)


async def suggestion(page: Page, words: str) -> str:
    """The selector of the first suggestion whose text holds ``words``."""
    index = await page.eval(
        "[...document.querySelectorAll('[data-testid=rx-suggestion]')]"
        f".findIndex((li) => li.textContent.includes({json.dumps(words)}))"
    )
    assert index >= 0, f"no suggestion with {words!r}"
    return f"[data-testid=rx-suggestions] li:nth-child({index + 1})"


async def pick(page: Page, typed: str, words: str) -> None:
    """Type part of a name, then click the suggestion that holds ``words``."""
    await type_into(page, "[data-testid=rx-medicine-search]", typed)
    await page.wait_for(f"!{q('[data-testid=rx-suggestions]')}.hidden")
    await mouse_click(page, await suggestion(page, words))
    # The hub checks it first; added or refused, the search is cleared.
    await page.wait_for(f"{q('[data-testid=rx-medicine-search]')}.value === ''")


async def video_for(hub: Hub, spoke_id: str, encounter: str, clock: FakeClock, s: int) -> None:
    """What the hub records when the kiosk reports ``s`` seconds of video in the call
    (the socket's part is tests/hub/test_teleconsult.py)."""
    start = clock()
    assert await hub.storage.note_call_media(encounter, spoke_id, "video", start)
    clock.advance(seconds=s)
