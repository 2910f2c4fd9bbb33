// The console's fixed words in English or Hindi, as the specialist chooses (remembered in
// this browser). The key is the English text itself: a string missing from a table shows
// in English, never as a blank or a key. What the spoke and the specialist write (names,
// complaints, advice) is never translated. Placeholders like {n} are filled by t(); a
// parameter may itself be a phrase {k, p} (a key and its own parameters), translated too.
// The Hindi tables are i18n_hi.js (the pages) and i18n_hi_rx.js (prescribing and the
// hub's messages); tests/hub/test_console_words.py checks every key has its Hindi.

import HI_PAGES from "./i18n_hi.js";
import HI_RX from "./i18n_hi_rx.js";

const STORE_KEY = "hwc-console-language";
export const LANGUAGES = { en: "English", hi: "हिन्दी" };
const TABLES = { en: {}, hi: { ...HI_PAGES, ...HI_RX } };
// Dates as people write them: "3 Dec 2026" in English, "3 दिसंबर 2026" in Hindi; digits
// stay the international ones in both, as Hindi forms and prescriptions print them.
const LOCALES = { en: "en-IN", hi: "hi-IN" };

export function language() {
  const chosen = localStorage.getItem(STORE_KEY);
  return chosen in TABLES ? chosen : "en";
}

// Marks a key for the word tables where the text is kept to be translated later.
export function N(text) { return text; }

// A phrase to translate when shown: a key and its parameters.
export function phrase(k, p = {}) { return { k, p }; }

export function t(text, params = {}) {
  const words = TABLES[language()][text] ?? text;
  return words.replace(/\{(\w+)\}/g, (all, name) => {
    if (!(name in params)) return all;
    const value = params[name];
    return value && typeof value === "object" && "k" in value ? t(value.k, value.p) : String(value);
  });
}

export function say(node, text, params = {}) {
  node.dataset.i18n = text;
  node.dataset.i18nParams = JSON.stringify(params);
  node.textContent = t(text, params);
}

// The same for a phrase {k, p}.
export function sayPhrase(node, words) { say(node, words.k, words.p); }

// An attribute (placeholder, title, aria-label, label) from a key, translated again later.
const ATTRIBUTES = ["placeholder", "title", "aria-label", "alt", "label"];

export function sayAttr(node, attribute, text, params = {}) {
  node.setAttribute(`data-i18n-${attribute}`, JSON.stringify([text, params]));
  node.setAttribute(attribute, t(text, params));
}

// Elements marked data-i18n keep their English text as the key the first time round;
// data-i18n-placeholder (and the other attributes) hold their key, or take the English
// attribute as it stands.
export function translatePage(root = document) {
  for (const node of root.querySelectorAll("[data-i18n]")) {
    if (!node.dataset.i18n) node.dataset.i18n = node.textContent.trim().replace(/\s+/g, " ");
    node.textContent = t(node.dataset.i18n, JSON.parse(node.dataset.i18nParams || "{}"));
  }
  for (const attribute of ATTRIBUTES) {
    for (const node of root.querySelectorAll(`[data-i18n-${attribute}]`)) {
      let stored = node.getAttribute(`data-i18n-${attribute}`);
      if (!stored) {
        stored = JSON.stringify([node.getAttribute(attribute) || "", {}]);
        node.setAttribute(`data-i18n-${attribute}`, stored);
      }
      const [text, params] = JSON.parse(stored);
      node.setAttribute(attribute, t(text, params));
    }
  }
  document.documentElement.lang = language();
}

export function choose(code) {
  localStorage.setItem(STORE_KEY, code in TABLES ? code : "en");
  translatePage();
  document.dispatchEvent(new CustomEvent("hwc:language", { detail: { language: language() } }));
}

// The switch in the top bar, shown before and after signing in.
export function mountSwitch(select) {
  select.replaceChildren(...Object.entries(LANGUAGES).map(([code, name]) => {
    const option = document.createElement("option");
    option.value = code;
    option.textContent = name;
    return option;
  }));
  select.value = language();
  select.addEventListener("change", () => choose(select.value));
  translatePage();
}

// -- dates and numbers ---------------------------------------------------------------------
function at(iso) {
  // A bare day ("2026-12-03") is that day here, not midnight UTC.
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00` : iso);
}

// "3 Dec 2026" / "3 दिसंबर 2026"; with weekday: "Thursday, 3 December 2026" /
// "गुरुवार, 3 दिसंबर 2026".
export function day(iso, { weekday = false } = {}) {
  if (!iso) return "";
  const options = { day: "numeric", month: language() === "hi" || weekday ? "long" : "short", year: "numeric" };
  if (weekday) options.weekday = "long";
  return new Intl.DateTimeFormat(LOCALES[language()], options).format(at(iso));
}

// A day and its time: "3 Dec 2026, 1:21 pm" / "3 दिसंबर 2026, दोपहर 1:21".
export function moment(iso) {
  if (!iso) return "";
  // Hindi says the time of day in words before the hour ("सुबह", "दोपहर", "शाम", "रात").
  const options = language() === "hi" ? { hour: "numeric", minute: "2-digit", dayPeriod: "short" }
    : { hour: "numeric", minute: "2-digit", hour12: true };
  return `${day(iso)}, ${new Intl.DateTimeFormat(LOCALES[language()], options).format(at(iso))}`;
}

export function number(value, digits = 0) {
  return new Intl.NumberFormat(LOCALES[language()],
    { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}
