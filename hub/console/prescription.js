// The prescription form in the case view's prescription-slot: diagnosis, medicines picked
// from the formulary as the specialist types (free text allowed), investigations, advice,
// follow-up, referral. The hub checks it again, signs it and sends it to the spoke.

import { api, ApiError } from "./api.js";
import { el } from "./dom.js";
import { consultBox, consultWords, follow, followUpOf, stop } from "./consult.js";
import { attachSearch, renderMedicines, state } from "./medicines.js";
import { translatePage } from "./i18n.js";

const $ = (id) => document.getElementById(id);
const NEEDED = { dose: "the dose", frequency: "how often", duration: "for how long" };

let open = null; // {encounterId, signed, today}
const drafts = new Map(); // encounter id -> the form as left, while the page lives

function field(label, control, name, hint) {
  return el("div", { class: `rx-field rx-field-${name}` },
    el("label", { for: control.id, "data-i18n": true }, label),
    control,
    hint ? el("p", { class: "muted small rx-hint", "data-i18n": true }, hint) : null,
    el("p", { class: "field-error", "data-testid": "rx-error", dataset: { field: name }, hidden: true }));
}

// -- the slot's skeleton ----------------------------------------------------------------------
function build(slot) {
  const datalists = el("div", {},
    list("rx-frequencies", ["Once daily", "Once daily, morning", "Once daily, night", "Twice daily",
      "Three times a day", "Four times a day", "Every 6 hours", "At bedtime", "When needed (SOS)",
      "Once a week", "Single dose"]),
    list("rx-durations", ["1 day", "3 days", "5 days", "7 days", "10 days", "14 days", "1 month",
      "3 months", "Continue until review"]),
    list("rx-doses", ["1 tablet", "½ tablet", "2 tablets", "1 capsule", "2.5 mL", "5 mL", "10 mL",
      "1 sachet", "2 puffs", "1 drop", "2 drops", "Apply thinly"]));
  const search = el("input", { id: "rx-medicine-search", "data-testid": "rx-medicine-search",
    placeholder: "Type a medicine, e.g. paracetamol", autocomplete: "off", role: "combobox",
    "aria-autocomplete": "list", "aria-controls": "rx-suggestions", "aria-expanded": "false" });
  attachSearch(search);
  const followUp = el("input", { id: "rx-follow-up", type: "date", "data-testid": "rx-follow-up" });
  // Browsers show a date field in their own locale's order; this line says it in words.
  for (const kind of ["input", "change"]) followUp.addEventListener(kind, sayFollowUp);
  const quick = el("div", { class: "rx-quick" }, ...[[7, "1 wk"], [14, "2 wk"], [30, "1 mo"]]
    .map(([days, text]) => el("button", { type: "button", class: "ghost small-button",
      "data-testid": `rx-follow-up-${days}`, onclick: () => setFollowUp(days) }, text)));
  const form = el("form", { id: "rx-form", "data-testid": "rx-form", novalidate: true, onsubmit: submit },
    el("div", { class: "error rx-errors", id: "rx-errors", "data-testid": "rx-errors", role: "alert", hidden: true },
      el("strong", { "data-i18n": true }, "Please correct the prescription:"), el("ul", { id: "rx-errors-list" })),
    consultBox(),
    field("Provisional diagnosis (required before any medicine)", el("input", { id: "rx-diagnosis", "data-testid": "rx-diagnosis",
      autocomplete: "off" }), "diagnosis"),
    el("div", { class: "rx-block" },
      el("div", { class: "rx-block-head" }, el("h3", { "data-i18n": true }, "Medicines"),
        el("span", { class: "muted small", id: "rx-count", "data-testid": "rx-count" })),
      el("div", { class: "typeahead" }, search,
        el("ul", { id: "rx-suggestions", class: "suggestions", role: "listbox", "data-testid": "rx-suggestions", hidden: true })),
      el("p", { class: "field-error", "data-testid": "rx-error", dataset: { field: "medicines" }, hidden: true }),
      el("div", { id: "rx-medicines", class: "rx-medicines", "data-testid": "rx-medicines" }),
      el("p", { class: "muted small", id: "rx-medicines-empty", "data-testid": "rx-medicines-empty", "data-i18n": true },
        "No medicines yet. Type a name above and pick it from the formulary, or press Enter to add it as written.")),
    el("div", { class: "rx-grid" },
      field("Investigations advised", el("textarea", { id: "rx-investigations", rows: 3,
        "data-testid": "rx-investigations", placeholder: "One test on each line" }), "investigations"),
      field("Advice", el("textarea", { id: "rx-advice", rows: 3, "data-testid": "rx-advice",
        placeholder: "Diet, activity, warning signs to come back for" }), "advice")),
    el("div", { class: "rx-grid rx-grid-3" },
      el("div", { class: "rx-field rx-field-follow_up" }, el("label", { for: "rx-follow-up", "data-i18n": true }, "Follow-up date"),
        el("div", { class: "rx-follow" }, followUp, quick),
        el("p", { class: "muted small rx-hint", id: "rx-follow-up-text", "data-testid": "rx-follow-up-text" }),
        el("p", { class: "field-error", "data-testid": "rx-error", dataset: { field: "follow_up" }, hidden: true })),
      field("Referral", el("input", { id: "rx-referral", "data-testid": "rx-referral", autocomplete: "off",
        placeholder: "e.g. District Hospital, Medicine OPD" }), "referral"),
      field("Paper for the patient", el("select", { id: "rx-language", "data-testid": "rx-language" },
        el("option", { value: "hi" }, "Hindi (हिन्दी)"), el("option", { value: "en" }, "English only")), "language",
        "Beside English. The patient's own language is chosen; headings and the usual doses print in it, what you type prints as written.")),
    el("div", { class: "rx-actions" },
      el("button", { type: "submit", class: "primary", id: "rx-sign", "data-testid": "rx-sign", "data-i18n": true }, "Sign and send to the spoke"),
      el("span", { class: "muted small", "data-i18n": true }, "Signing finishes the consult; a signed prescription cannot be changed.")),
    datalists);
  slot.replaceChildren(
    el("div", { class: "rx-head" }, el("h2", { "data-i18n": true }, "Prescription"),
      el("span", { class: "muted small", id: "rx-prescriber", "data-testid": "rx-prescriber" })),
    el("p", { class: "error", id: "rx-problem", "data-testid": "rx-problem", hidden: true }),
    form,
    el("div", { id: "rx-signed", class: "rx-signed", "data-testid": "rx-signed", hidden: true }));
  translatePage(slot);
}

