// The specialist console: sign in, the consult queue of this hub site, a case, the call.

import { api, ApiError, session, Signal } from "./api.js";
import { Call } from "./call.js";
import { LiveVitals } from "./live.js";
import { moment, mountSwitch, N, number, say, sayAttr, sayPhrase, t } from "./i18n.js";
import { consentProblem, errorPhrase, languagePhrase } from "./words.js";

const $ = (id) => document.getElementById(id);
const SPECIALTIES = {
  general_medicine: N("General medicine"), paediatrics: N("Paediatrics"),
  obstetrics_gynaecology: N("Obstetrics and gynaecology"), dermatology: N("Dermatology"), ent: N("ENT"),
  ophthalmology: N("Ophthalmology"), psychiatry: N("Psychiatry"), orthopaedics: N("Orthopaedics"),
  cardiology: N("Cardiology"), dental: N("Dental"),
};
// Names in the console's words; units as every language writes them ("SpO₂", "BMI" too).
const VITALS = {
  blood_pressure: [N("Blood pressure"), "mmHg"], pulse_rate: [N("Pulse"), "/min"], spo2: ["SpO₂", "%"],
  body_temperature: [N("Temperature"), "°C"], respiratory_rate: [N("Respiratory rate"), "/min"],
  weight: [N("Weight"), "kg"], height: [N("Height"), "cm"], bmi: ["BMI", "kg/m²"],
  blood_glucose: [N("Blood glucose"), "mg/dL"], blood_glucose_fasting: [N("Fasting glucose"), "mg/dL"],
  heart_rate: [N("Heart rate"), "/min"],
};
const DECIMALS = { body_temperature: 1, weight: 1, height: 0, bmi: 1 };
const SEX = { female: N("{age} F"), male: N("{age} M"), other: N("{age} O") };

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
  const known = p.age_years !== null && p.age_years !== undefined;
  const language = languagePhrase(p.language_english, p.language_native, p.language_name);
  const bits = [known ? t(SEX[p.sex] || "{age}", { age: p.age_years }) : "", p.village,
    p.language_name ? t("speaks {language}", { language }) : ""];
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
    sayPhrase($("login-error"), errorPhrase(error));
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
    say($("socket-state"), up ? N("online") : N("reconnecting"));
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
      sayPhrase($("queue-problem"), errorPhrase(error));
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

const METHODS = { verbal: N("said yes aloud"), thumbprint: N("thumbprint on the printed form"),
  signature: N("signature on the printed form") };
const RELATIONS = { mother: N("mother"), father: N("father"), spouse: N("spouse"), son: N("son"),
  daughter: N("daughter"), brother: N("brother"), sister: N("sister"), grandparent: N("grandparent"),
  legal_guardian: N("legal guardian"), other: N("other") };

function consentLine(c) {
  const who = c.given_by === "guardian"
    ? t("{name} ({relation}, for the patient)", { name: c.guardian_name, relation: t(RELATIONS[c.guardian_relation] || c.guardian_relation.replace("_", " ")) })
    : t("the patient");
  const when = moment(c.recorded_at);
  const how = t(METHODS[c.method] || c.method) + (c.form_photo_id ? t(" (photo of the form in Photos)") : "");
  return `${t("Given by {who}: {how}.", { who, how })} ` +
    t("Witnessed by {witness}, {when}.", { witness: c.witness_name || t("the health worker"), when });
}

function renderConsent(consent) {
  const tele = consent.teleconsultation;
  const line = $("consent-teleconsult");
  line.className = consent.allowed ? "ok" : "";
  line.textContent = !tele ? t("No consent recorded.")
    : tele.status === "withdrawn" ? t("Withdrawn at {when}.", { when: moment(tele.recorded_at) })
    : consentLine(tele);
  const sharing = consent.abdm_sharing;
  $("consent-abdm").textContent = sharing && sharing.status === "given"
    ? t("Sharing this record with ABDM: agreed.") : t("Sharing this record with ABDM: not agreed.");
  sayPhrase($("consent-problem"), consentProblem(consent.problem_code, consent.problem));
  $("consent-problem").hidden = consent.allowed;
}

function vitalText(v) {
  if (v.kind === "blood_pressure" && v.components) {
    const c = v.components;
    return `${Math.round(c.bp_systolic ?? 0)}/${Math.round(c.bp_diastolic ?? 0)}`;
  }
  return v.value === null || v.value === undefined ? "" : number(v.value, DECIMALS[v.kind] ?? 1);
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
      ? el("img", { src: p.url, alt: p.caption || t("Photo from the spoke"), loading: "lazy", "data-testid": "case-photo" })
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
  state(text, params = {}) { say($("stage-note"), text, params); },
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
    const reason = PHOTO_PROBLEMS[message.error] || message.error || N("unknown problem");
    if (message.ok) say(note, "Photo taken at the spoke. It reaches this case with the spoke's next sync.");
    else say(note, "The spoke could not take the photo: {reason}", { reason: { k: reason, p: {} } });
    if (message.ok) setTimeout(() => { if (current) openCase(current.encounter_id); }, 4000);
  },
  quality(level, rtt, loss) {
    const q = $("call-quality");
    q.dataset.level = level;
    if (level === "none") { say($("quality-text"), "No call"); return; }
    // Live figures, rewritten with the next report (and in the new language on a switch).
    say($("quality-text"), QUALITY[level] || QUALITY.poor,
      { ms: number(Math.round((rtt || 0) * 1000)), loss: number(Math.round(loss * 100)) });
    sayAttr(q, "title", "Round trip and lost packets, measured by this page every 2 s");
  },
};
const QUALITY = { good: N("Good link · {ms} ms · {loss}% loss"), fair: N("Fair link · {ms} ms · {loss}% loss"),
  poor: N("Poor link · {ms} ms · {loss}% loss") };
const PHOTO_PROBLEMS = { "no picture": N("no picture from the camera") };
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
  const words = errorPhrase(error);
  window.alert(t(words.k, words.p));
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
    say($("call-mute"), muted ? N("Unmute") : N("Mute"));
    $("call-mute").classList.toggle("toggled", muted);
  });
  $("call-camera").addEventListener("click", () => {
    const off = call.toggleCamera();
    say($("call-camera"), off ? N("Camera on") : N("Camera off"));
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
