// The prescription form in the case view's prescription-slot: diagnosis, medicines picked
// from the formulary as the specialist types (free text allowed), investigations, advice,
// follow-up, referral. The hub checks it again, signs it and sends it to the spoke.

import { api, ApiError } from "./api.js";
import { el, said } from "./dom.js";
import { consultBox, consultWords, follow, followUpOf, stop } from "./consult.js";
import { attachSearch, renderMedicines, state } from "./medicines.js";
import { day, moment, N, phrase, say, sayAttr, sayPhrase, t, translatePage } from "./i18n.js";
import { errorPhrase, languagePhrase, noQualification, problemPhrases } from "./words.js";
import { DOSES, DURATIONS, FREQUENCIES, INSTRUCTIONS, usualWords } from "./usual.js";

const $ = (id) => document.getElementById(id);

let open = null; // {encounterId, signed, today}
const drafts = new Map(); // encounter id -> the form as left, while the page lives

function field(label, control, name, hint) {
  return el("div", { class: `rx-field rx-field-${name}` },
    said("label", { for: control.id }, label),
    control,
    hint ? said("p", { class: "muted small rx-hint" }, hint) : null,
    el("p", { class: "field-error", "data-testid": "rx-error", dataset: { field: name }, hidden: true }));
}

// -- the slot's skeleton ----------------------------------------------------------------------
function build(slot) {
  const datalists = el("div", {},
    list("rx-frequencies", FREQUENCIES), list("rx-durations", DURATIONS), list("rx-doses", DOSES),
    list("rx-instructions", INSTRUCTIONS));
  const search = el("input", { id: "rx-medicine-search", "data-testid": "rx-medicine-search",
    autocomplete: "off", role: "combobox",
    "aria-autocomplete": "list", "aria-controls": "rx-suggestions", "aria-expanded": "false" });
  sayAttr(search, "placeholder", "Type a medicine, e.g. paracetamol");
  attachSearch(search);
  const followUp = el("input", { id: "rx-follow-up", type: "date", "data-testid": "rx-follow-up" });
  // Browsers show a date field in their own locale's order; this line says it in words.
  for (const kind of ["input", "change"]) followUp.addEventListener(kind, sayFollowUp);
  const quick = el("div", { class: "rx-quick" }, ...[[7, N("1 wk"), N("In 1 week")], [14, N("2 wk"), N("In 2 weeks")],
    [30, N("1 mo"), N("In 1 month")]].map(([days, text, title]) => {
    const button = said("button", { type: "button", class: "ghost small-button",
      "data-testid": `rx-follow-up-${days}`, onclick: () => setFollowUp(days) }, text);
    sayAttr(button, "title", title);
    return button;
  }));
  const form = el("form", { id: "rx-form", "data-testid": "rx-form", novalidate: true, onsubmit: submit },
    el("div", { class: "error rx-errors", id: "rx-errors", "data-testid": "rx-errors", role: "alert", hidden: true },
      said("strong", {}, "Please correct the prescription:"), el("ul", { id: "rx-errors-list" })),
    consultBox(),
    field("Provisional diagnosis (required before any medicine)", el("input", { id: "rx-diagnosis", "data-testid": "rx-diagnosis",
      autocomplete: "off" }), "diagnosis"),
    el("div", { class: "rx-block" },
      el("div", { class: "rx-block-head" }, said("h3", {}, "Medicines"),
        el("span", { class: "muted small", id: "rx-count", "data-testid": "rx-count" })),
      el("div", { class: "typeahead" }, search,
        el("ul", { id: "rx-suggestions", class: "suggestions", role: "listbox", "data-testid": "rx-suggestions", hidden: true })),
      el("p", { class: "field-error", "data-testid": "rx-error", dataset: { field: "medicines" }, hidden: true }),
      el("div", { id: "rx-medicines", class: "rx-medicines", "data-testid": "rx-medicines" }),
      said("p", { class: "muted small", id: "rx-medicines-empty", "data-testid": "rx-medicines-empty" },
        "No medicines yet. Type a name above and pick it from the formulary, or press Enter to add it as written.")),
    el("div", { class: "rx-grid" },
      field("Investigations advised", el("textarea", { id: "rx-investigations", rows: 3,
        "data-testid": "rx-investigations" }), "investigations"),
      field("Advice", el("textarea", { id: "rx-advice", rows: 3, "data-testid": "rx-advice" }),
        "advice")),
    el("div", { class: "rx-grid rx-grid-3" },
      el("div", { class: "rx-field rx-field-follow_up" }, said("label", { for: "rx-follow-up" }, "Follow-up date"),
        el("div", { class: "rx-follow" }, followUp, quick),
        el("p", { class: "muted small rx-hint", id: "rx-follow-up-text", "data-testid": "rx-follow-up-text" }),
        el("p", { class: "field-error", "data-testid": "rx-error", dataset: { field: "follow_up" }, hidden: true })),
      field("Referral", el("input", { id: "rx-referral", "data-testid": "rx-referral", autocomplete: "off" }),
        "referral"),
      field("Paper for the patient", el("select", { id: "rx-language", "data-testid": "rx-language" },
        paperOption({ code: "hi", english: "Hindi", native: "हिन्दी" }), paperOption({ code: "en", english: "English" })), "language",
        "Beside English. The patient's own language is chosen; headings and the usual doses print in it, what you type prints as written.")),
    el("div", { class: "rx-actions" },
      said("button", { type: "submit", class: "primary", id: "rx-sign", "data-testid": "rx-sign" }, "Sign and send to the spoke"),
      said("span", { class: "muted small" }, "Signing finishes the consult; a signed prescription cannot be changed.")),
    datalists);
  slot.replaceChildren(
    el("div", { class: "rx-head" }, said("h2", {}, "Prescription"),
      el("span", { class: "muted small", id: "rx-prescriber", "data-testid": "rx-prescriber" })),
    el("p", { class: "error", id: "rx-problem", "data-testid": "rx-problem", hidden: true }),
    form,
    el("div", { id: "rx-signed", class: "rx-signed", "data-testid": "rx-signed", hidden: true }));
  sayAttr($("rx-investigations"), "placeholder", "One test on each line");
  sayAttr($("rx-advice"), "placeholder", "Diet, activity, warning signs to come back for");
  sayAttr($("rx-referral"), "placeholder", "e.g. District Hospital, Medicine OPD");
  translatePage(slot);
}

