// The specialist console: sign in, the consult queue of this hub site, a case, the call.

import { api, ApiError, session, Signal } from "./api.js";
import { Call } from "./call.js";
import { LiveVitals } from "./live.js";
import { mountSwitch, say, t } from "./i18n.js";

const $ = (id) => document.getElementById(id);
const SPECIALTIES = {
  general_medicine: "General medicine", paediatrics: "Paediatrics",
  obstetrics_gynaecology: "Obstetrics and gynaecology", dermatology: "Dermatology", ent: "ENT",
  ophthalmology: "Ophthalmology", psychiatry: "Psychiatry", orthopaedics: "Orthopaedics",
  cardiology: "Cardiology", dental: "Dental",
};
const VITALS = {
  blood_pressure: ["Blood pressure", "mmHg"], pulse_rate: ["Pulse", "/min"], spo2: ["SpO₂", "%"],
  body_temperature: ["Temperature", "°C"], respiratory_rate: ["Respiratory rate", "/min"],
  weight: ["Weight", "kg"], height: ["Height", "cm"], bmi: ["BMI", "kg/m²"],
  blood_glucose: ["Blood glucose", "mg/dL"], blood_glucose_fasting: ["Fasting glucose", "mg/dL"],
  heart_rate: ["Heart rate", "/min"],
};
const SEX = { female: "F", male: "M", other: "O" };

let signal = null;
let current = null; // the open case
let queueTimer = null;
const live = new LiveVitals();

function show(view) {
  for (const id of ["login-view", "queue-view", "case-view"]) $(id).hidden = id !== view;
  $("who").hidden = view === "login-view";
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "dataset") Object.assign(node.dataset, v);
    else if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

function waiting(seconds) {
  const m = Math.floor(seconds / 60);
  if (m < 1) return t("just now");
  if (m < 60) return t("{m} min", { m });
  return t("{h} h {m} min", { h: Math.floor(m / 60), m: m % 60 });
}

function patientLine(p) {
  const bits = [p.age_years !== null && p.age_years !== undefined ? `${p.age_years} ${SEX[p.sex] || ""}`.trim() : "", p.village,
    p.language_name ? t("speaks {language}", { language: p.language_name }) : ""];
  return bits.filter(Boolean).join(" · ");
}

// -- signing in ------------------------------------------------------------------------------
async function signIn(event) {
  event.preventDefault();
  $("login-error").hidden = true;
  try {
    const answer = await api("POST", "/login", {
      username: $("login-username").value, password: $("login-password").value,
    });
    $("login-password").value = "";
    started(answer);
  } catch (error) {
    $("login-error").textContent = error.message;
    $("login-error").hidden = false;
  }
}

function started(answer) {
  session.csrf = answer.csrf;
  session.me = answer.specialist;
  $("specialist-name").textContent = session.me.name;
  $("specialist-site").textContent = session.me.hub_site;
  $("queue-site").textContent = session.me.hub_site;
  say($("queue-specialty"), SPECIALTIES[session.me.specialty] || session.me.specialty);
  signal = new Signal(onSignal, (up) => {
    say($("socket-state"), up ? "online" : "reconnecting");
    $("socket-state").classList.toggle("online", up);
    if (up) refreshQueue();
  });
  signal.open();
  call.signal = signal;
  openQueue();
  queueTimer = setInterval(() => { if (!$("queue-view").hidden) refreshQueue(); }, 30000);
}

async function signOut() {
  call.hangUp();
  try { await api("POST", "/logout"); } catch (_) { /* signed out anyway */ }
  signal?.close();
  clearInterval(queueTimer);
  session.csrf = ""; session.me = null;
  show("login-view");
}

// -- the queue -------------------------------------------------------------------------------
function openQueue() {
  if (current) document.dispatchEvent(new CustomEvent("hwc:case-closed", { detail: { encounterId: current.encounter_id } }));
  current = null;
  show("queue-view");
  refreshQueue();
}

