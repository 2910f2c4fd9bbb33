// The medicines of the prescription form: the search that offers the formulary as the
// specialist types (mouse or arrow keys and Enter; Enter on other text adds it as
// written) and one row of fields a medicine.

import { allows, check, clearRefusal } from "./consult.js";
import { el, said } from "./dom.js";
import { N, number, sayAttr, say, t } from "./i18n.js";
import { LIST_NAMES } from "./words.js";

const $ = (id) => document.getElementById(id);
export const MAX_MEDICINES = 12;
const SUGGESTIONS = 8;
export const FIELDS = ["name", "form", "strength", "dose", "frequency", "duration", "instructions"];
const LABELS = { name: N("Medicine"), form: N("Form"), strength: N("Strength"), dose: N("Dose"),
  frequency: N("How often"), duration: N("How long"), instructions: N("Instructions") };
const FIELD_OF = { name: N("Medicine {n}: name"), form: N("Medicine {n}: form"), strength: N("Medicine {n}: strength"),
  dose: N("Medicine {n}: dose"), frequency: N("Medicine {n}: how often"), duration: N("Medicine {n}: how long"),
  instructions: N("Medicine {n}: instructions") };

// formulary: [{name, form, strength, dose, frequency, duration, instructions}];
// items: the form's medicines; onFull: shows a problem when one more will not fit.
export const state = { formulary: null, items: [], onFull: () => {} };

export function attachSearch(search) {
  search.addEventListener("input", () => suggest());
  search.addEventListener("keydown", onSearchKey);
  // Closed a moment after the box loses focus (a click on a suggestion comes first), unless
  // the box has the focus again by then.
  search.addEventListener("blur", () => setTimeout(() => {
    if (document.activeElement !== search) closeSuggestions();
  }, 150));
}

function words(text) { return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean); }

function matches(query) {
  const q = query.trim().toLowerCase();
  if (!q || !state.formulary) return [];
  const scored = [];
  for (const entry of state.formulary) {
    const name = entry.name.toLowerCase();
    let score = -1;
    if (name.startsWith(q)) score = 0;
    else if (words(name).some((w) => w.startsWith(q))) score = 1;
    else if (`${name} ${entry.form} ${entry.strength}`.toLowerCase().includes(q)) score = 2;
    if (score >= 0) scored.push([score, entry]);
  }
  scored.sort((a, b) => a[0] - b[0]);
  return scored.slice(0, SUGGESTIONS).map(([, entry]) => entry);
}

function suggest() {
  const query = $("rx-medicine-search").value;
  const box = $("rx-suggestions");
  box.replaceChildren();
  if (!query.trim()) { closeSuggestions(); return; }
  for (const entry of matches(query)) {
    // Greyed when this consult may not prescribe its list; picked, the hub says why.
    const ok = allows(entry);
    box.append(el("li", { role: "option", class: ok ? "suggestion" : "suggestion blocked",
      "data-testid": "rx-suggestion", dataset: { list: entry.list || "" }, "aria-disabled": ok ? null : "true",
      onmousedown: (e) => { e.preventDefault(); add(entry); } },
      entry.list ? said("span", { class: `list-badge list-${entry.list}`, "data-testid": "rx-suggestion-list" },
        LIST_NAMES[entry.list] || entry.list) : null,
      el("strong", {}, entry.name), el("span", { class: "muted" }, ` ${entry.form} · ${entry.strength}`)));
  }
  box.append(el("li", { role: "option", class: "suggestion free", "data-testid": "rx-suggestion-free",
    onmousedown: (e) => { e.preventDefault(); add({ name: query.trim() }); } },
    t("Add “{name}” as written", { name: query.trim() })));
  highlight(0);
  box.hidden = false;
  $("rx-medicine-search").setAttribute("aria-expanded", "true");
}

function options() { return [...$("rx-suggestions").querySelectorAll("li")]; }

function highlight(index) {
  const items = options();
  items.forEach((item, i) => item.classList.toggle("active", i === index));
  if (items[index]) items[index].scrollIntoView({ block: "nearest" });
}

function closeSuggestions() {
  const box = $("rx-suggestions");
  if (!box) return;
  box.hidden = true;
  $("rx-medicine-search").setAttribute("aria-expanded", "false");
}

