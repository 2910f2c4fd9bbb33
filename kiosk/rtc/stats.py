"""Reading a call's statistics: what the link policy needs (loss and round-trip time as
the far end reports them) and the figures ``kiosk consult test-call`` prints."""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from typing import Any

from kiosk.rtc.policy import LinkSample


def _by_kind(report: Any, kind_type: str) -> dict[str, Any]:
    return {s.kind: s for s in report.values() if getattr(s, "type", "") == kind_type}


class LinkReader:
    """Turns successive aiortc stats reports into :class:`LinkSample` looks: loss counted
    from the far end's receiver reports between two looks, so every look is fresh."""

    def __init__(self) -> None:
        self._seen: dict[str, tuple[int, int]] = {}  # kind -> (accounted, lost)

    def sample(self, report: Any, remb: int | None = None) -> LinkSample:
        accounted = lost = 0
        rtts = []
        for kind, remote in _by_kind(report, "remote-inbound-rtp").items():
            total = int(remote.packetsReceived) + int(remote.packetsLost)
            before = self._seen.get(kind, (0, 0))
            if total > before[0]:
                accounted += total - before[0]
                lost += max(0, int(remote.packetsLost) - before[1])
                # Only a stream the far end reported on since the last look has a fresh
                # round-trip time: paused video keeps its last (congested) one.
                if remote.roundTripTime:
                    rtts.append(float(remote.roundTripTime))
            self._seen[kind] = (total, int(remote.packetsLost))
        loss = lost / accounted if accounted else None
        return LinkSample(loss, max(rtts) if rtts else None, remb)


@dataclass
class CallFigures:
    """What a call carried, per second over the measured span."""

    seconds: float = 0.0
    sent_fps: float = 0.0
    sent_resolution: str = ""
    sent_kbps: float = 0.0
    received_fps: float = 0.0
    received_resolution: str = ""
    received_kbps: float = 0.0  # everything the link brought in: video, audio, data
    audio_packets_per_s: float = 0.0
    rtt_ms: float | None = None
    loss_sent: float | None = None  # share of our packets the far end reports lost
    loss_received: float | None = None  # share of the far end's packets we lost
    audio_only: bool = False
    encode_ms: float | None = None  # the kiosk's VP8 encoder, per frame

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Counters:
    at: float
    frames_sent: int
    frames_received: int
    bytes_sent: int
    bytes_received: int
    audio_packets_received: int


def counters(report: Any, frames_sent: int, frames_received: int) -> Counters:
    video_out = _by_kind(report, "outbound-rtp").get("video")
    audio_in = _by_kind(report, "inbound-rtp").get("audio")
    transports = [s for s in report.values() if getattr(s, "type", "") == "transport"]
    return Counters(
        time.monotonic(),
        frames_sent,
        frames_received,
        int(video_out.bytesSent) if video_out else 0,
        sum(int(t.bytesReceived) for t in transports),
        int(audio_in.packetsReceived) if audio_in else 0,
    )


def figures(report: Any, start: Counters, end: Counters) -> CallFigures:
    span = max(end.at - start.at, 1e-6)
    out = CallFigures(seconds=round(span, 1))
    out.sent_fps = round((end.frames_sent - start.frames_sent) / span, 1)
    out.received_fps = round((end.frames_received - start.frames_received) / span, 1)
    out.sent_kbps = round((end.bytes_sent - start.bytes_sent) * 8 / span / 1000, 1)
    out.received_kbps = round((end.bytes_received - start.bytes_received) * 8 / span / 1000, 1)
    out.audio_packets_per_s = round(
        (end.audio_packets_received - start.audio_packets_received) / span, 1
    )
    remote = _by_kind(report, "remote-inbound-rtp")
    rtts = [float(r.roundTripTime) for r in remote.values() if r.roundTripTime]
    out.rtt_ms = round(max(rtts) * 1000, 1) if rtts else None
    lost = sum(int(r.packetsLost) for r in remote.values())
    seen = sum(int(r.packetsReceived) + int(r.packetsLost) for r in remote.values())
    out.loss_sent = round(lost / seen, 4) if seen else None
    inbound = _by_kind(report, "inbound-rtp").values()
    lost_in = sum(max(0, int(s.packetsLost)) for s in inbound)
    got_in = sum(int(s.packetsReceived) for s in inbound)
    out.loss_received = round(lost_in / (lost_in + got_in), 4) if got_in + lost_in else None
    return out
