/**
 * A relative the citizen asks help for from outside Milan («mio papà vive da solo… io abito a
 * Torino»): then the writer's own town says nothing of where the help is needed, and the bot
 * asks where the relative lives. On normalised tokens (lower case, no accents), as owner.ts.
 */

import { cyrillic } from "./normalize.js";

/**
 * Relatives who usually keep their own home, whom a citizen asks help for from elsewhere
 * («mio papà vive da solo… io abito a Torino», «I live in Turin and need a carer for my mother»):
 * parents, grandparents, in-laws, uncles and aunts in the languages the bot holds whole
 * conversations in (Italian, English, Spanish, Romanian, Ukrainian), as normalizeText spells them.
 * Not a spouse or a child: they share the writer's home.
 */
const RELATIVES_ELSEWHERE: ReadonlySet<string> = new Set([
  "madre",
  "mamma",
  "padre",
  "papa",
  "babbo",
  "genitori",
  "nonno",
  "nonna",
  "nonni",
  "suocero",
  "suocera",
  "suoceri",
  "zio",
  "zia",
  "zii",
  "mother",
  "mum",
  "mom",
  "mummy",
  "father",
  "dad",
  "daddy",
  "parents",
  "grandmother",
  "grandfather",
  "grandma",
  "grandpa",
  "granny",
  "grandparents",
  "uncle",
  "aunt",
  // es (besides «madre», «padre», «mama», «papa» above)
  "padres",
  "abuelo",
  "abuela",
  "abuelos",
  "suegro",
  "suegra",
  "suegros",
  "tio",
  "tia",
  "tios",
  // ro: «mama», «mamei», «tata», «tatăl», «părinții», «bunica», «soacra», «unchiul», «mătușa»
  "mamei",
  "tata",
  "tatal",
  "tatalui",
  "parintii",
  "parintilor",
  "bunica",
  "bunicul",
  "bunicii",
  "soacra",
  "socrul",
  "unchiul",
  "matusa",
  // uk: mother, father, parents, grandparents, in-laws, uncle and aunt, in the forms a need
  // names them in («мама», «мамі», «маму», «тато», «татові», «батько», «бабуся», «дідусь»…)
  ...cyrillic(
    "мама мамі маму мами мати матері тато тата татові батько батька батькові батьки батьків бабуся бабусі бабусю дідусь дідуся дідусеві свекруха свекрусі теща тещі свекор тесть дядько дядька тітка тітці",
  ),
]);

/**
 * Words before a relative saying they share the writer's home: «con mia madre», «with my dad»,
 * Romanian «cu mama», Ukrainian «з мамою», «із», «зі».
 */
const LIVING_WITH: ReadonlySet<string> = new Set(["con", "with", "cu", ...cyrillic("з із зі")]);

/**
 * Whether the message names a relative who keeps their own home, not said to live with the
 * writer: then the writer's own town outside Milan says nothing of where the help is needed.
 */
export function namesARelativeElsewhere(tokens: readonly string[]): boolean {
  return tokens.some(
    (token, at) =>
      RELATIVES_ELSEWHERE.has(token) &&
      !LIVING_WITH.has(tokens[at - 1] ?? "") &&
      !LIVING_WITH.has(tokens[at - 2] ?? ""),
  );
}

/** «my», «mio», «mia», «mi», «our»… before a relative: the writer's own («la tata» is a nanny). */
const MY: ReadonlySet<string> = new Set(
  "my our mio mia miei mie nostro nostra nostri nostre mi mis nuestro nuestra".split(" "),
);
/** «in», «a», «en» before a town. */
const IN: ReadonlySet<string> = new Set(["in", "a", "en"]);
/** The help asked «for» the relative: «mia madre a Napoli sta bene» is no such town. */
const FOR: ReadonlySet<string> = new Set(["for", "per", "para"]);

/**
 * «assistenza notturna per mia zia a Vimodrone», «a carer for my dad in Sesto San Giovanni»:
 * a town right after the relative the help is asked for is that relative's, not a town named
 * in passing.
 */
export const relativesTown = (tokens: readonly string[], from: number): boolean =>
  IN.has(tokens[from - 1] ?? "") &&
  RELATIVES_ELSEWHERE.has(tokens[from - 2] ?? "") &&
  MY.has(tokens[from - 3] ?? "") &&
  FOR.has(tokens[from - 4] ?? "");
