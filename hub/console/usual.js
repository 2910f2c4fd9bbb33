// The usual values offered for a medicine's dose, how often, how long and how to take
// it. They are kept in English, as the prescription is signed; the paper prints them in
// the patient's language (kiosk/rx/words), and the console shows each in its own words:
// as the datalists' labels, and on the signed prescription (usualWords, the same rules
// as the paper's: a phrase whole, ignoring case, parts split at ";", "1-0-1" with the
// times of day, a number and its unit).

import { language, N, phrase, t } from "./i18n.js";

export const FREQUENCIES = [N("Once daily"), N("Once daily, morning"), N("Once daily, night"),
  N("Twice daily"), N("Three times a day"), N("Four times a day"), N("Every 6 hours"), N("At bedtime"),
  N("When needed (SOS)"), N("Once a week"), N("Single dose")];
export const DURATIONS = [N("1 day"), N("3 days"), N("5 days"), N("7 days"), N("10 days"), N("14 days"),
  N("1 month"), N("3 months"), N("Continue until review")];
export const DOSES = [N("1 tablet"), N("½ tablet"), N("2 tablets"), N("1 capsule"), N("2.5 mL"), N("5 mL"),
  N("10 mL"), N("1 sachet"), N("2 puffs"), N("1 drop"), N("2 drops"), N("Apply thinly")];
export const INSTRUCTIONS = [N("After food"), N("Before food"), N("With food"), N("With or after food"),
  N("In the morning"), N("At night"), N("Before breakfast"), N("Empty stomach"),
  N("Complete the full course"), N("Shake well"), N("Swallow whole"), N("Drink plenty of water"),
  N("Do not stop suddenly"), N("May cause drowsiness"), N("No alcohol"), N("Chew the tablet")];

const KNOWN = new Map([...FREQUENCIES, ...DURATIONS, ...DOSES, ...INSTRUCTIONS].map((v) => [v.toLowerCase(), v]));
const UNITS = {
  tablet: [N("{n} tablet"), N("{n} tablets")], capsule: [N("{n} capsule"), N("{n} capsules")],
  sachet: [N("{n} sachet"), N("{n} sachets")], puff: [N("{n} puff"), N("{n} puffs")],
  drop: [N("{n} drop"), N("{n} drops")], day: [N("{n} day"), N("{n} days")],
  week: [N("{n} week"), N("{n} weeks")], month: [N("{n} month"), N("{n} months")],
};
const SLOTS = /^([0-9½]+)-([0-9½]+)-([0-9½]+)(-[0-9½]+)?$/;
const AMOUNT = /^(\d+(?:\.\d+)?|½|¼|¾|1½)\s+([a-z]+)$/;

function part(text) {
  const key = text.toLowerCase().split(/\s+/).filter(Boolean).join(" ");
  if (KNOWN.has(key)) return phrase(KNOWN.get(key));
  const slots = SLOTS.exec(key);
  if (slots) {
    return slots[4] ? phrase(N("{slots} (morning - afternoon - evening - night)"), { slots: text })
      : phrase(N("{slots} (morning - afternoon - night)"), { slots: text });
  }
  const amount = AMOUNT.exec(key);
  const unit = amount && (UNITS[amount[2]] ? amount[2] : UNITS[amount[2].replace(/s$/, "")] ? amount[2].replace(/s$/, "") : "");
  if (unit) return phrase(UNITS[unit][["1", "½", "¼", "¾"].includes(amount[1]) ? 0 : 1], { n: amount[1] });
  return null;
}

// A value as the paper prints it in the console's language; English as written.
export function usualWords(text) {
  if (language() === "en" || !text || !text.trim()) return text || "";
  const parts = text.split(";").map((p) => p.trim());
  const said = parts.map(part);
  if (said.every((p) => p === null)) return text;
  return said.map((p, i) => (p ? t(p.k, p.p) : parts[i])).join("; ");
}