// The usual values stay English (what is signed; the paper translates them); each shows
// its words in the console's language beside it.
function list(id, values) {
  return el("datalist", { id }, ...values.map((v) => {
    const option = el("option", { value: v });
    sayAttr(option, "label", v);
    return option;
  }));
}

// The paper's language: "English only", or "Tamil (தமிழ்)" in the console's words.
function paperOption(l) {
  const option = el("option", { value: l.code });
  if (l.code === "en") say(option, "English only");
  else sayPhrase(option, languagePhrase(l.english, l.native, l.name));
  return option;
}

// -- the whole form -------------------------------------------------------------------------------
function values() {
  return {
    diagnosis: $("rx-diagnosis").value,
    medicines: state.items.map((m) => ({ ...m })),
    investigations: $("rx-investigations").value.split("\n").map((t) => t.trim()).filter(Boolean),
    advice: $("rx-advice").value,
    follow_up: $("rx-follow-up").value,
    referral: $("rx-referral").value,
    language: $("rx-language").value,
    follow_up_of: followUpOf(),
  };
}

function restore(draft) {
  $("rx-diagnosis").value = draft?.diagnosis || "";
  $("rx-investigations").value = (draft?.investigations || []).join("\n");
  $("rx-advice").value = draft?.advice || "";
  $("rx-follow-up").value = draft?.follow_up || "";
  sayFollowUp();
  $("rx-referral").value = draft?.referral || "";
  if (draft?.language) $("rx-language").value = draft.language;
  state.items = (draft?.medicines || []).map((m) => ({ ...m }));
  renderMedicines();
}

