/**
 * Words ending a clause: whose a place is (owner.ts) and whether it is an employer's
 * (employer.ts) are read only in the place's own clause. On normalised tokens.
 */

import { cyrillic } from "./normalize.js";

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
