// The live vitals panel: SpO2, pulse and the pleth wave, streamed by the kiosk over the
// call's data channel while the call lasts.

import { say } from "./i18n.js";

const KEEP = 300; // pleth samples on screen

export class LiveVitals {
  constructor() {
    this.spo2 = document.getElementById("live-spo2");
    this.pulse = document.getElementById("live-pulse");
    this.state = document.getElementById("live-state");
    this.canvas = document.getElementById("live-pleth");
    this.samples = [];
    this.frame = null;
  }
  reset() {
    this.spo2.textContent = "–"; this.pulse.textContent = "–"; this.samples = [];
    say(this.state, "waiting for the oximeter");
    this.draw();
  }
  show(message) {
    if (typeof message.spo2 === "number") this.spo2.textContent = String(Math.round(message.spo2));
    if (typeof message.pulse === "number") this.pulse.textContent = String(Math.round(message.pulse));
    if (Array.isArray(message.pleth)) {
      this.samples.push(...message.pleth.filter((v) => typeof v === "number"));
      if (this.samples.length > KEEP) this.samples.splice(0, this.samples.length - KEEP);
    }
    say(this.state, "live from the spoke");
    if (!this.frame) this.frame = requestAnimationFrame(() => { this.frame = null; this.draw(); });
  }
  draw() {
    const c = this.canvas, g = c.getContext("2d");
    const w = c.width = c.clientWidth || 320, h = c.height = 70;
    g.clearRect(0, 0, w, h);
    if (this.samples.length < 2) return;
    const lo = Math.min(...this.samples), hi = Math.max(...this.samples), span = hi - lo || 1;
    g.strokeStyle = "#0d5f8a"; g.lineWidth = 2; g.beginPath();
    this.samples.forEach((v, i) => {
      const x = (i / (KEEP - 1)) * w, y = h - 6 - ((v - lo) / span) * (h - 12);
      if (i === 0) g.moveTo(x, y); else g.lineTo(x, y);
    });
    g.stroke();
  }
}
