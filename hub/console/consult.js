// The consult's mode and type as the hub establishes them (from the kiosk's reports of
// the call and this patient's earlier prescriptions), what they allow under the
// Telemedicine Practice Guidelines, and the hub's own refusal of a medicine before it is
// added. The hub checks everything again when the prescription is signed.

import { api } from "./api.js";
import { el, said } from "./dom.js";
import { day, N, number, phrase, say, sayAttr, sayPhrase, t } from "./i18n.js";
import { allowedPhrase, errorPhrase, refusalOf } from "./words.js";

const $ = (id) => document.getElementById(id);
const MODES = { video: N("Video consult"), audio: N("Audio consult"), text: N("Text consult (store-and-forward)") };
const REFRESH_MS = 10000; // the mode can change while the call goes on

export const consult = { encounterId: null, info: null, timer: null };

export function consultBox() {
  return el("div", { class: "rx-consult", id: "rx-consult", "data-testid": "rx-consult" },
    el("div", { class: "rx-consult-row" },
      el("span", { class: "tag mode", id: "rx-mode", "data-testid": "rx-mode" }, "…"),
      said("label", { for: "rx-type", class: "rx-type-label" }, "Consult type"),
      el("select", { id: "rx-type", "data-testid": "rx-type", onchange: () => refresh() },
        said("option", { value: "" }, "First consult"))),
    el("p", { class: "muted small rx-mode-why", id: "rx-mode-why", "data-testid": "rx-mode-why" }),
    el("p", { class: "rx-allowed", id: "rx-allowed", "data-testid": "rx-allowed" }),
    el("p", { class: "field-error", "data-testid": "rx-error", dataset: { field: "follow_up_of" }, hidden: true }),
    el("div", { class: "rx-refusal", id: "rx-refusal", "data-testid": "rx-refusal", role: "alert", hidden: true },
      said("strong", {}, "Not allowed in this consult"), el("p", { id: "rx-refusal-text", "data-testid": "rx-refusal-text" })));
}

function minutes(seconds) {
  if (seconds < 60) return phrase(N("{s} s"), { s: number(seconds) });
  return phrase(N("{m} min {s} s"), { m: number(Math.floor(seconds / 60)), s: number(seconds % 60) });
}

function why(c) {
  if (c.mode === "video") return phrase(N("{time} of video in the call so far."), { time: minutes(c.video_seconds) });
  if (c.mode === "audio") {
    return phrase(N("The call carried {time} of video (under {minimum}): it fell back to audio only, so it counts as an audio consult."),
      { time: minutes(c.video_seconds), minimum: minutes(c.video_minimum_seconds) });
  }
  return c.requested === "text"
    ? phrase(N("The spoke sent this case for review: answer in writing; it is printed at the spoke."))
    : phrase(N("No call has connected yet: until one does, this counts as a text consult."));
}

export function render(c) {
  consult.info = c;
  const mode = $("rx-mode");
  say(mode, MODES[c.mode] || c.mode);
  mode.className = `tag mode mode-${c.mode}`;
  mode.dataset.mode = c.mode;
  sayPhrase($("rx-mode-why"), why(c));
  sayPhrase($("rx-allowed"), allowedPhrase(c));
  const select = $("rx-type");
  const chosen = c.follows || "";
  const options = [said("option", { value: "" }, "First consult"),
    ...c.earlier.map((e) => (e.diagnosis
      ? said("option", { value: e.id }, "Follow-up, same condition: {day} · {diagnosis}", { day: day(e.issued_at.slice(0, 10)), diagnosis: e.diagnosis })
      : said("option", { value: e.id }, "Follow-up, same condition: {day} · no diagnosis", { day: day(e.issued_at.slice(0, 10)) })))];
  select.replaceChildren(...options);
  select.value = chosen;
  select.disabled = c.earlier.length === 0;
  if (c.earlier.length) { select.removeAttribute("title"); select.removeAttribute("data-i18n-title"); }
  else sayAttr(select, "title", "No prescription from you for this patient in the last six months: a first consult.");
}

// A new language: the box again in its words (the dates of the earlier prescriptions too).
document.addEventListener("hwc:language", () => { if (consult.info && $("rx-consult")) render(consult.info); });

export function followUpOf() { return $("rx-type")?.value || ""; }

// May this consult prescribe the entry's list? For greying out suggestions only.
export function allows(entry) {
  const c = consult.info;
  if (!c || !entry.list) return true;
  if (entry.list === "prohibited") return false;
  return c.allowed.includes(entry.list) || (entry.list === "A" && c.allowed.includes("A_refill"));
}

// Why the hub refused a medicine, as a phrase {k, p} in the console's words.
export function refuse(words) {
  sayPhrase($("rx-refusal-text"), words);
  $("rx-refusal").hidden = false;
  $("rx-refusal").scrollIntoView({ block: "nearest" });
}

export function clearRefusal() { if ($("rx-refusal")) $("rx-refusal").hidden = true; }

let asked = 0; // only the newest answer is shown: an older one names an older choice

async function ask(medicines) {
  const mine = ++asked;
  const answer = await api("POST", `/cases/${consult.encounterId}/prescription/check`,
    { medicines, follow_up_of: followUpOf() });
  if (mine === asked) render(answer.consult);
  return answer.problems;
}

// The hub's word on one medicine before the form takes it: true if it may be added.
export async function check(entry) {
  let problems;
  try { problems = await ask([{ name: entry.name || "", form: entry.form || "", strength: entry.strength || "" }]); }
  catch (error) { refuse(phrase(N("The hub could not check this medicine: {reason}"), { reason: errorPhrase(error) })); return false; }
  if (problems.length) { refuse(refusalOf(problems[0])); return false; }
  clearRefusal();
  return true;
}

export async function refresh() {
  if (!consult.encounterId) return;
  try { await ask([]); } catch (_) { /* shown again at the next look */ }
}

export function follow(encounterId, info) {
  consult.encounterId = encounterId;
  render(info);
  clearRefusal();
  clearInterval(consult.timer);
  consult.timer = setInterval(refresh, REFRESH_MS);
}

export function stop() {
  clearInterval(consult.timer);
  consult.timer = null;
  consult.encounterId = null;
}

export function consultWords(c) {
  if (!c) return "";
  const type = c.type === "follow_up" ? N("follow-up") : N("first consult");
  return t("{mode}, {type}", { mode: phrase(MODES[c.mode] || c.mode), type: phrase(type) });
}
