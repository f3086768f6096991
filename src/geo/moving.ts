/**
 * Moving house in Italian, on normalised tokens: «mi sono trasferita a Baggio», «ci siamo appena
 * trasferiti a San Siro», «mia sorella si è trasferita a Bergamo» say where the one who moved
 * lives now; «è stato trasferito al Niguarda», «l'hanno trasferita in RSA» (no reflexive
 * «essere») say where someone was taken, no home (see elsewhere.ts).
 */

/** The participles of «trasferire», in every gender and number. */
export const MOVED: ReadonlySet<string> = new Set([
  "trasferito",
  "trasferita",
  "trasferiti",
  "trasferite",
]);
/** «essere», the auxiliary of a reflexive past: «mi sono», «si è», «ci eravamo». */
const ESSERE: ReadonlySet<string> = new Set([
  ...["sono", "sei", "e", "siamo", "siete", "ero", "era", "eravamo", "erano", "eri", "eravate"],
]);
/**
 * Whose home the move makes the place, by the reflexive pronoun before «essere»: the writer's
 * («mi», «ci»); another's («si», «ti», «vi») is news of them, mostly of one who left («la vicina
 * si è trasferita a Pavia», «la mia collega si è trasferita a Lambrate»), not the home the help
 * is for.
 */
const MOVER: Readonly<Record<string, "self" | "someone-else">> = {
  mi: "self",
  ci: "self",
  si: "someone-else",
  ti: "someone-else",
  vi: "someone-else",
};
/** Adverbs between «essere» and the participle: «ci siamo appena trasferiti». */
const BETWEEN = 2;

/** Whose home a reflexive past of «trasferire» at `at` says; undefined for any other word. */
export function moverAt(
  tokens: readonly string[],
  at: number,
): "self" | "someone-else" | undefined {
  if (!MOVED.has(tokens[at] ?? "")) return undefined;
  for (let aux = at - 1; aux >= 0 && aux >= at - 1 - BETWEEN; aux -= 1) {
    if (ESSERE.has(tokens[aux] ?? "")) return MOVER[tokens[aux - 1] ?? ""];
  }
  return undefined;
}

/** How far back «da» may follow the move: «trasferiti a San Siro da Torino». */
const MOVE_TO_FROM = 4;
/**
 * «da» right before a place, after a move: where one came from, no home now. Not «da» further
 * from the place: «mi sono trasferita da poco a Niguarda».
 */
export const cameFrom = (tokens: readonly string[], at: number) =>
  tokens[at] === "da" &&
  tokens.slice(Math.max(0, at - MOVE_TO_FROM), at).some((token) => MOVED.has(token));