function setFollowUp(days) {
  const day = new Date(`${open.today}T00:00:00`);
  day.setDate(day.getDate() + days);
  const pad = (n) => String(n).padStart(2, "0");
  $("rx-follow-up").value = `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
  sayFollowUp();
}

function inWords(iso) {
  return day(iso, { weekday: true });
}

// The follow-up day in words: "Thursday, 10 December 2026 · in 7 days", in Hindi
// "गुरुवार, 10 दिसंबर 2026 · 7 दिन बाद".
function sayFollowUp() {
  const value = $("rx-follow-up").value;
  const note = $("rx-follow-up-text");
  if (!value || !open?.today) { note.textContent = ""; delete note.dataset.i18n; return; }
  const days = Math.round((new Date(`${value}T00:00:00`) - new Date(`${open.today}T00:00:00`)) / 86400000);
  if (days === 1) say(note, "{day} · in 1 day", { day: inWords(value) });
  else if (days > 1) say(note, "{day} · in {n} days", { day: inWords(value), n: days });
  else say(note, "{day}", { day: inWords(value) });
}

// The hub checks everything again; this only spares a round trip for the obvious. The
// problems carry the hub's own codes, so they read the same as the hub's.
function check(form) {
  const problems = [];
  if (!form.diagnosis.trim()) problems.push({ field: "diagnosis", code: "no_diagnosis" });
  form.medicines.forEach((m, i) => {
    const which = { n: i + 1, name: m.name.trim() };
    if (!which.name) problems.push({ field: `medicines.${which.n}.name`, code: "medicine_no_name", params: which });
    for (const f of ["dose", "frequency", "duration"]) {
      if (!m[f].trim()) problems.push({ field: `medicines.${which.n}.${f}`, code: "medicine_needs", params: { ...which, what: f } });
    }
  });
  if (!form.medicines.length && !form.advice.trim()) problems.push({ field: "medicines", code: "nothing_prescribed" });
  if (form.follow_up && form.follow_up < open.today) problems.push({ field: "follow_up", code: "follow_up_past" });
  return problems;
}

function clearProblems() {
  $("rx-errors").hidden = true;
  for (const p of document.querySelectorAll("#prescription-slot [data-testid=rx-error]")) { p.hidden = true; p.textContent = ""; delete p.dataset.i18n; }
  for (const c of document.querySelectorAll("#prescription-slot [aria-invalid]")) c.removeAttribute("aria-invalid");
}

// Problems from this page or the hub: listed above the form, each beside its field too
// (there without the medicine's name, which the list above gives).
function showProblems(problems) {
  clearProblems();
  const listing = $("rx-errors-list");
  listing.replaceChildren(...problems.map((p) => {
    const item = el("li");
    sayPhrase(item, problemPhrases(p).full);
    return item;
  }));
  $("rx-errors").hidden = false;
  let first = null;
  for (const p of problems) {
    const note = document.querySelector(`#prescription-slot [data-testid=rx-error][data-field="${p.field}"]`);
    if (note) {
      sayPhrase(note, problemPhrases(p).short);
      note.hidden = false;
    }
    const control = note?.parentElement?.querySelector("input, textarea, select");
    if (control) { control.setAttribute("aria-invalid", "true"); first = first || control; }
  }
  (first || $("rx-errors")).focus?.();
  $("rx-errors").scrollIntoView({ block: "nearest" });
}

async function submit(event) {
  event.preventDefault();
  const form = values();
  const problems = check(form);
  if (problems.length) { showProblems(problems); return; }
  clearProblems();
  const button = $("rx-sign");
  button.disabled = true;
  say(button, "Signing…");
  try {
    const signed = await api("POST", `/cases/${open.encounterId}/prescription`, form);
    drafts.delete(open.encounterId);
    showSigned(signed);
    document.dispatchEvent(new CustomEvent("hwc:prescription-signed",
      { detail: { encounterId: open.encounterId, prescription: signed.prescription } }));
  } catch (error) {
    if (error instanceof ApiError && error.problems) showProblems(error.problems);
    else {
      const words = errorPhrase(error);
      showProblems([{ field: "form", code: "", message: t(words.k, words.p) }]);
      sayPhrase($("rx-errors-list").firstChild, words);
    }
  } finally {
    button.disabled = false;
    say(button, "Sign and send to the spoke");
  }
}

// A usual value (how often, how long, the dose, how to take it) in the console's words,
// as the paper prints it; anything else as the specialist wrote it.
const usual = usualWords;

function heading(key, value) {
  return el("p", {}, said("strong", {}, key), " ", value);
}

let shown = null; // the signed prescription on screen, said again in a new language

