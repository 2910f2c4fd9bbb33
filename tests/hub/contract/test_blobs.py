"""The Blobs contract: a spoke may fetch or upload only the blobs its attachments name."""

from __future__ import annotations

from hub.storage.aggregates import Blobs
from hub.storage.base import HubStorage
from tests.hub.contract import records as r
from tests.hub.contract.coverage import covers


@covers(Blobs.blob_claim, Blobs.blob_complete)
async def test_a_blob_is_claimed_by_the_spoke_that_names_it_and_completes_once(
    storage: HubStorage,
) -> None:
    await r.two_spokes(storage)
    case = await r.queued_case(storage)
    data = b"\xff\xd8 the photo of a rash"
    sha, size = r.photo(data)
    assert await storage.blob_claim("spoke-a", sha) is None
    [answer] = await storage.push(
        "spoke-a", "kiosk-a", [r.attachment(case.patient_id, None, data)], r.NOW
    )
    assert answer.status == "accepted"
    claim = await storage.blob_claim("spoke-a", sha)
    assert claim is not None
    assert (claim.sha256, claim.size, claim.mime, claim.complete) == (sha, size, "image/jpeg",
                                                                      False)  # fmt: skip
    assert await storage.blob_claim("spoke-b", sha) is None  # another spoke's photo
    await storage.blob_complete(sha, r.later(1))
    await storage.blob_complete(sha, r.later(2))  # again: still complete, no error
    done = await storage.blob_claim("spoke-a", sha)
    assert done is not None and done.complete
    await storage.blob_complete("ab" * 32, r.NOW)  # a blob nobody named: nothing happens
    assert await storage.blob_claim("spoke-a", "ab" * 32) is None