async function refreshQueue() {
  let data;
  try { data = await api("GET", "/queue"); } catch (error) { return handle(error); }
  const body = $("queue-body");
  body.replaceChildren();
  for (const entry of data.queue) body.append(queueRow(entry));
  $("queue-empty").hidden = data.queue.length > 0;
  if (data.queue.length === 1) say($("queue-count"), "1 patient waiting");
  else say($("queue-count"), "{n} patients waiting", { n: data.queue.length });
}

// A live call, or a case the spoke sent for review (store-and-forward), answered in writing.
function modeBadge(entry) {
  return entry.consult_mode === "text"
    ? el("span", { class: "tag review", "data-testid": "queue-mode", dataset: { mode: "text" } }, t("✉ Review (text)"))
    : el("span", { class: "tag call-mode", "data-testid": "queue-mode", dataset: { mode: "video" } }, t("☎ Video call"));
}

function queueRow(entry) {
  const status = entry.taken_by_me ? el("span", { class: "tag mine" }, t("Yours"))
    : entry.taken_by ? el("span", { class: "tag taken", "data-testid": "queue-taken" }, t("Taken by {name}", { name: entry.taken_by }))
    : entry.calling ? el("span", { class: "tag calling", "data-testid": "queue-calling" }, t("Spoke is calling"))
    : el("span", { class: "tag" }, t("Waiting"));
  let action = null;
  if (entry.taken_by_me) action = el("button", { class: "primary", "data-testid": "queue-open", onclick: () => openCase(entry.encounter_id) }, t("Open"));
  else if (!entry.taken_by) action = el("button", { class: "primary", "data-testid": "queue-take", onclick: () => takeCase(entry.encounter_id) }, t("Take"));
  return el("tr", { "data-testid": "queue-row", class: entry.taken_by_me ? "mine" : "", dataset: { encounterId: entry.encounter_id } },
    el("td", {}, entry.urgent ? el("span", { class: "tag urgent", "data-testid": "queue-urgent" }, t("Urgent")) : el("span", { class: "muted" }, t("Routine"))),
    el("td", { class: "patient" }, el("strong", { "data-testid": "queue-patient" }, entry.patient.name), el("span", { class: "muted small" }, patientLine(entry.patient))),
    el("td", {}, modeBadge(entry)),
    el("td", { class: "complaint" }, el("span", { class: "clamp" }, entry.complaint)),
    el("td", { "data-testid": "queue-spoke" }, entry.spoke_name),
    el("td", { "data-testid": "queue-waiting" }, waiting(entry.waiting_seconds)),
    el("td", {}, status),
    el("td", {}, action));
}

async function takeCase(id) {
  $("queue-problem").hidden = true;
  try { await api("POST", `/cases/${id}/take`); } catch (error) {
    if (error instanceof ApiError && error.code === "no_consent") {
      // The hub holds no standing consent: say so here, in plain words, not in a pop-up.
      $("queue-problem").textContent = error.message;
      $("queue-problem").hidden = false;
    } else handle(error);
    refreshQueue();
    return;
  }
  openCase(id);
}

// -- a case ------------------------------------------------------------------------------------
async function openCase(id) {
  let data;
  try { data = await api("GET", `/cases/${id}`); } catch (error) { return handle(error); }
  current = data;
  show("case-view");
  // Other parts of the console (the prescription form) follow the open case.
  document.dispatchEvent(new CustomEvent("hwc:case-opened", { detail: { case: data, session } }));
  $("case-patient").textContent = data.patient.name;
  $("case-complaint").textContent = data.complaint || "—";
  $("case-review").hidden = data.consult_mode !== "text";
  $("case-view").classList.toggle("review", data.consult_mode === "text");
  $("case-history").textContent = data.history || "—";
  renderCaseWords(data);
  // No call without a standing consent; the hub refuses one too.
  $("call-start").disabled = call.active || !data.consent.allowed;
  for (const id of ["case-release", "case-finish"]) $(id).disabled = false;
}

