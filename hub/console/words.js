// What the hub tells the console, in the console's words. The hub answers with a stable
// machine code (and its parameters: a medicine's name, its list, a law) beside an English
// sentence; here each code becomes a phrase {k, p} that i18n.js says in the specialist's
// language. Only a code this page does not know shows the hub's English as it came.

import { N, phrase } from "./i18n.js";

export const LANGUAGE_NAMES = {
  English: N("English"), Hindi: N("Hindi"), Telugu: N("Telugu"), Bengali: N("Bengali"),
  Kannada: N("Kannada"), Tamil: N("Tamil"), Marathi: N("Marathi"), Gujarati: N("Gujarati"),
  Odia: N("Odia"), Malayalam: N("Malayalam"), Punjabi: N("Punjabi"),
};

// "Tamil (தமிழ்)" / "तमिल (தமிழ்)"; "Hindi (हिन्दी)" / "हिन्दी".
export function languagePhrase(english, native, fallback = "") {
  if (!english || !(english in LANGUAGE_NAMES)) return phrase(fallback || english || "");
  if (!native || native === english) return phrase(LANGUAGE_NAMES[english]);
  if (english === "Hindi") return phrase(N("Hindi (हिन्दी)")); // in Hindi, once is enough
  return phrase(N("{language} ({native})"), { language: phrase(LANGUAGE_NAMES[english]), native });
}

export const LIST_NAMES = { O: N("List O"), A: N("List A"), B: N("List B"), prohibited: N("Prohibited") };
const LIST_IN_SENTENCE = { O: N("List O"), A: N("List A"), B: N("List B (add-on in a follow-up)") };
const MODE_IN_SENTENCE = { video: N("video"), audio: N("audio"), text: N("text (store-and-forward)") };
// The consult's kind with its article, as a sentence needs it.
const KINDS = {
  "video first": N("a video first consult"), "video follow_up": N("a video follow-up"),
  "audio first": N("an audio first consult"), "audio follow_up": N("an audio follow-up"),
  "text first": N("a text (store-and-forward) first consult"),
  "text follow_up": N("a text (store-and-forward) follow-up"),
};
const LAWS = {
  schedule_x: N("Schedule X of the Drugs and Cosmetics Rules 1945"),
  ndps_narcotic: N("a narcotic drug under the NDPS Act 1985"),
  ndps_psychotropic: N("a psychotropic substance under the NDPS Act 1985"),
};

export function kindPhrase(mode, type) {
  const key = KINDS[`${mode} ${type}`];
  return key ? phrase(key) : phrase(`${mode} ${type}`);
}

// What this consult may prescribe, from the lists the hub allows (its own English
// `summary` only when a list is one this page does not know).
export function allowedPhrase(c) {
  const known = new Set(["O", "A", "A_refill", "B"]);
  if (!KINDS[`${c.mode} ${c.type}`] || c.allowed.some((code) => !known.has(code))) return phrase(c.summary);
  const parts = [phrase(N("List O (over the counter)"))];
  if (c.allowed.includes("A")) parts.push(phrase(N("List A")));
  else if (c.allowed.includes("A_refill")) parts.push(phrase(N("List A only as a repeat of the earlier prescription")));
  if (c.allowed.includes("B")) parts.push(phrase(N("List B add-ons")));
  const lists = parts.reduce((all, part) => (all ? phrase(N("{first}, {next}"), { first: all, next: part }) : part), null);
  return phrase(N("This is {kind}: you may prescribe {lists}."), { kind: kindPhrase(c.mode, c.type), lists });
}

// One medicine the hub refuses (POST .../prescription/check, or at signing).
function refusalPhrase(p) {
  const { name = "", list, listed, mode, type } = p.params || {};
  if (p.code === "prohibited") {
    if (!(p.params.law in LAWS)) return phrase(p.message);
    return phrase(N("{name}: {substance} is {law}, which the Telemedicine Practice Guidelines never allow in a teleconsultation. See the patient in person, or refer."),
      { name, substance: p.params.substance, law: phrase(LAWS[p.params.law]) });
  }
  if (p.code === "formulary_prohibited") {
    return phrase(N("{name} is marked prohibited in the hub's formulary: it cannot be prescribed by teleconsultation."), { name });
  }
  if (!(list in LIST_IN_SENTENCE) || !(mode in MODE_IN_SENTENCE)) return phrase(p.message);
  const which = phrase(LIST_IN_SENTENCE[list]);
  const first = listed ? phrase(N("{name} is {list}."), { name, list: which })
    : phrase(N("{name} is not in the hub's formulary, so it counts as {list}."), { name, list: which });
  let rest;
  if (p.code === "text_first_list_o_only") {
    rest = phrase(N("A first text (store-and-forward) consult may prescribe only List O medicines: call the patient by video, or advise and refer."));
  } else if (p.code === "list_a_repeat_only") {
    rest = mode === "audio"
      ? phrase(N("In an audio follow-up, List A medicines may only be repeated from the earlier prescription; this one was not on it."))
      : phrase(N("In a {mode} follow-up, List A medicines may only be repeated from the earlier prescription; this one was not on it."),
        { mode: phrase(MODE_IN_SENTENCE[mode]) });
  } else if (p.code === "list_a_needs_video") {
    rest = phrase(N("List A needs a video consult; this one was {mode}. Continue by video, or prescribe from List O."),
      { mode: phrase(MODE_IN_SENTENCE[mode]) });
  } else if (p.code === "follow_up_only") {
    rest = phrase(N("It may only be added in a follow-up for the same condition; this is {kind}."), { kind: kindPhrase(mode, type) });
  } else {
    return phrase(p.message);
  }
  return phrase(N("{first} {rest}"), { first, rest });
}

