"""A hostile client: every route of docs/hub-openapi.yaml fuzzed with schemathesis, signed
in as a kiosk of spoke A and as a specialist. Every answer must be a documented status
and never a 5xx; spoke B's records must come out exactly as they went in.

Bounded and deterministic: a fixed number of examples per route, derandomized, no
deadline (a busy two-core machine must not make it flaky)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import status_code_conformance

from tests import consulttools, hubtools, pgtools
from tests.conftest import FakeClock
from tests.hubtools import ThreadHub, make_kiosk

SPEC = Path(__file__).resolve().parents[2] / "docs" / "hub-openapi.yaml"
schema = schemathesis.openapi.from_path(SPEC)
EXAMPLES = 20


class _Storage:
    """Enough of :class:`tests.hubtools.Hub` for the consult helpers, on a ThreadHub."""

    def __init__(self, hub: ThreadHub) -> None:
        self.hub = hub
        self.storage = hub.running.storage
        self.url = hub.url


def _spoke_b_records(hub: ThreadHub) -> Any:
    storage = hub.running.storage
    page = hub.run(storage.pull("spoke-b", "", 0, 10_000))
    return sorted((c.entity, c.entity_id, c.version) for c in page.changes)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def target(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Any]]:
    """One hub per storage backend for the whole module, with spoke A's kiosk, a
    specialist signed in, and spoke B's records to protect."""
    with contextlib.ExitStack() as stack:
        url = ""
        if request.param == "postgresql":
            url = stack.enter_context(
                pgtools.fresh_database(request.getfixturevalue("postgres_server"))
            )
        yield from _target(tmp_path_factory.mktemp("fuzz"), url)


def _target(root: Path, db_url: str) -> Iterator[dict[str, Any]]:
    hubtools.HUB_DB, kept = db_url, hubtools.HUB_DB
    try:
        hub = ThreadHub(root / "hub", "spoke-a")
    finally:
        hubtools.HUB_DB = kept
    clock = FakeClock()
    try:
        shim: Any = _Storage(hub)
        hub.run(hub.running.storage.add_spoke("spoke-b", "HWC B", "Jaipur", "Rajasthan", clock()))
        kiosks = {}
        for spoke in ("spoke-a", "spoke-b"):
            hub.spoke_id = spoke  # whose code ThreadHub.code makes
            answer = requests.post(
                f"{hub.url}/api/v1/enroll", json={"code": hub.code()}, timeout=10
            )
            assert answer.status_code == 200, answer.text
            kiosks[spoke] = make_kiosk(root / spoke, spoke, clock, answer.json()["token"])
        hub.run(consulttools.add_specialist(shim))
        for spoke, kiosk in kiosks.items():
            hub.run(consulttools.map_spoke(shim, spoke))
            consulttools.queued_case(kiosk)
            assert hub.run(kiosk.sync(hub.url)).clean
        login = requests.post(
            f"{hub.url}/console/api/login",
            json={"username": "dr.asha", "password": consulttools.PASSWORD},
            timeout=10,
        )
        assert login.status_code == 200
        before = _spoke_b_records(hub)
        assert before, "spoke B has records to protect"
        yield {
            "hub": hub,
            "headers": {
                "Authorization": f"Bearer {kiosks['spoke-a'].token}",
                "X-CSRF-Token": login.json()["csrf"],
                "Origin": hub.url,
            },
            "cookies": {"hwc_console": login.cookies["hwc_console"]},
            "spoke_b": before,
        }
        for kiosk in kiosks.values():
            kiosk.close()
    finally:
        hub.close()


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_every_route_answers_hostile_input_with_a_documented_status(
    case: schemathesis.Case, target: dict[str, Any]
) -> None:
    hub: ThreadHub = target["hub"]
    response = case.call(
        base_url=hub.url, headers=target["headers"], cookies=target["cookies"], timeout=30
    )
    case.validate_response(response, checks=[not_a_server_error, status_code_conformance])


def test_spoke_b_is_untouched_by_the_fuzzing(target: dict[str, Any]) -> None:
    assert _spoke_b_records(target["hub"]) == target["spoke_b"]


def test_a_malformed_form_on_verify_is_a_bad_request_not_a_crash(tmp_path: Path) -> None:
    """Found by the fuzzing: multipart/form-data without a boundary was a 500. (A hub
    of its own: the fuzzing above spends the shared hub's /verify allowance.)"""

    async def scenario() -> None:
        async with (
            hubtools.running_hub(tmp_path / "hub") as hub,
            hub.session.post(
                f"{hub.url}/verify",
                data=b"qr=abc",
                headers={"Content-Type": "multipart/form-data"},
            ) as answer,
        ):
            assert answer.status == 400
            assert 'data-valid="false"' in await answer.text()

    asyncio.run(scenario())