// What of the case is in the console's own words (again when the specialist switches language).
function renderCaseWords(data) {
  $("case-meta").textContent = [patientLine(data.patient), data.spoke_name,
    t("waiting {time}", { time: waiting(data.waiting_seconds) }), data.urgent ? t("urgent") : ""]
    .filter(Boolean).join(" · ");
  renderVitals(data.vitals);
  renderPhotos(data.photos);
  renderConsent(data.consent);
}

const METHODS = { verbal: "said yes aloud", thumbprint: "thumbprint on the printed form",
  signature: "signature on the printed form" };

function consentLine(c) {
  const who = c.given_by === "guardian"
    ? t("{name} ({relation}, for the patient)", { name: c.guardian_name, relation: c.guardian_relation.replace("_", " ") })
    : t("the patient");
  const when = new Date(c.recorded_at).toLocaleString("en-IN", { dateStyle: "medium", timeStyle: "short" });
  const how = t(METHODS[c.method] || c.method) + (c.form_photo_id ? t(" (photo of the form in Photos)") : "");
  return `${t("Given by {who}: {how}.", { who, how })} ` +
    t("Witnessed by {witness}, {when}.", { witness: c.witness_name || t("the health worker"), when });
}

function renderConsent(consent) {
  const tele = consent.teleconsultation;
  const line = $("consent-teleconsult");
  line.className = consent.allowed ? "ok" : "";
  line.textContent = !tele ? t("No consent recorded.")
    : tele.status === "withdrawn" ? t("Withdrawn at {when}.", { when: new Date(tele.recorded_at).toLocaleString("en-IN", { dateStyle: "medium", timeStyle: "short" }) })
    : consentLine(tele);
  const sharing = consent.abdm_sharing;
  $("consent-abdm").textContent = sharing && sharing.status === "given"
    ? t("Sharing this record with ABDM: agreed.") : t("Sharing this record with ABDM: not agreed.");
  $("consent-problem").textContent = consent.problem;
  $("consent-problem").hidden = consent.allowed;
}

function vitalText(v) {
  if (v.kind === "blood_pressure" && v.components) {
    const c = v.components;
    return `${Math.round(c.bp_systolic ?? 0)}/${Math.round(c.bp_diastolic ?? 0)}`;
  }
  return v.value === null || v.value === undefined ? "" : String(v.value);
}

function renderVitals(vitals) {
  const body = $("case-vitals");
  body.replaceChildren();
  for (const v of vitals) {
    const [name, unit] = VITALS[v.kind] || [v.kind, v.unit];
    body.append(el("tr", { "data-testid": "case-vital", dataset: { kind: v.kind } },
      el("td", {}, t(name)), el("td", {}, `${vitalText(v)} ${unit}`)));
  }
  $("vitals-empty").hidden = vitals.length > 0;
}

function renderPhotos(photos) {
  const box = $("case-photos");
  box.replaceChildren();
  for (const p of photos) {
    const picture = p.available
      ? el("img", { src: p.url, alt: p.caption || "Photo from the spoke", loading: "lazy", "data-testid": "case-photo" })
      : el("div", { class: "pending" }, t("Still on its way from the spoke"));
    box.append(el("figure", {}, picture, p.caption ? el("figcaption", {}, p.caption) : null));
  }
  $("photos-empty").hidden = photos.length > 0;
}

async function release(finished) {
  if (!current) return;
  call.hangUp();
  try { await api("POST", `/cases/${current.encounter_id}/release${finished ? "?finished=1" : ""}`); }
  catch (error) { handle(error); }
  openQueue();
}