const NEEDS = { dose: N("say the dose."), frequency: N("say how often."), duration: N("say for how long.") };
const FIELD_NAMES = {
  name: N("name"), form: N("form"), strength: N("strength"), dose: N("dose"), frequency: N("frequency"),
  duration: N("duration"), instructions: N("instructions"), diagnosis: N("diagnosis"), advice: N("advice"),
  referral: N("referral"),
};
const FORM_PROBLEMS = {
  too_many_medicines: N("At most {max} medicines fit on one prescription."),
  too_many_investigations: N("At most {max} investigations fit on one prescription."),
  investigation_too_long: N("An investigation is longer than {max} characters."),
  follow_up_not_a_date: N("The follow-up date is not a date."),
  follow_up_past: N("The follow-up date is in the past."),
  follow_up_too_far: N("The follow-up date must be within a year."),
  no_diagnosis: N("Write a provisional diagnosis."),
  nothing_prescribed: N("Prescribe at least one medicine or write advice."),
  no_language: N("Choose a language for the paper."),
  not_a_follow_up: N("The earlier prescription chosen is not this patient's from you in the last six months, so this cannot be a follow-up of it."),
};

// What of a medicine's problem is said beside its field (the list above names the medicine).
function medicineProblem(p) {
  const { what, max } = p.params || {};
  if (p.code === "medicine_no_name") return phrase(N("give its name."));
  if (p.code === "medicine_needs" && what in NEEDS) return phrase(NEEDS[what]);
  if (p.code === "medicine_too_long" && what in FIELD_NAMES) {
    return phrase(N("the {what} is longer than {max} characters."), { what: phrase(FIELD_NAMES[what]), max });
  }
  return null;
}

// A problem of the form, the whole sentence (for the list above the form) and the part
// shown beside its field: {full, short} as phrases.
export function problemPhrases(p) {
  const own = medicineProblem(p);
  if (own) {
    const { n, name } = p.params;
    const full = name ? phrase(N("Medicine {n} ({name}): {problem}"), { n, name, problem: own })
      : phrase(N("Medicine {n}: {problem}"), { n, problem: own });
    return { full, short: own };
  }
  let words;
  if (p.code in FORM_PROBLEMS) words = phrase(FORM_PROBLEMS[p.code], p.params || {});
  else if (p.code === "too_long" && p.params?.what in FIELD_NAMES) {
    words = phrase(N("The {what} is longer than {max} characters."), { what: phrase(FIELD_NAMES[p.params.what]), max: p.params.max });
  } else if (p.code && p.code !== "") words = refusalPhrase(p);
  else words = phrase(p.message || "");
  return { full: words, short: words };
}

export function refusalOf(p) { return problemPhrases(p).full; }

const CONSENT = {
  none: N("The hub holds no record of the patient's consent to this teleconsultation, so the consult cannot go ahead. Ask the health centre to record it on the kiosk."),
  withdrawn: N("The patient withdrew consent to this teleconsultation, so the consult cannot go ahead. The health centre may record a new consent if the patient gives it."),
};

export function consentProblem(code, english) {
  return code in CONSENT ? phrase(CONSENT[code]) : phrase(english || "");
}

const QUALIFICATION = N("Your qualification is not on record, and every prescription must show it. Ask the hub's administrator to run: {command}");

export function noQualification(username) {
  return phrase(QUALIFICATION, { command: `kiosk-hub specialists set ${username} --qualification "MBBS, MD (...)"` });
}

const ERRORS = {
  bad_login: N("The username or password is wrong."),
  locked: N("Too many wrong passwords: try again in a few minutes."),
  origin: N("Sign in from the hub's own console page."),
  bad_request: N("The hub could not read what this page sent. Reload the page and try again."),
  bad_json: N("The hub could not read what this page sent. Reload the page and try again."),
  no_session: N("Your session has ended: sign in again."),
  csrf: N("This request did not come from the console page. Reload the page."),
  no_case: N("This case is no longer in your hub site's queue."),
  taken: N("Another specialist has taken this case."),
  not_yours: N("Only the specialist who took this case can prescribe for it or give it back."),
  finished: N("This consult is finished."),
  no_patient: N("The hub does not hold this case's patient yet."),
  damaged: N("A prescription of this case does not verify at the hub: tell the hub's administrator."),
  no_photo: N("This photo has not reached the hub."),
  invalid: N("Please correct the prescription."),
  too_large: N("The request is larger than the hub accepts."),
  storage: N("The hub's database does not answer. Try again in a minute."),
  internal: N("The hub could not answer; try again later."),
  network: N("The hub cannot be reached. Check the connection and try again."),
};

// Any error from api(): the hub's code in the console's words.
export function errorPhrase(error) {
  const code = error?.code;
  if (code === "no_consent") return consentProblem(error.data?.reason || "none", error.message);
  if (code === "no_qualification") return noQualification(error.data?.username || "USERNAME");
  if (code in ERRORS) return phrase(ERRORS[code]);
  return phrase(error?.message || String(error));
}
