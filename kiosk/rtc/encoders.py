"""Encoders for rural links, in place of aiortc's defaults.

aiortc's VP8 encoder never goes below 250 kbit/s and remakes itself on every receiver
estimate that moves 10 %; its Opus encoder sends 96 kbit/s stereo. On a 2G/3G link
that is more than the whole link. These keep VP8 between ``VIDEO_FLOOR`` and the cap
the link policy sets (the receiver's estimate can only lower it), change the bitrate
only in coarse steps (each change restarts the encoder with a key frame), and send
mono Opus at voice bitrate with in-band forward error correction.

aiortc picks its encoder itself; :func:`use_encoder` hands a sender ours before its
first frame. That reaches into the sender's private attribute, checked here so that an
aiortc release that moves it fails loudly (and ``tests/rtc`` notices) instead of
silently sending at aiortc's rates.
"""

from __future__ import annotations

import fractions
import time
from typing import Any

import av
from aiortc.codecs.opus import OpusEncoder
from aiortc.codecs.vpx import Vp8Encoder
from aiortc.rtcrtpsender import RTCRtpSender

from kiosk.rtc.policy import AUDIO_BITRATE, VIDEO_FLOOR

STEP = 0.25  # restart the encoder only when the target moved this much
OPUS_FRAME_MS = 40  # half the packets of 20 ms frames: headers cost less on a slow link
SAMPLE_RATE = 48000
_SENDER_ENCODER = "_RTCRtpSender__encoder"


class RuralVp8Encoder(Vp8Encoder):
    def __init__(self, cap: int = 600_000) -> None:
        super().__init__()
        self.cap = cap
        self.estimate: int | None = None  # the receiver's (REMB), set by the sender
        self.restarts = 0
        self.bitrate_used = 0
        self.key_next = False  # video resumes after audio only: start with a whole picture
        self.encode_seconds = 0.0
        self.frames_encoded = 0

    @property
    def target_bitrate(self) -> int:
        wanted = self.cap if self.estimate is None else min(self.cap, self.estimate)
        return max(VIDEO_FLOOR, wanted)

    @target_bitrate.setter
    def target_bitrate(self, bitrate: int) -> None:
        self.estimate = int(bitrate)

    def _open(self, width: int, height: int) -> Any:
        codec = av.CodecContext.create("libvpx", "w")
        codec.width, codec.height = width, height
        codec.bit_rate = self.target_bitrate
        codec.pix_fmt = "yuv420p"
        codec.gop_size = 3000  # key frames only when asked for (a loss the receiver reports)
        codec.qmin, codec.qmax = 4, 56
        small = width * height <= 320 * 240
        codec.options = {
            "bufsize": str(self.target_bitrate),
            "cpu-used": "-6" if small else "-8",  # realtime speed: bigger pictures, cheaper
            "deadline": "realtime",
            "lag-in-frames": "0",
            "minrate": str(self.target_bitrate),
            "maxrate": str(self.target_bitrate),
            "noise-sensitivity": "4",
            "overshoot-pct": "15",
            "undershoot-pct": "100",
            "partitions": "0",
            "static-thresh": "1",
            "error-resilient": "1",
        }
        # One thread: on a 2-core kiosk libvpx's extra threads cost ten times the time
        # per frame at 640x480 (measured: 2 ms with one, 19 ms with two).
        codec.thread_count = 1
        self.restarts += 1
        self.bitrate_used = self.target_bitrate
        return codec

    def encode(self, frame: Any, force_keyframe: bool = False) -> tuple[list[bytes], int]:
        started = time.perf_counter()
        try:
            return self._encode(frame, force_keyframe)
        finally:
            self.encode_seconds += time.perf_counter() - started
            self.frames_encoded += 1

    def _encode(self, frame: Any, force_keyframe: bool) -> tuple[list[bytes], int]:
        if frame.format.name != "yuv420p":
            frame = frame.reformat(format="yuv420p")
        codec = self.codec
        if codec is not None and (
            frame.width != codec.width
            or frame.height != codec.height
            or abs(self.target_bitrate - self.bitrate_used) / self.bitrate_used > STEP
        ):
            codec = None
        if codec is None:
            codec = self.codec = self._open(frame.width, frame.height)
        if force_keyframe or self.key_next:
            self.key_next = False
            frame.pict_type = av.video.frame.PictureType.I
        data = b"".join(bytes(p) for p in codec.encode(frame))
        payloads = self._packetize(data, self.picture_id)
        timestamp = int(frame.pts * frame.time_base * 90000)
        self.picture_id = (self.picture_id + 1) % (1 << 15)
        return payloads, timestamp


class MonoOpusEncoder(OpusEncoder):
    def __init__(self, bitrate: int = AUDIO_BITRATE) -> None:
        super().__init__()
        samples = SAMPLE_RATE * OPUS_FRAME_MS // 1000
        codec = av.CodecContext.create("libopus", "w")
        codec.bit_rate = bitrate
        codec.format = "s16"
        codec.layout = "mono"
        codec.sample_rate = SAMPLE_RATE
        codec.time_base = fractions.Fraction(1, SAMPLE_RATE)
        codec.options = {
            "application": "voip",
            "frame_duration": str(OPUS_FRAME_MS),
            "fec": "1",
            "packet_loss": "10",  # expect loss: spend some bits on in-band FEC
        }
        self.codec = codec
        self.resampler = av.AudioResampler(
            format="s16", layout="mono", rate=SAMPLE_RATE, frame_size=samples
        )


def use_encoder(sender: RTCRtpSender, encoder: Any) -> None:
    """Make ``sender`` encode with ``encoder``; call before its first frame."""
    if not hasattr(sender, _SENDER_ENCODER):
        raise RuntimeError(
            "this aiortc release keeps its encoder elsewhere; kiosk.rtc.encoders needs updating"
        )
    setattr(sender, _SENDER_ENCODER, encoder)
