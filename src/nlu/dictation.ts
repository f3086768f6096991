/**
 * Punctuation said aloud. A dictated message («vorrei una badante per mia madre virgola abita in
 * via Lorenteggio punto grazie») comes with its marks spelled as words, so it reads as one
 * run-on sentence: the closing «grazie» weighs on the need as a greeting, and a second need or a
 * refusal is not cut apart from the first. The words are read back as the marks they stand for
 * wherever they cannot be ordinary words.
 */

/** Marks said in two or more words, and «virgola», never an ordinary word in a request. */
const SPOKEN_MARKS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![\p{L}\p{N}])punto (?:interrogativo|di domanda)(?![\p{L}\p{N}])/gu, " ? "],
  [/(?<![\p{L}\p{N}])punto esclamativo(?![\p{L}\p{N}])/gu, " ! "],
  [/(?<![\p{L}\p{N}])punto e virgola(?![\p{L}\p{N}])/gu, " ; "],
  [/(?<![\p{L}\p{N}])virgola(?![\p{L}\p{N}])/gu, " , "],
  // Romanian, dictated by five writers' Romanian mothers and daughters («buna ziua virgula sunt
  // fiica doamnei…»): «virgulă», typed with or without its letter, is never a word of a request.
  [/(?<![\p{L}\p{N}])punct (?:și|si) virgul[aă](?![\p{L}\p{N}])/gu, " ; "],
  [/(?<![\p{L}\p{N}])semnul [iî]ntreb[aă]rii(?![\p{L}\p{N}])/gu, " ? "],
  [/(?<![\p{L}\p{N}])virgul[aă](?![\p{L}\p{N}])/gu, " , "],
  [/(?<![\p{L}\p{N}])question mark(?![\p{L}\p{N}])/gu, " ? "],
  [/(?<![\p{L}\p{N}])exclamation (?:mark|point)(?![\p{L}\p{N}])/gu, " ! "],
  [/(?<![\p{L}\p{N}])full stop(?![\p{L}\p{N}])/gu, " . "],
];

/**
 * «Punto» is a word too: «un punto di riferimento», «a che punto è la domanda», «il punto
 * WeMi». Said as a full stop it follows the end of a sentence («abita in via Ripamonti punto lei
 * non esce più»), never an article, a preposition or «che», and no «di» or name follows it.
 */
const BEFORE_A_NOUN = new Set(
  // Italian, then Romanian «punct» as a noun: «un punct de sprijin», «la punct», «din punct de vedere».
  "un uno il lo al allo del dello nel nello sul dal ogni quel quello questo che quale buon mio tuo suo nostro vostro loro a in di da su per con fino la de pe din acest fiecare niciun".split(
    " ",
  ),
);
const AFTER_A_NOUN =
  /^(?:di|d|del|della|dei|degli|delle|de|welfare|wemi|vendita|ascolto|informativo|prelievi|d[’'].*)$/u;
const PUNTO = /(?<![\p{L}\p{N}])(\p{L}+)\s+(?:punto|punct)(?![\p{L}\p{N}])(?=\s*([^\s.,;:!?]*))/gu;

/** The text with dictated punctuation read as marks; lower-cased text in, as readMessage has it. */
export function withSpokenPunctuation(lowered: string): string {
  if (!/punto|punct|virgol|virgul|semnul|question mark|exclamation|full stop/u.test(lowered))
    return lowered;
  let read = lowered;
  for (const [spoken, mark] of SPOKEN_MARKS) read = read.replace(spoken, mark);
  return read.replace(PUNTO, (whole: string, before: string, after: string) =>
    BEFORE_A_NOUN.has(before) || AFTER_A_NOUN.test(after) ? whole : `${before} . `,
  );
}
