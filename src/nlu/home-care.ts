import { CHILDCARE_INTENT } from "./childcare.js";
import type { Classification, Ranking } from "./decision.js";
import { HOME_CARER_INTENT } from "./need.js";
import { turnedTo } from "./told-need.js";

/**
 * An older relative told, in another language, as not to be left alone or with nobody by them
 * («Тато після операції… йому не можна бути одному… Я з малими дітьми», «Bunicul… el e singur de
 * dimineata pana seara», «أبويا… ومفيش حد معاه في البيت») needs someone at home: a home carer,
 * though the teller's own children or working hours lean the model to a babysitter, or spread it
 * below the bar. Taken where the model refused the message, was unsure, or read a babysitter
 * (the children are the teller's), and counts a home carer among its best needs. Not where the
 * children are the ones left without someone (childcare.ts): a grandmother who kept them.
 */
export function asHomeCare(
  decision: Classification,
  ranking: Ranking,
  /** The message as read; read only for a need still open (ReadWords). */
  words: {
    readonly elderUnattended: boolean;
    readonly childrenUnminded: boolean;
    readonly wellButIdle: boolean;
  },
): Classification {
  if (decision.intent !== null && !decision.ambiguous && decision.intent !== CHILDCARE_INTENT)
    return decision;
  // Not the children's hours nor an older person well and idle.
  if (!words.elderUnattended || words.childrenUnminded || words.wellButIdle) return decision;
  return turnedTo(decision, ranking, HOME_CARER_INTENT, undefined);
}
