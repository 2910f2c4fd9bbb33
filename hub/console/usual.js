// The usual values offered for a medicine's dose, how often and how long. They are kept
// in English, as the prescription is signed; the paper prints them in the patient's
// language (kiosk/rx/words), and the console shows each in its own words beside it.

import { N } from "./i18n.js";

export const FREQUENCIES = [N("Once daily"), N("Once daily, morning"), N("Once daily, night"),
  N("Twice daily"), N("Three times a day"), N("Four times a day"), N("Every 6 hours"), N("At bedtime"),
  N("When needed (SOS)"), N("Once a week"), N("Single dose")];
export const DURATIONS = [N("1 day"), N("3 days"), N("5 days"), N("7 days"), N("10 days"), N("14 days"),
  N("1 month"), N("3 months"), N("Continue until review")];
export const DOSES = [N("1 tablet"), N("½ tablet"), N("2 tablets"), N("1 capsule"), N("2.5 mL"), N("5 mL"),
  N("10 mL"), N("1 sachet"), N("2 puffs"), N("1 drop"), N("2 drops"), N("Apply thinly")];
