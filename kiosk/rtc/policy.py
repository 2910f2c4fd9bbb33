"""How much video a rural link can carry, decided from the call's own statistics.

Every couple of seconds the session hands the policy what the far end reported (packet
loss since the last look, round-trip time, and the receiver's bitrate estimate). The
policy walks a ladder of resolutions and frame rates: down at once when the link is
congested (loss, or round-trip time growing over its best, which is a queue filling),
up only after a run of clean looks, and more reluctantly after a climb that failed.
Below the lowest rung it gives up video and keeps the voice; it returns to video only
after a longer clean run, so a link on the edge does not flap. Pure logic: no aiortc.
"""

from __future__ import annotations

from dataclasses import dataclass

LOSS_SMOOTHING = 0.35  # weight of the newest look in the loss average
CONGESTED_LOSS = 0.10
LOSSY = 0.045  # at the bottom rung, this much loss for a while means audio only
CLEAN_LOSS = 0.035
RETURN_LOSS = 0.03  # audio only: video comes back below this
QUEUE_CONGESTED = 0.35  # seconds of round-trip time over the best seen
QUEUE_SEVERE = 0.8
QUEUE_CLEAN = 0.15
HOLD_LOOKS = 2  # after a change, looks before the next change down
CLIMB_LOOKS = 4  # clean looks before climbing a rung (doubles after a failed climb)
CLIMB_LOOKS_MAX = 32
AUDIO_AFTER = 3  # bad looks at the bottom rung before dropping video
RETURN_AFTER = 5  # clean looks in audio only before video returns
REMB_MARGIN = 0.75  # the receiver estimates less than this share of the rung: congested


@dataclass(frozen=True)
class Rung:
    width: int
    height: int
    fps: int
    bitrate: int  # bits per second for the video encoder

    def __str__(self) -> str:
        return f"{self.width}x{self.height}@{self.fps}"


# 4:3 like most webcams. The lowest rung still shows a face and a rash; below it the
# voice matters more than the picture.
LADDER = (
    Rung(640, 480, 20, 600_000),
    Rung(480, 360, 15, 350_000),
    Rung(320, 240, 15, 200_000),
    Rung(320, 240, 12, 140_000),
    Rung(240, 180, 10, 100_000),
)
START_RUNG = 2  # start modestly: most spokes are on 3G or worse
VIDEO_FLOOR = 80_000  # the encoder never goes below this (aiortc's own floor is 250 kbit/s)
AUDIO_BITRATE = 24_000  # mono Opus, voice


@dataclass(frozen=True)
class LinkSample:
    """One look at the link: loss since the last look (None if the far end sent no new
    report), smoothed round-trip time in seconds, the receiver's estimate in bit/s."""

    loss: float | None
    rtt: float | None
    remb: int | None = None


@dataclass(frozen=True)
class Mode:
    rung: Rung | None  # None: audio only
    reason: str = ""

    @property
    def audio_only(self) -> bool:
        return self.rung is None


class LinkPolicy:
    def __init__(self, ladder: tuple[Rung, ...] = LADDER, start: int = START_RUNG) -> None:
        self.ladder = ladder
        self.index = min(start, len(ladder) - 1)  # len(ladder) means audio only
        self.loss = 0.0
        self.best_rtt: float | None = None
        self.queue = 0.0
        self._hold = 0
        self._clean = 0
        self._bad = 0
        self._climb_looks = CLIMB_LOOKS
        self._climbed_from: int | None = None

    @property
    def audio_only(self) -> bool:
        return self.index >= len(self.ladder)

    @property
    def mode(self) -> Mode:
        return Mode(None if self.audio_only else self.ladder[self.index])

    def _observe(self, sample: LinkSample) -> None:
        if sample.loss is not None:
            self.loss += LOSS_SMOOTHING * (max(0.0, min(sample.loss, 1.0)) - self.loss)
        if sample.rtt is not None and sample.rtt > 0:
            self.best_rtt = sample.rtt if self.best_rtt is None else min(self.best_rtt, sample.rtt)
            self.queue = sample.rtt - self.best_rtt

    def update(self, sample: LinkSample) -> Mode | None:
        """Take one look; return the new mode when it changes, else None."""
        self._observe(sample)
        before = self.index
        if self.audio_only:
            self._in_audio_only()
        else:
            self._in_video(sample)
        if self.index == before:
            return None
        self._hold = HOLD_LOOKS
        self._clean = self._bad = 0
        return Mode(self.mode.rung, self._reason(before))

    def _reason(self, before: int) -> str:
        return (
            f"loss {self.loss:.1%}, queue {self.queue * 1000:.0f} ms: "
            f"{'down' if self.index > before else 'up'} to {self.mode.rung or 'audio only'}"
        )

    def _congested(self, sample: LinkSample) -> bool:
        rung = self.ladder[self.index]
        starved = sample.remb is not None and sample.remb < rung.bitrate * REMB_MARGIN
        return self.loss > CONGESTED_LOSS or self.queue > QUEUE_CONGESTED or starved

    def _in_video(self, sample: LinkSample) -> None:
        bottom = len(self.ladder) - 1
        congested = self._congested(sample)
        clean = self.loss < CLEAN_LOSS and self.queue < QUEUE_CLEAN and not congested
        self._clean = self._clean + 1 if clean else 0
        if self._hold > 0:
            self._hold -= 1
            if not (congested and self.queue > QUEUE_SEVERE):
                return
        if self.index == bottom:
            self._bad = self._bad + 1 if (congested or self.loss > LOSSY) else 0
            if self._bad >= AUDIO_AFTER:
                self.index = len(self.ladder)
            return
        if congested:
            if self._climbed_from is not None and self._climbed_from == self.index + 1:
                # The last climb did not hold: wait twice as long before trying again.
                self._climb_looks = min(self._climb_looks * 2, CLIMB_LOOKS_MAX)
            self._climbed_from = None
            steps = 2 if (self.loss > 2 * CONGESTED_LOSS or self.queue > QUEUE_SEVERE) else 1
            self.index = min(self.index + steps, bottom)
            return
        if self._clean >= self._climb_looks and self.index > 0:
            self._climbed_from = self.index
            self.index -= 1

    def _in_audio_only(self) -> None:
        clean = self.loss < RETURN_LOSS and self.queue < QUEUE_CLEAN
        self._clean = self._clean + 1 if clean else 0
        if self._clean >= RETURN_AFTER:
            self.index = len(self.ladder) - 1