function showSigned(signed) {
  const rx = signed.prescription;
  shown = signed;
  open.signed = true;
  stop();
  $("rx-form").hidden = true;
  const rows = rx.medicines.map((m) => el("tr", { "data-testid": "rx-signed-medicine" },
    el("td", {}, el("strong", {}, m.name), el("span", { class: "muted" }, ` ${m.form} ${m.strength}`.trimEnd())),
    el("td", {}, usual(m.dose)), el("td", {}, usual(m.frequency)), el("td", {}, usual(m.duration)),
    el("td", { class: "muted" }, usual(m.instructions))));
  const box = $("rx-signed");
  box.replaceChildren(...[
    el("p", { class: "rx-signed-title" }, el("span", { class: "tick", "aria-hidden": "true" }, "✓"),
      said("span", {}, "Signed and sent to the spoke. The consult is finished.")),
    // Signed at the hub's time of day, as the paper prints it (the offset left off).
    el("p", { class: "muted small" },
      said("span", {}, "Prescription {number} · {when} · ", { number: signed.id.slice(0, 8).toUpperCase(), when: moment(rx.issued_at.slice(0, 19)) }),
      el("span", { "data-testid": "rx-signed-id" }, signed.id)),
    rx.consult ? el("p", { "data-testid": "rx-signed-consult" }, said("strong", {}, "Consult:"), " ", consultWords(rx.consult)) : null,
    heading(N("Diagnosis:"), rx.diagnosis),
    rows.length ? el("table", { class: "rx-signed-meds" },
      el("thead", {}, el("tr", {}, ...[N("Medicine"), N("Dose"), N("How often"), N("How long"), N("Instructions")]
        .map((h) => said("th", {}, h)))),
      el("tbody", {}, ...rows)) : null,
    rx.investigations.length ? heading(N("Investigations:"), rx.investigations.join(" · ")) : null,
    rx.advice ? heading(N("Advice:"), rx.advice) : null,
    rx.follow_up ? heading(N("Follow-up:"), inWords(rx.follow_up)) : null,
    rx.referral ? heading(N("Referral:"), rx.referral) : null,
  ].filter(Boolean));
  box.hidden = false;
}

function sayPrescriber(p) {
  const registration = p.council ? t("Reg. no. {number} ({council})", { number: p.registration_number, council: p.council })
    : t("Reg. no. {number}", { number: p.registration_number });
  $("rx-prescriber").textContent = [p.name, p.qualification, registration, p.hub].filter(Boolean).join(" · ");
}

// A new language: what this module wrote from figures and dates, written again.
document.addEventListener("hwc:language", () => {
  if (!open || !$("rx-form")) return;
  sayFollowUp();
  if (open.prescriber) sayPrescriber(open.prescriber);
  if (open.signed && shown) showSigned(shown);
});

// -- following the open case ----------------------------------------------------------------------
async function opened(event) {
  const { case: data } = event.detail;
  const slot = $("prescription-slot");
  if (!slot.firstChild) build(slot);
  open = { encounterId: data.encounter_id, signed: false, today: "" };
  shown = null;
  state.items = [];
  state.onFull = showProblems;
  slot.hidden = false;
  $("rx-form").hidden = false;
  $("rx-signed").hidden = true;
  $("rx-problem").hidden = true;
  clearProblems();
  let info;
  try {
    [info] = await Promise.all([api("GET", `/cases/${data.encounter_id}/prescription`),
      state.formulary ? null : api("GET", "/formulary").then((f) => { state.formulary = f.medicines; })]);
  } catch (error) {
    say($("rx-problem"), "The prescription form could not load: {reason}", { reason: errorPhrase(error) });
    $("rx-problem").hidden = false;
    return;
  }
  if (!open || open.encounterId !== data.encounter_id) return; // another case opened meanwhile
  open.today = info.today;
  $("rx-follow-up").min = info.today;
  open.prescriber = info.prescriber;
  sayPrescriber(info.prescriber);
  if (info.languages) $("rx-language").replaceChildren(...info.languages.map(paperOption));
  follow(data.encounter_id, info.consult);
  $("rx-language").value = info.language;
  restore(drafts.get(data.encounter_id));
  if (info.problem) {
    sayPhrase($("rx-problem"), info.problem_code === "no_qualification" ? noQualification(info.username) : phrase(info.problem));
    $("rx-problem").hidden = false;
  }
  $("rx-sign").disabled = Boolean(info.problem);
  if (info.prescriptions.length) {
    const last = info.prescriptions[info.prescriptions.length - 1];
    showSigned(last);
    document.dispatchEvent(new CustomEvent("hwc:prescription-signed",
      { detail: { encounterId: data.encounter_id, prescription: last.prescription } }));
  }
}

function closed() {
  if (open && !open.signed && $("rx-form")) drafts.set(open.encounterId, values());
  open = null;
  stop();
  const slot = $("prescription-slot");
  slot.hidden = true;
}

document.addEventListener("hwc:case-opened", opened);
document.addEventListener("hwc:case-closed", closed);
