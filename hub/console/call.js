// One call with the spoke. The kiosk offers (it alone knows its link and adapts to it);
// the console answers. After a drop the kiosk offers again for the same consult and the
// console takes the new connection in place of the old one.

import { session } from "./api.js";
import { N } from "./i18n.js";

const STATS_MS = 2000;
const RING_EVERY_MS = 8000;
const RING_TIMES = 8;
// The browser's reasons (its own words are English whatever the page's language).
const CAMERA_PROBLEMS = {
  NotAllowedError: N("this browser was not allowed to use them"),
  NotFoundError: N("none is connected to this computer"),
  NotReadableError: N("another program is using them"),
};

function uid() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export class Call {
  constructor(signal, live, ui) {
    this.signal = signal; this.live = live; this.ui = ui;
    this.encounterId = null; this.callId = null; this.pc = null; this.local = null;
    this.control = null; this.muted = false; this.cameraOff = false; this.audioOnly = false;
    this.timer = null; this.last = null; this.summary = {}; this.photoRequests = 0;
  }

  get active() { return this.callId !== null; }

  async start(encounterId) {
    if (this.active) return;
    this.encounterId = encounterId; this.callId = uid();
    this.ui.state("Starting camera and microphone…");
    try {
      this.local = await navigator.mediaDevices.getUserMedia({
        audio: true, video: { width: { ideal: 640 }, height: { ideal: 480 } },
      });
    } catch (error) {
      const reason = CAMERA_PROBLEMS[error.name] || error.message;
      this.ui.state("Camera or microphone unavailable: {reason}", { reason: { k: reason, p: {} } });
      this.reset();
      return;
    }
    this.ui.localStream(this.local);
    this.ringing = 0;
    this.ring();
    this.ui.inCall(true);
  }

  // Ring until the spoke answers: a kiosk whose socket was reconnecting hears the next
  // ring. After RING_TIMES rings nobody answered.
  ring() {
    if (!this.active || this.answered) return;
    if (this.ringing >= RING_TIMES) {
      this.ui.state("The spoke did not answer. Try again later; the case stays yours.");
      this.finish();
      return;
    }
    this.ringing += 1;
    this.signal.send({ type: "call", encounter_id: this.encounterId, call_id: this.callId });
    this.ui.state("Ringing the spoke…");
    this.ringTimer = setTimeout(() => this.ring(), RING_EVERY_MS);
  }

  onSignal(message) {
    if (!this.active || message.encounter_id !== this.encounterId) return;
    if (message.call_id && message.call_id !== this.callId) return;
    switch (message.type) {
      case "accept": this.answered = true; this.ui.state("The spoke answered; connecting…"); break;
      case "decline": this.ui.state("The spoke cannot take the call now."); this.finish(); break;
      case "offer": this.answered = true; this.answer(message); break;
      case "hangup": this.ui.state("The spoke ended the call."); this.finish(); break;
      case "candidate": if (this.pc && message.candidate) this.pc.addIceCandidate(message.candidate).catch(() => {}); break;
      default: break;
    }
  }

  async answer(message) {
    if (this.pc) { this.pc.close(); this.ui.state("The spoke is rejoining…"); }
    const pc = new RTCPeerConnection({ iceServers: session.ice || [] });
    this.pc = pc;
    for (const track of this.local.getTracks()) pc.addTrack(track, this.local);
    pc.ontrack = (event) => this.ui.remoteTrack(event.track, event.streams[0]);
    pc.ondatachannel = (event) => this.channel(event.channel);
    pc.onconnectionstatechange = () => {
      if (pc !== this.pc) return;
      const state = pc.connectionState;
      if (state === "connected") this.ui.state("In call");
      if (state === "disconnected" || state === "failed") this.ui.state("Connection lost; waiting for the spoke to rejoin…");
    };
    await pc.setRemoteDescription({ type: "offer", sdp: message.sdp });
    await pc.setLocalDescription(await pc.createAnswer());
    await new Promise((resolve) => {
      if (pc.iceGatheringState === "complete") { resolve(); return; }
      pc.addEventListener("icegatheringstatechange", () => { if (pc.iceGatheringState === "complete") resolve(); });
      setTimeout(resolve, 2500);
    });
    this.signal.send({
      type: "answer", encounter_id: this.encounterId, call_id: this.callId,
      offer_id: message.offer_id, sdp: pc.localDescription.sdp,
    });
    this.applyAudioOnly();
    if (!this.timer) this.timer = setInterval(() => this.measure(), STATS_MS);
  }

  channel(channel) {
    if (channel.label === "vitals") {
      channel.onmessage = (event) => { try { this.live.show(JSON.parse(event.data)); } catch (_) { /* skip */ } };
    } else if (channel.label === "control") {
      this.control = channel;
      channel.onmessage = (event) => {
        let message;
        try { message = JSON.parse(event.data); } catch (_) { return; }
        if (message.t === "media") { this.audioOnly = !!message.audio_only; this.ui.audioOnly(this.audioOnly); this.applyAudioOnly(); }
        if (message.t === "photo") this.ui.photo(message);
      };
      channel.onopen = () => this.ui.canPhoto(true);
      channel.onclose = () => this.ui.canPhoto(false);
    }
  }

  // When the spoke's link falls back to audio, stop sending our video too: it would
  // crowd out the sound on the same link.
  applyAudioOnly() {
    if (!this.pc) return;
    for (const sender of this.pc.getSenders()) {
      if (!sender.track || sender.track.kind !== "video") continue;
      const params = sender.getParameters();
      if (!params.encodings || !params.encodings.length) continue;
      params.encodings[0].active = !this.audioOnly;
      sender.setParameters(params).catch(() => {});
    }
  }

  toggleMute() {
    this.muted = !this.muted;
    this.local?.getAudioTracks().forEach((t) => { t.enabled = !this.muted; });
    return this.muted;
  }

  toggleCamera() {
    this.cameraOff = !this.cameraOff;
    this.local?.getVideoTracks().forEach((t) => { t.enabled = !this.cameraOff; });
    return this.cameraOff;
  }

  takePhoto() {
    if (!this.control || this.control.readyState !== "open") return false;
    this.photoRequests += 1;
    this.control.send(JSON.stringify({ t: "take_photo", request_id: String(this.photoRequests) }));
    return true;
  }

  hangUp() {
    if (!this.active) return;
    this.signal.send({ type: "hangup", encounter_id: this.encounterId, call_id: this.callId });
    this.ui.state("Call ended.");
    this.finish();
  }

  finish() {
    this.reset();
    this.ui.inCall(false);
  }

  reset() {
    if (this.timer) clearInterval(this.timer);
    clearTimeout(this.ringTimer);
    this.answered = false;
    this.timer = null;
    if (this.pc) this.pc.close();
    this.local?.getTracks().forEach((t) => t.stop());
    this.pc = null; this.local = null; this.control = null; this.callId = null;
    this.muted = false; this.cameraOff = false; this.audioOnly = false; this.last = null;
    this.ui.audioOnly(false); this.live.reset();
  }

  async measure() {
    if (!this.pc) return;
    const report = await this.pc.getStats();
    const now = { video: null, audio: null, rtt: null, outVideo: null };
    report.forEach((s) => {
      if (s.type === "inbound-rtp" && s.kind === "video") now.video = s;
      if (s.type === "inbound-rtp" && s.kind === "audio") now.audio = s;
      if (s.type === "outbound-rtp" && s.kind === "video") now.outVideo = s;
      if (s.type === "candidate-pair" && s.nominated && s.state === "succeeded") now.rtt = s.currentRoundTripTime;
    });
    let loss = 0;
    const streams = [now.video, now.audio].filter(Boolean);
    if (this.last) {
      let lost = 0, got = 0;
      for (const s of streams) {
        const before = (s.kind === "video" ? this.last.video : this.last.audio) || { packetsLost: 0, packetsReceived: 0 };
        lost += Math.max(0, (s.packetsLost || 0) - (before.packetsLost || 0));
        got += Math.max(0, (s.packetsReceived || 0) - (before.packetsReceived || 0));
      }
      loss = lost + got ? lost / (lost + got) : 0;
    }
    this.last = now;
    this.summary = {
      rtt: now.rtt, loss,
      videoWidth: now.video?.frameWidth || 0, videoHeight: now.video?.frameHeight || 0,
      videoFps: now.video?.framesPerSecond || 0, framesDecoded: now.video?.framesDecoded || 0,
      audioPackets: now.audio?.packetsReceived || 0, audioEnergy: now.audio?.totalAudioEnergy || 0,
      sentFrames: now.outVideo?.framesEncoded || 0,
      jitterMs: now.video?.jitterBufferEmittedCount ? (now.video.jitterBufferDelay / now.video.jitterBufferEmittedCount) * 1000 : null,
      decodeMs: now.video?.framesDecoded ? (now.video.totalDecodeTime / now.video.framesDecoded) * 1000 : null,
    };
    const rtt = now.rtt ?? 0;
    const level = this.audioOnly || loss > 0.08 || rtt > 0.8 ? "poor" : loss > 0.02 || rtt > 0.35 ? "fair" : "good";
    this.ui.quality(level, rtt, loss);
  }
}
