"""Authentication on every route, found from the hub's own router rather than from a
list kept by hand: a route added later without its check fails here. Without
credentials every route but the public ones answers 401; a kiosk token does not open
the console; a specialist's session does not open the kiosk API."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import aiohttp

from tests import consulttools
from tests.conftest import FakeClock
from tests.hubtools import hub_and_kiosk

# Public by design (docs/hub-api.md): health, the hub key, enrollment, the console's
# page and sign-in, the dashboard's page and sign-in, the pharmacists' check and their
# static files.
PUBLIC = {
    "health", "hub_key", "enroll", "console_root", "console_bare", "console_page",
    "console_static", "console_login", "verify_page", "verify_check", "verify_static",
    "dashboard_bare", "dashboard_page", "dashboard_static", "dashboard_login",
}  # fmt: skip
SHA = "ab" * 32


def _concrete(path: str) -> str:
    return re.sub(r"\{sha256\}", SHA, re.sub(r"\{[^}]+\}", "spoke-a", path))


def test_every_route_that_is_not_public_refuses_without_the_right_credential(
    tmp_path: Path, clock: FakeClock
) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            await consulttools.add_specialist(hub)
            console = consulttools.console(hub.url)
            try:
                assert await console.login() == 200
                routes = []
                for route in hub.running.runner.app.router.routes():
                    name = route.name or ""
                    info = route.resource.get_info() if route.resource is not None else {}
                    path = info.get("path") or info.get("formatter")
                    if not path or route.method == "HEAD" or name in PUBLIC:
                        continue
                    routes.append((name, route.method, _concrete(path)))
                assert len(routes) >= 15, routes  # the router was read, not an empty list
                kiosk_token = {"Authorization": f"Bearer {kiosk.token}"}
                async with aiohttp.ClientSession() as anonymous:
                    for name, method, path in routes:
                        async with anonymous.request(method, hub.url + path) as answer:
                            assert answer.status == 401, (name, answer.status)
                        if name.startswith("console"):
                            async with anonymous.request(
                                method, hub.url + path, headers=kiosk_token
                            ) as answer:
                                assert answer.status == 401, ("kiosk token on", name)
                        else:
                            async with console.session.request(
                                method, hub.url + path, headers={"X-CSRF-Token": console.csrf}
                            ) as answer:
                                assert answer.status == 401, ("console session on", name)
            finally:
                await console.session.close()

    asyncio.run(scenario())