function list(id, values) {
  return el("datalist", { id }, ...values.map((v) => el("option", { value: v })));
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

const DAY_WORDS = new Intl.DateTimeFormat("en-IN", { weekday: "long", day: "numeric", month: "long", year: "numeric" });

function inWords(iso) {
  return iso ? DAY_WORDS.format(new Date(`${iso}T00:00:00`)) : "";
}

function sayFollowUp() {
  const value = $("rx-follow-up").value;
  let text = "";
  if (value && open?.today) {
    const days = Math.round((new Date(`${value}T00:00:00`) - new Date(`${open.today}T00:00:00`)) / 86400000);
    text = `${inWords(value)}${days > 0 ? ` · in ${days} day${days === 1 ? "" : "s"}` : ""}`;
  }
  $("rx-follow-up-text").textContent = text;
}

// The hub checks everything again; this only spares a round trip for the obvious.
function check(form) {
  const problems = [];
  if (!form.diagnosis.trim()) problems.push({ field: "diagnosis", message: "Write a provisional diagnosis." });
  form.medicines.forEach((m, i) => {
    const n = i + 1;
    const called = `Medicine ${n}${m.name.trim() ? ` (${m.name.trim()})` : ""}`;
    if (!m.name.trim()) problems.push({ field: `medicines.${n}.name`, message: `${called}: give its name.` });
    for (const [f, words] of Object.entries(NEEDED)) {
      if (!m[f].trim()) problems.push({ field: `medicines.${n}.${f}`, message: `${called}: say ${words}.` });
    }
  });
  if (!form.medicines.length && !form.advice.trim()) {
    problems.push({ field: "medicines", message: "Prescribe at least one medicine or write advice." });
  }
  if (form.follow_up && form.follow_up < open.today) {
    problems.push({ field: "follow_up", message: "The follow-up date is in the past." });
  }
  return problems;
}

function clearProblems() {
  $("rx-errors").hidden = true;
  for (const p of document.querySelectorAll("#prescription-slot [data-testid=rx-error]")) { p.hidden = true; p.textContent = ""; }
  for (const c of document.querySelectorAll("#prescription-slot [aria-invalid]")) c.removeAttribute("aria-invalid");
}

function showProblems(problems) {
  clearProblems();
  const listing = $("rx-errors-list");
  listing.replaceChildren(...problems.map((p) => el("li", {}, p.message)));
  $("rx-errors").hidden = false;
  let first = null;
  for (const p of problems) {
    const note = document.querySelector(`#prescription-slot [data-testid=rx-error][data-field="${p.field}"]`);
    if (note) {
      // Beside a medicine's field, the list above already says which medicine.
      const short = p.message.replace(/^Medicine \d+( \([^)]*\))?: /, "");
      note.textContent = short.charAt(0).toUpperCase() + short.slice(1);
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
  button.textContent = "Signing…";
  try {
    const signed = await api("POST", `/cases/${open.encounterId}/prescription`, form);
    drafts.delete(open.encounterId);
    showSigned(signed);
    document.dispatchEvent(new CustomEvent("hwc:prescription-signed",
      { detail: { encounterId: open.encounterId, prescription: signed.prescription } }));
  } catch (error) {
    if (error instanceof ApiError && error.problems) showProblems(error.problems);
    else showProblems([{ field: "form", message: error.message }]);
  } finally {
    button.disabled = false;
    button.textContent = "Sign and send to the spoke";
  }
}

function showSigned(signed) {
  const rx = signed.prescription;
  open.signed = true;
  stop();
  $("rx-form").hidden = true;
  const when = rx.issued_at.slice(0, 16).replace("T", " ");
  const rows = rx.medicines.map((m) => el("tr", { "data-testid": "rx-signed-medicine" },
    el("td", {}, el("strong", {}, m.name), el("span", { class: "muted" }, ` ${m.form} ${m.strength}`.trimEnd())),
    el("td", {}, m.dose), el("td", {}, m.frequency), el("td", {}, m.duration), el("td", { class: "muted" }, m.instructions)));
  const box = $("rx-signed");
  box.replaceChildren(...[
    el("p", { class: "rx-signed-title" }, el("span", { class: "tick", "aria-hidden": "true" }, "✓"),
      "Signed and sent to the spoke. The consult is finished."),
    el("p", { class: "muted small" }, `Prescription ${signed.id.slice(0, 8).toUpperCase()} · ${when} · `,
      el("span", { "data-testid": "rx-signed-id" }, signed.id)),
    rx.consult ? el("p", { "data-testid": "rx-signed-consult" }, el("strong", {}, "Consult: "), consultWords(rx.consult)) : null,
    el("p", {}, el("strong", {}, "Diagnosis: "), rx.diagnosis),
    rows.length ? el("table", { class: "rx-signed-meds" },
      el("thead", {}, el("tr", {}, ...["Medicine", "Dose", "How often", "How long", "Instructions"].map((h) => el("th", {}, h)))),
      el("tbody", {}, ...rows)) : null,
    rx.investigations.length ? el("p", {}, el("strong", {}, "Investigations: "), rx.investigations.join(" · ")) : null,
    rx.advice ? el("p", {}, el("strong", {}, "Advice: "), rx.advice) : null,
    rx.follow_up ? el("p", {}, el("strong", {}, "Follow-up: "), inWords(rx.follow_up)) : null,
    rx.referral ? el("p", {}, el("strong", {}, "Referral: "), rx.referral) : null,
  ].filter(Boolean));
  box.hidden = false;
}

// -- following the open case ----------------------------------------------------------------------
async function opened(event) {
  const { case: data } = event.detail;
  const slot = $("prescription-slot");
  if (!slot.firstChild) build(slot);
  open = { encounterId: data.encounter_id, signed: false, today: "" };
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
    $("rx-problem").textContent = `The prescription form could not load: ${error.message}`;
    $("rx-problem").hidden = false;
    return;
  }
  if (!open || open.encounterId !== data.encounter_id) return; // another case opened meanwhile
  open.today = info.today;
  $("rx-follow-up").min = info.today;
  const p = info.prescriber;
  const registration = `Reg. no. ${p.registration_number}${p.council ? ` (${p.council})` : ""}`;
  $("rx-prescriber").textContent = [p.name, p.qualification, registration, p.hub].filter(Boolean).join(" · ");
  if (info.languages) {
    $("rx-language").replaceChildren(...info.languages.map((l) => el("option", { value: l.code }, l.name)));
  }
  follow(data.encounter_id, info.consult);
  $("rx-language").value = info.language;
  restore(drafts.get(data.encounter_id));
  if (info.problem) {
    $("rx-problem").textContent = info.problem;
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