function onSearchKey(event) {
  const items = options();
  const current = items.findIndex((item) => item.classList.contains("active"));
  if (event.key === "ArrowDown" || event.key === "ArrowUp") {
    event.preventDefault();
    if ($("rx-suggestions").hidden) { suggest(); return; }
    const step = event.key === "ArrowDown" ? 1 : -1;
    highlight((current + step + items.length) % items.length);
  } else if (event.key === "Enter") {
    event.preventDefault();
    const query = event.target.value.trim();
    if (!query) return;
    if (!$("rx-suggestions").hidden && items[current]) {
      items[current].dispatchEvent(new MouseEvent("mousedown", { bubbles: true, cancelable: true }));
    } else {
      add({ name: query });
    }
  } else if (event.key === "Escape") {
    closeSuggestions();
  }
}

async function add(entry) {
  if (state.items.length >= MAX_MEDICINES) {
    state.onFull([{ field: "medicines", code: "too_many_medicines", params: { max: MAX_MEDICINES },
      message: `At most ${MAX_MEDICINES} medicines fit on one prescription.` }]);
    return;
  }
  closeSuggestions();
  // The hub's rules decide (mode, type, lists, the prohibited substances); refused, the
  // reason shows in plain words (naming the medicine) and the search is cleared.
  if (!(await check(entry))) { $("rx-medicine-search").value = ""; return; }
  const medicine = Object.fromEntries(FIELDS.map((f) => [f, entry[f] || ""]));
  state.items.push(medicine);
  $("rx-medicine-search").value = "";
  clearRefusal();
  renderMedicines();
  const rows = $("rx-medicines").querySelectorAll("[data-testid=rx-medicine]");
  const row = rows[rows.length - 1];
  row.querySelector(medicine.name && medicine.form ? "[data-testid=rx-med-dose]" : "[data-testid=rx-med-form]").focus();
}

export function renderMedicines() {
  const box = $("rx-medicines");
  box.replaceChildren();
  if (state.items.length) {
    // One row of column names; each field keeps its own label for screen readers.
    box.append(el("div", { class: "rx-medicine rx-med-head", "aria-hidden": "true" }, el("span"),
      el("div", { class: "rx-medicine-fields" },
        ...FIELDS.filter((f) => f !== "instructions").map((f) => said("span", {}, LABELS[f]))),
      el("span")));
  }
  state.items.forEach((medicine, i) => {
    const n = i + 1;
    const input = (f, extra = {}) => {
      const control = el("input", { "data-testid": `rx-med-${f}`, id: `rx-med-${n}-${f}`,
        value: medicine[f], autocomplete: "off", ...extra });
      control.addEventListener("input", () => { medicine[f] = control.value; });
      return el("div", { class: `rx-cell rx-cell-${f}` },
        said("label", { for: control.id, class: "visually-hidden" }, FIELD_OF[f], { n }), control,
        el("p", { class: "field-error", "data-testid": "rx-error", dataset: { field: `medicines.${n}.${f}` }, hidden: true }));
    };
    box.append(el("div", { class: "rx-medicine", "data-testid": "rx-medicine", dataset: { index: n } },
      el("span", { class: "rx-number" }, String(n)),
      el("div", { class: "rx-medicine-fields" },
        input("name"), input("form"), input("strength"),
        input("dose", { list: "rx-doses" }), input("frequency", { list: "rx-frequencies" }),
        input("duration", { list: "rx-durations" }),
        input("instructions", { list: "rx-instructions" })),
      said("button", { type: "button", class: "ghost rx-remove", "data-testid": "rx-med-remove",
        onclick: () => { state.items.splice(i, 1); renderMedicines(); } }, "Remove")));
    const row = box.lastChild;
    sayAttr(row.querySelector("[data-testid=rx-med-instructions]"), "placeholder", "Instructions for the patient (e.g. after food)");
    sayAttr(row.querySelector("[data-testid=rx-med-remove]"), "aria-label", "Remove medicine {n}", { n });
  });
  $("rx-medicines-empty").hidden = state.items.length > 0;
  if (state.items.length) say($("rx-count"), "{n} of at most {max}", { n: number(state.items.length), max: number(MAX_MEDICINES) });
  else { $("rx-count").textContent = ""; delete $("rx-count").dataset.i18n; }
}
