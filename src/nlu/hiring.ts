import type { Classification, Ranking } from "./decision.js";
import { HIRING, JOB_INTENT } from "./need.js";
import { plainWords, turnedTo } from "./told-need.js";

/**
 * A family that hires, in another language, as plainWords gives it: the teller or the family
 * wants, needs or looks to hire («quiero contratar una colf», «queremos contratar a alguien para
 * cuidar a mi madre», «quero contratar uma empregada», «vreau să angajez o bonă», «хочу найняти
 * доглядальницю», «хотим нанять сиделку», «je cherche à embaucher une nounou», «dua të punësoj»,
 * «gusto namin mag hire»). Not the one hired: the reflexive «vreau să mă angajez», «da të
 * punësohem» and «nadie me contrata» are work sought; nor a hiring refused («no queremos
 * contratar a nadie, busco trabajo»).
 */
const FAMILY_HIRES =
  /(?<!(?<![\p{L}\p{N}])(?:no|nu|не|ne|nao|not|pas) )(?<![\p{L}\p{N}])(?:(?:quiero|queremos|quisiera|quisieramos|necesito|necesitamos|busco|buscamos|tengo que|tenemos que|me gustaria|nos gustaria|quero|queria|queriamos|preciso|precisamos|gostaria de|gostariamos de) contratar|(?:vreau|vrem|as vrea|am vrea|trebuie|cautam|caut) sa (?:angajez|angajam)|(?:хочу|хочемо|хотіла б|хотів би|треба|потрібно|шукаю|шукаємо|хотим|хотела бы|хотел бы|нужно|надо) (?:на[иі]няти|нанять)|(?:je cherche a|on cherche a|nous cherchons a|je veux|on veut|nous voulons|je voudrais|on voudrait|nous voudrions|j aimerais|on aimerait) (?:embaucher|engager|recruter)|(?:dua|duam|kerkoj|kerkojme) te punesoj(?:me)?|gusto (?:ko|namin|naming) (?:mag ?)?hire)(?![\p{L}\p{N}])/u;

/** Whether the message tells a family hiring (see FAMILY_HIRES). */
export const toldHiring = (text: string): boolean => FAMILY_HIRES.test(plainWords(text));

/**
 * An employer hiring asks for the trade, not for work: «quiero contratar una colf con contrato
 * regular…» leans the model to work on «contrato». Read as work (sure or not) in another language,
 * it turns to the trade the model ranks best; the trade's own words decide which.
 */
export function asTradeHired(
  decision: Classification,
  ranking: Ranking,
  hires: boolean,
): Classification {
  if (!hires || decision.intent !== JOB_INTENT) return decision;
  const trade = ranking.ranked.find((r) => HIRING.has(r.intent));
  return trade === undefined ? decision : turnedTo(decision, ranking, trade.intent, undefined);
}
