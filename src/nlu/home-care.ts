import { CHILDCARE_INTENT } from "./childcare.js";
import type { Classification, Ranking } from "./decision.js";
import { HOME_CARER_INTENT } from "./need.js";
import type { ReadWord } from "./reading.js";
import { refusesCarer } from "./refused.js";
import { plainWords, turnedTo } from "./told-need.js";

/** Someone who keeps an eye on an older person living alone, not a paid carer. */
export const WATCH_INTENT = "custode_sociale";

/**
 * An older relative or neighbour, told by kin («mia madre», «zio Renato», «my mum»), as «la
 * signora …», or by an age of 70 or more («ha 91 anni», «is 85», «(82)»).
 */
const ELDER =
  /\b(?:(?:mia|mio|la|il|sua|suo|tua|tuo) (?:madre|mamma|padre|papa|nonna|nonno|zia|zio|suocera|suocero)|zi[oa] [a-z]+|(?:my|our|his|her) (?:mum|mom|mother|dad|father|gran|grandma|grandmother|grandad|grandfather|grandpa|nan|nana|uncle|aunt|auntie)|(?:signora|signor|signore) (?:di )?[a-z]+|(?:ha|e|is|s|turned|aged) (?:[7-9]\d|1[01]\d)|(?:[7-9]\d|1[01]\d) (?:anni|years? old))\b/u;

/**
 * The family far from them: the teller living or working in another town («io abito a Pavia»,
 * «I'm in Manchester», «I work in Turin»; not Milan, a home or a street), a brother, a son or the
 * children elsewhere («il figlio vive a Londra», «lui si è trasferito a Dubai», «our kids are in
 * London»), or far, or abroad, or flying over to see them.
 */
const FAMILY_FAR =
  /\b(?:(?:io|noi) (?:abito|abitiamo|vivo|viviamo|sto|stiamo|lavoro|lavoriamo) (?:a|ad|in) (?!milano|casa|via|viale|piazza|piazzale|corso|zona|ospedale|negozio|fabbrica|ufficio|banca)[a-z]{3,}|(?:figli[oa]?|fratell[oi]|sorell[ae]|lei|lui) (?:[a-z]+ ){0,2}(?:vive|vivono|abita|abitano|lavora|lavorano|sta|stanno|e|sono) (?:a|ad|in) (?!milano|casa|via|viale|piazza|corso|zona|ospedale|negozio|fabbrica|ufficio|turno|pensione)[a-z]{4,}|(?:si e|si sono) trasferit[oaie] (?:a|ad|in|all)|(?:sono|e|vivono|abitano|stanno) (?:tutti )?lontan[oiae]|all estero|i (?:live|work|m|am) in (?!milan|the |a )[a-z]{3,}|(?:kids|children|sons?|daughters?|brothers?|sisters?|siblings) (?:are|is|live|lives) (?:in (?!milan|the )[a-z]{3,}|abroad|far away)|(?:fly|get|come) (?:over|back) (?:once|twice|every)|live abroad)\b/u;

/**
 * What the older person can no longer do safely alone, which a carer at home sees to: a fall or
 * the fear of one, confusion, forgetting, wandering, a stroke or dementia, a wheelchair or the bed,
 * the nights to cover.
 */
const NEEDS_CARE =
  /\b(?:caduta|caduto|cade|fell|falls?|slipped|scared to be|paura (?:a|ad|di) (?:stare|andare|restare)|confonde\w*|confus[oa]|confused|dimentica\w*|forget\w*|wander\w*|vaga\w*|ictus|stroke|demenza|dementia|alzheimer\w*|parkinson\w*|carrozzina|wheelchair|a letto|bedridden|non si alza|can t get up|coprire le notti|di notte|at night|the nights)\b/u;

/**
 * What tells that nobody notices how they are: the post piling up, the phone not answered, days
 * unseen or unheard, nobody nearby to trust: someone to keep an eye on them.
 */
const NOBODY_NOTICES =
  /\b(?:posta accumulata|accumulat[oa]|non rispond\w*|doesn t answer|didn t answer|not answering|nessuno se ne (?:accorge|e accorto)|nobody (?:noticed|knew|checks)|no one (?:noticed|knew|checks)|days without|giorni senza|vicini di cui fidar\w*|nessuno vicino|nobody nearby|no one nearby)\b/u;

/**
 * The need an older person's story implies when the family is far, in Italian or English: a
 * carer at home when it tells what they can no longer do safely alone (a carer the message
 * refuses by name is not it), someone to keep an eye on them when it tells that nobody would
 * notice; nothing when it tells neither (a parent's news from afar, the lives-alone question).
 */
export function toldElderFarFromFamily(plain: string, carerRefused: boolean): string | undefined {
  if (!ELDER.test(plain) || !FAMILY_FAR.test(plain)) return undefined;
  if (NEEDS_CARE.test(plain) && !carerRefused) return HOME_CARER_INTENT;
  if (NOBODY_NOTICES.test(plain) || (carerRefused && NEEDS_CARE.test(plain))) return WATCH_INTENT;
  return undefined;
}

/**
 * An older relative told, in another language, as not to be left alone or with nobody by them
 * («Тато після операції… йому не можна бути одному… Я з малими дітьми», «Bunicul… el e singur de
 * dimineata pana seara», «أبويا… ومفيش حد معاه في البيت») needs someone at home: a home carer,
 * though the teller's own children or working hours lean the model to a babysitter, or spread it
 * below the bar; so does one whose family is far, told in Italian or English
 * (toldElderFarFromFamily: a carer, or someone to keep an eye on them). Taken where the model
 * refused the message, was unsure, or read a babysitter (the children are the teller's), and
 * counts the need among its best. Not where the children are the ones left without someone
 * (childcare.ts): a grandmother who kept them.
 */
export function asHomeCare(
  decision: Classification,
  ranking: Ranking,
  /** The message as read; read only for a need still open (ReadWords). */
  words: {
    readonly elderUnattended: boolean;
    readonly childrenUnminded: boolean;
    readonly wellButIdle: boolean;
    readonly segments: readonly (readonly ReadWord[])[];
    readonly refused: readonly (readonly ReadWord[])[];
  },
): Classification {
  if (decision.intent !== null && !decision.ambiguous && decision.intent !== CHILDCARE_INTENT)
    return decision;
  // Not the children's hours nor an older person well and idle.
  if (words.childrenUnminded || words.wellButIdle) return decision;
  const need = words.elderUnattended
    ? HOME_CARER_INTENT
    : toldElderFarFromFamily(
        plainWords(decision.text),
        refusesCarer(words.segments, words.refused),
      );
  return need === undefined ? decision : turnedTo(decision, ranking, need, undefined);
}
