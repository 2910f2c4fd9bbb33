"""``kiosk consult test-call`` against the hub's echo room, and the audio devices."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.rtc.audio import AudioUnavailableError, Speaker, open_microphone
from kiosk.rtc.sound import alsa_devices
from tests.hubtools import ThreadHub
from tests.rtc.media_files import make_test_card, make_tone


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[ThreadHub]:
    running = ThreadHub(tmp_path / "hub")
    yield running
    running.close()


def test_test_call_reports_both_directions_as_json(
    hub: ThreadHub, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = str(tmp_path / "kiosk")
    assert main(["enroll", "--hub", hub.url, "--code", hub.code(), "--home", home]) == 0
    video = make_test_card(tmp_path / "card.avi")
    tone = make_tone(tmp_path / "tone.wav")
    capsys.readouterr()
    code = main(["consult", "test-call", "--home", home, "--hub", hub.url, "--video", str(video),
                 "--microphone", f"file:{tone}", "--seconds", "4", "--json"])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    figures = json.loads(out)
    assert figures["sent_fps"] >= 10 and figures["received_fps"] >= 10
    assert figures["sent_resolution"] and figures["received_resolution"]
    assert figures["sent_kbps"] > 20 and figures["received_kbps"] > 20
    assert figures["audio_packets_per_s"] > 20  # our tone, played back by the echo room
    assert figures["rtt_ms"] is not None and figures["loss_sent"] == 0
    assert figures["problems"] == []


def test_test_call_says_plainly_when_the_hub_is_not_there(
    hub: ThreadHub, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = str(tmp_path / "kiosk")
    assert main(["enroll", "--hub", hub.url, "--code", hub.code(), "--home", home]) == 0
    capsys.readouterr()
    assert main(["consult", "test-call", "--home", home, "--hub", hub.url]) == 1
    assert "the camera gave no picture" in capsys.readouterr().err  # this machine has none
    video = make_test_card(tmp_path / "card.avi", seconds=1)
    code = main(["consult", "test-call", "--home", home, "--video", str(video),
                 "--hub", "http://127.0.0.1:9", "--seconds", "1"])  # fmt: skip
    assert code == 1
    assert "no answer from the hub" in capsys.readouterr().err


def test_alsa_devices_from_proc(tmp_path: Path) -> None:
    (tmp_path / "pcm").write_text(
        "00-00: ALC892 Analog : ALC892 Analog : playback 1 : capture 1\n"
        "01-03: HDMI 0 : HDMI 0 : playback 1\n"
    )
    devices = alsa_devices(tmp_path)
    assert [(d.id, d.capture, d.playback) for d in devices] == [
        ("hw:0,0", True, True), ("hw:1,3", False, True)
    ]  # fmt: skip


def test_no_sound_card_is_said_in_plain_words(tmp_path: Path) -> None:
    with pytest.raises(AudioUnavailableError, match="No microphone found"):
        open_microphone("default", proc=tmp_path)
    with pytest.raises(AudioUnavailableError, match="No speaker found"):
        Speaker("default", proc=tmp_path)
    track, player = open_microphone("none", proc=tmp_path)
    assert player is None and track.kind == "audio"


def test_devices_command_keeps_the_choice_in_settings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = str(tmp_path / "kiosk")
    assert main(["consult", "devices", "--home", home, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["microphone"] == "default"
    assert main(["consult", "devices", "--home", home, "--microphone", "hw:1,0",
                 "--speaker", "none", "--json"]) == 0  # fmt: skip
    chosen = json.loads(capsys.readouterr().out)
    assert (chosen["microphone"], chosen["speaker"]) == ("hw:1,0", "none")
    assert isinstance(chosen["devices"], list)
