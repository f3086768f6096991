/**
 * Places that belong to the one a citizen works or worked for, or where they run a shop told in
 * Chinese: not their home («ho fatto la badante a una signora di Bonola», «我们在Paolo
 * Sarpi开店»). On normalised tokens, as owner.ts reads whose a place is.
 */

import { cyrillic } from "./normalize.js";

/** Words ending a clause: the owner of a place is looked for only in its own clause. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  "ma",
  "e",
  "invece",
  "mentre",
  "perche",
  "but",
  "and",
  "while",
  // uk «але» (but), «та» (and); not «а», «і», «и», «но»: spelt «a», «i», «no», they are
  // Italian and Spanish words too («vive a Roma»).
  ...cyrillic("але та"),
]);

/**
 * The person or household one works or worked for: «lavoravo da una signora di Bonola», «I work
 * for a family in Brera». Their home is not the writer's, who is asked where they live.
 */
const EMPLOYERS: ReadonlySet<string> = new Set([
  ...["signora", "signore", "famiglia", "famiglie", "lady", "family", "families", "employer"],
  ...["senora", "senor", "familia", "familias", "doamna", "doamnei", "domnul", "familie"],
  ...cyrillic("пані пана родини родина"),
]);
/**
 * Words of working for someone, said before the employer («ho fatto la badante a una signora»,
 * «mi contrato con la señora», «am lucrat la o doamnă», «працювала у пані») or after the place
 * («la señora de via Novara donde trabajaba»).
 */
const WORKED: ReadonlySet<string> = new Set([
  ...["lavoro", "lavoravo", "lavorato", "lavorata", "contratto", "work", "worked", "working"],
  ...["contract", "trabajo", "trabajaba", "trabaje", "cuido", "cuidaba", "cuide", "contrato"],
  ...["lucrez", "lucram", "lucrat", "ingrijesc", "contractul"],
  ...cyrillic("працюю працювала працював доглядаю доглядала контракт"),
]);
/** A trade one plies oneself, «ho fatto la badante», «I was a nanny»: not «colf cercasi per…». */
const TRADES: ReadonlySet<string> = new Set([
  ...["badante", "colf", "tata", "carer", "caregiver", "cleaner", "nanny", "cuidadora"],
  ...["ingrijitoare", "menajera", ...cyrillic("доглядальниця няня")],
]);
const PLIED: ReadonlySet<string> = new Set([
  ...["sono", "ero", "fatto", "faccio", "facevo", "am", "was", "im", "soy", "era", "fui"],
  ...["sunt", "eram", "fost"],
]);
const workedAt = (tokens: readonly string[], at: number) =>
  WORKED.has(tokens[at] ?? "") ||
  (TRADES.has(tokens[at] ?? "") &&
    [tokens[at - 1], tokens[at - 2]].some((word) => PLIED.has(word ?? "")));
/** Words that tie work said after the place to it: «…de via Novara donde trabajaba». */
const WHERE: ReadonlySet<string> = new Set(["dove", "donde", "where", "unde", ...cyrillic("де")]);
const EMPLOYER_LOOK = 4;

/** The place is an employer's, said within a few words before it with work near. */
export const employersPlace = (tokens: readonly string[], from: number) => {
  for (let at = from - 1; at >= 0 && at >= from - EMPLOYER_LOOK; at -= 1) {
    if (CLAUSE_BREAKS.has(tokens[at] ?? "")) return false;
    if (!EMPLOYERS.has(tokens[at] ?? "")) continue;
    const whereAt = tokens.slice(from, from + 8).findIndex((word) => WHERE.has(word)) + from;
    const near = (start: number, end: number) =>
      Array.from({ length: end - start }, (_, i) => start + i).some((i) => workedAt(tokens, i));
    return near(Math.max(0, at - 6), at) || (whereAt >= from && near(whereAt + 1, whereAt + 4));
  }
  return false;
};

/**
 * Chinese says where one works after the place, which the tokens do not keep (Han letters are
 * read as one placeholder): «在Paolo Sarpi开店» (we run a shop in Paolo Sarpi), «在Paolo
 * Sarpi的餐馆做了八年» (eight years in a restaurant there).
 */
const CHINESE_WORK_AFTER =
  /^\s*(?:开店|开餐馆|开饭店|开了|工作|上班|打工|的餐馆|的饭店|的店|的工厂|的公司)/u;

/** Whether the place written as `span` in `text` is followed by Chinese words of work there. */
export function workplaceInChinese(text: string, span: string | null | undefined): boolean {
  if (!span) return false;
  const at = text.indexOf(span);
  return at >= 0 && CHINESE_WORK_AFTER.test(text.slice(at + span.length));
}