// -- the call's screen -------------------------------------------------------------------------
const ui = {
  state(text) { say($("stage-note"), text); },
  localStream(stream) { $("local-video").srcObject = stream; },
  remoteTrack(track, stream) {
    const video = $("remote-video");
    if (!video.srcObject || video.srcObject !== stream) video.srcObject = stream || new MediaStream([track]);
  },
  inCall(on) {
    $("call-start").disabled = on || !(current && current.consent.allowed);
    for (const id of ["call-mute", "call-camera", "call-end"]) $(id).disabled = !on;
    if (!on) {
      $("call-take-photo").disabled = true;
      $("remote-video").srcObject = null; $("local-video").srcObject = null;
      say($("call-mute"), "Mute"); $("call-mute").classList.remove("toggled");
      say($("call-camera"), "Camera off"); $("call-camera").classList.remove("toggled");
      ui.quality("none", null, 0);
    }
  },
  audioOnly(on) { $("audio-only").hidden = !on; },
  canPhoto(on) { $("call-take-photo").disabled = !on; },
  photo(message) {
    const note = $("photo-note");
    note.hidden = false;
    note.textContent = message.ok
      ? "Photo taken at the spoke. It reaches this case with the spoke's next sync."
      : `The spoke could not take the photo: ${message.error || "unknown problem"}`;
    if (message.ok) setTimeout(() => { if (current) openCase(current.encounter_id); }, 4000);
  },
  quality(level, rtt, loss) {
    const q = $("call-quality");
    q.dataset.level = level;
    if (level === "none") { say($("quality-text"), "No call"); return; }
    delete $("quality-text").dataset.i18n; // live figures, rewritten with the next report
    $("quality-text").textContent =
      `${level === "good" ? "Good" : level === "fair" ? "Fair" : "Poor"} link · ${Math.round((rtt || 0) * 1000)} ms · ${(loss * 100).toFixed(0)}% loss`;
  },
};
const call = new Call(null, live, ui);
window.hwcConsole = { stats: () => ({ ...call.summary, inCall: call.active, connection: call.pc?.connectionState || "none" }) };

function onSignal(message) {
  if (message.type === "welcome") { session.ice = message.ice_servers; return; }
  if (message.type === "queue") {
    if (!$("queue-view").hidden) refreshQueue();
    return;
  }
  if (message.type === "offer" && !call.active) {
    // A kiosk rejoining a call this page already ended: tell it so.
    signal.send({ type: "hangup", encounter_id: message.encounter_id, call_id: message.call_id });
    return;
  }
  call.onSignal(message);
}

function handle(error) {
  if (error instanceof ApiError && error.status === 401) { show("login-view"); return; }
  window.alert(error.message);
}

// -- start -------------------------------------------------------------------------------------
function wire() {
  $("login-form").addEventListener("submit", signIn);
  $("logout").addEventListener("click", signOut);
  $("case-back").addEventListener("click", openQueue);
  $("case-release").addEventListener("click", () => release(false));
  $("case-finish").addEventListener("click", () => release(true));
  $("call-start").addEventListener("click", () => current && call.start(current.encounter_id));
  $("call-end").addEventListener("click", () => call.hangUp());
  $("call-mute").addEventListener("click", () => {
    const muted = call.toggleMute();
    say($("call-mute"), muted ? "Unmute" : "Mute");
    $("call-mute").classList.toggle("toggled", muted);
  });
  $("call-camera").addEventListener("click", () => {
    const off = call.toggleCamera();
    say($("call-camera"), off ? "Camera on" : "Camera off");
    $("call-camera").classList.toggle("toggled", off);
  });
  $("call-take-photo").addEventListener("click", () => call.takePhoto());
  // A signed prescription finishes the consult: the case can no longer be given back.
  document.addEventListener("hwc:prescription-signed", () => {
    for (const id of ["case-release", "case-finish"]) $(id).disabled = true;
  });
}

wire();
mountSwitch($("console-language"));
document.addEventListener("hwc:language", () => {
  if (!$("queue-view").hidden) refreshQueue();
  if (current && !$("case-view").hidden) renderCaseWords(current);
});
api("GET", "/me").then(started).catch(() => show("login-view"));
