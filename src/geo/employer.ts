/**
 * Places that belong to the one a citizen works or worked for, or where they run a shop told in
 * Chinese: not their home («ho fatto la badante a una signora di Bonola», «我们在Paolo
 * Sarpi开店»). On normalised tokens, as owner.ts reads whose a place is.
 */

import { CLAUSE_BREAKS } from "./clause.js";
import { cyrillic } from "./normalize.js";

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
 * «mi contrato con la señora», «am lucrat la o doamnă», «працювала у пані», «trabalhei… para uma
 * família») or after the place («la señora de via Novara donde trabajaba»).
 */
const WORKED: ReadonlySet<string> = new Set([
  ...["lavoro", "lavoravo", "lavorato", "lavorata", "contratto", "work", "worked", "working"],
  // «I looked after an elderly lady in Città Studi until she passed away», «cared for a lady».
  ...["looked", "cared"],
  ...["contract", "trabajo", "trabajaba", "trabaje", "cuido", "cuidaba", "cuide", "contrato"],
  ...["lucrez", "lucram", "lucrat", "ingrijesc", "contractul"],
  ...["trabalho", "trabalhei", "trabalhava"],
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

/** A job, as the word that also says «I work» in it and es, pt, ro. */
const JOB: ReadonlySet<string> = new Set(["lavoro", "work", "trabajo", "trabalho", "lucru"]);
/** Words of looking for a job: «cerco lavoro», «looking for work», «busco trabajo», «caut lucru». */
const SEEKING: ReadonlySet<string> = new Set([
  ...["cerco", "cerca", "cerchiamo", "cercando", "cercare", "trovare", "looking", "seeking"],
  ...["find", "finding", "search", "searching", "busco", "buscando", "procuro", "procurando"],
  ...["caut", "cautam"],
]);
/**
 * A job looked for, not one held: «cerco lavoro zona Città Studi», «sto cercando un lavoro nel
 * Municipio 3», «looking for work in Lambrate», «busco trabajo con una familia en Brera» name
 * the area where a job is sought, which is where the writer lives or will go.
 */
export const jobSought = (tokens: readonly string[], at: number) =>
  JOB.has(tokens[at] ?? "") &&
  [1, 2, 3].some(
    (back) =>
      SEEKING.has(tokens[at - back] ?? "") &&
      tokens.slice(at - back + 1, at).every((word) => ["un", "for", "a"].includes(word)),
  );

const workedAt = (tokens: readonly string[], at: number) =>
  (WORKED.has(tokens[at] ?? "") && !jobSought(tokens, at)) ||
  (TRADES.has(tokens[at] ?? "") &&
    [tokens[at - 1], tokens[at - 2]].some((word) => PLIED.has(word ?? "")));
/** Words that tie work said after the place to it: «…de via Novara donde trabajaba». */
const WHERE: ReadonlySet<string> = new Set(["dove", "donde", "where", "unde", ...cyrillic("де")]);
const EMPLOYER_LOOK = 4;
/**
 * How far before the employer work may be said, within its clause: «lavoro da sei anni come
 * badante presso una signora», «Trabalhei 3 anos como babá para uma família em Brera».
 */
const WORK_LOOK = 10;

/** Whether work is said in the employer's clause before it, within WORK_LOOK words. */
function workSaidBefore(tokens: readonly string[], employer: number): boolean {
  for (let at = employer - 1; at >= 0 && at >= employer - WORK_LOOK; at -= 1) {
    if (CLAUSE_BREAKS.has(tokens[at] ?? "")) return false;
    if (workedAt(tokens, at)) return true;
  }
  return false;
}

/** Words between a verb and the household it names: «cerco una nuova famiglia», «somos una familia». */
const BEFORE_HOUSEHOLD: ReadonlySet<string> = new Set([
  "un",
  "una",
  "nuova",
  "altra",
  "a",
  "new",
  "another",
  "otra",
  "nueva",
  "o",
  "noua",
  "alta",
]);
/**
 * Verbs that make the household not an employer: one looked for («cerco famiglia zona Baggio»,
 * «looking for a family in Lambrate») or the writer's own («siamo una famiglia a Porta Romana»,
 * «somos una familia en…», «we are a family in…»).
 */
const NOT_EMPLOYED_BY: ReadonlySet<string> = new Set([
  ...SEEKING,
  ...["siamo", "somos", "suntem", "sommes", "are"],
]);
const householdNotEmployer = (tokens: readonly string[], employer: number) => {
  let at = employer - 1;
  while (BEFORE_HOUSEHOLD.has(tokens[at] ?? "")) at -= 1;
  return NOT_EMPLOYED_BY.has(tokens[at] ?? "");
};

/** The place is an employer's, said within a few words before it with work near. */
export const employersPlace = (tokens: readonly string[], from: number) => {
  for (let at = from - 1; at >= 0 && at >= from - EMPLOYER_LOOK; at -= 1) {
    if (CLAUSE_BREAKS.has(tokens[at] ?? "")) return false;
    if (!EMPLOYERS.has(tokens[at] ?? "")) continue;
    if (householdNotEmployer(tokens, at)) return false;
    const whereAt = tokens.slice(from, from + 8).findIndex((word) => WHERE.has(word)) + from;
    const workedAfter =
      whereAt >= from && [1, 2, 3].some((after) => workedAt(tokens, whereAt + after));
    return workSaidBefore(tokens, at) || workedAfter;
  }
  return false;
};

/**
 * Chinese says where one works after the place, which the tokens do not keep (Han letters are
 * read as one placeholder): «在Paolo Sarpi开店» (we run a shop in Paolo Sarpi), «在Paolo
 * Sarpi的餐馆做了八年» (eight years in a restaurant there), «的服装店» (its clothes shop): a shop
 * of a few letters' kind.
 */
const CHINESE_WORK_AFTER =
  /^\s*(?:开店|开餐馆|开饭店|开了|工作|上班|打工|的\p{Script=Han}{0,3}?(?:餐馆|饭店|店|工厂|公司))/u;

/** Whether the place written as `span` in `text` is followed by Chinese words of work there. */
export function workplaceInChinese(text: string, span: string | null | undefined): boolean {
  if (!span) return false;
  const at = text.indexOf(span);
  return at >= 0 && CHINESE_WORK_AFTER.test(text.slice(at + span.length));
}
