import { tokenize } from "./normalize.js";

/**
 * A message that says only whom the help is for («per mia nonna anziana», «for my elderly
 * grandmother», «help for my mum»): surely about some need, and not which. The citizen is asked
 * «Intendevi…?» whatever the model's confidence: a carer read at 0.59 is a need never said, a
 * carer at 0.30 refused is a citizen turned away (data/nlu/README.md, session 41, eng-nlu).
 */
const RELATIVES = new Set([
  // Italian
  "nonna",
  "nonno",
  "nonni",
  "bisnonna",
  "bisnonno",
  "madre",
  "mamma",
  "padre",
  "papa",
  "genitori",
  "suocera",
  "suocero",
  "zia",
  "zio",
  "marito",
  "moglie",
  "figlio",
  "figlia",
  "figli",
  "sorella",
  "fratello",
  // English
  "grandmother",
  "grandma",
  "granny",
  "nan",
  "nana",
  "grandfather",
  "grandpa",
  "grandparents",
  "mother",
  "mum",
  "mom",
  "father",
  "dad",
  "parents",
  "aunt",
  "uncle",
  "husband",
  "wife",
  "son",
  "daughter",
  "children",
  "kids",
  "sister",
  "brother",
]);

/** The words around whom: for, my, an age, a greeting, «help» that names no help. */
const AROUND = new Set([
  "per",
  "x",
  "a",
  "di",
  "la",
  "il",
  "mia",
  "mio",
  "miei",
  "mie",
  "nostra",
  "nostro",
  "anziana",
  "anziano",
  "anziani",
  "vecchia",
  "vecchio",
  "anni",
  "aiuto",
  "ciao",
  "salve",
  "buongiorno",
  "for",
  "to",
  "the",
  "my",
  "our",
  "in",
  "law",
  "elderly",
  "old",
  "older",
  "aged",
  "year",
  "years",
  "help",
  "hi",
  "hello",
]);

const AGE = /^\d{1,3}$/;

/**
 * Longer than any message of only whom («ciao, aiuto per la mia nonna anziana di 92 anni» is 48):
 * every message is decided, so a story is not split into words again here.
 */
const LONGEST = 80;

export function namesOnlyWhom(text: string): boolean {
  if (text.length > LONGEST) return false;
  const words = tokenize(text);
  let relative = false;
  for (const word of words) {
    if (RELATIVES.has(word)) relative = true;
    else if (!AROUND.has(word) && !AGE.test(word)) return false;
  }
  return relative;
}
