"""The link policy on its own: sequences of looks at a link, and what it decides."""

from __future__ import annotations

from kiosk.rtc.policy import (
    LADDER,
    START_RUNG,
    VIDEO_FLOOR,
    LinkPolicy,
    LinkSample,
)


def run(policy: LinkPolicy, sample: LinkSample, looks: int) -> None:
    for _ in range(looks):
        policy.update(sample)


def test_a_clean_link_climbs_to_the_top_one_rung_at_a_time() -> None:
    policy = LinkPolicy()
    assert policy.mode.rung == LADDER[START_RUNG]
    changes = [policy.update(LinkSample(0.0, 0.05)) for _ in range(40)]
    rungs = [c.rung for c in changes if c is not None]
    assert rungs == [LADDER[1], LADDER[0]]
    assert policy.mode.rung == LADDER[0]


def test_a_filling_queue_steps_down_at_once() -> None:
    policy = LinkPolicy(start=0)
    run(policy, LinkSample(0.0, 0.05), 3)
    change = policy.update(LinkSample(0.0, 0.05 + 0.5))
    assert change is not None and change.rung == LADDER[1]
    assert "down" in change.reason


def test_severe_congestion_skips_a_rung() -> None:
    policy = LinkPolicy(start=0)
    run(policy, LinkSample(0.0, 0.05), 3)
    change = policy.update(LinkSample(0.5, 1.2))
    assert change is not None and change.rung == LADDER[2]


def test_three_percent_random_loss_keeps_video_at_320x240_or_better() -> None:
    policy = LinkPolicy()
    pattern = [0.02, 0.04, 0.03, 0.025, 0.035, 0.03, 0.045, 0.02]
    for i in range(300):
        policy.update(LinkSample(pattern[i % len(pattern)], 0.08))
        assert not policy.audio_only
        rung = policy.mode.rung
        assert rung is not None and rung.width >= 320 and rung.fps >= 12


def test_persistent_loss_at_the_bottom_rung_gives_audio_only_then_recovery() -> None:
    policy = LinkPolicy(start=len(LADDER) - 1)
    changes = [policy.update(LinkSample(0.06, 0.1)) for _ in range(12)]
    assert policy.audio_only
    assert [c for c in changes if c is not None][-1].audio_only
    run(policy, LinkSample(0.05, 0.1), 20)
    assert policy.audio_only  # 5 % loss is still too much to try video again
    changes = [policy.update(LinkSample(0.0, 0.1)) for _ in range(15)]
    back = [c for c in changes if c is not None]
    assert back and back[0].rung == LADDER[-1]


def test_a_failed_climb_waits_longer_before_the_next_try() -> None:
    policy = LinkPolicy(start=2)
    run(policy, LinkSample(0.0, 0.05), 4)
    assert policy.mode.rung == LADDER[1]
    run(policy, LinkSample(0.0, 0.05), 2)  # the hold after a change
    run(policy, LinkSample(0.0, 0.5), 1)  # the climb congested the link
    assert policy.mode.rung == LADDER[2]
    looks = 0
    while policy.mode.rung == LADDER[2]:
        policy.update(LinkSample(0.0, 0.05))
        looks += 1
    assert looks >= 8  # twice the usual four clean looks


def test_receiver_estimate_below_the_rung_is_congestion() -> None:
    policy = LinkPolicy(start=1)
    run(policy, LinkSample(0.0, 0.05, remb=400_000), 3)
    change = policy.update(LinkSample(0.0, 0.05, remb=150_000))
    assert change is not None and change.rung == LADDER[2]


def test_the_floor_is_below_aiortcs() -> None:
    from aiortc.codecs import vpx

    assert VIDEO_FLOOR < vpx.MIN_BITRATE
    assert LADDER[-1].bitrate >= VIDEO_FLOOR
