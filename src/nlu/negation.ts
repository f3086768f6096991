/**
 * Which needs a message negates: "non mi serve la badante", "I don't need a carer", "la badante
 * no", "invece dei pasti pronti…", "the cleaning is covered", "i pasti li cucino io". A negated
 * verb of being able ("non riesce più", "can not cope") negates nothing: it tells a need.
 */
import { REQUEST } from "./asking.js";
import { NO_OTHER_WORDS, type OtherWords } from "./negation-languages.js";
import type { Cue } from "./reading.js";

const NEGATIONS = new Set([
  "non",
  "no",
  "not",
  "nessun",
  "nessuno",
  "nessuna",
  "niente",
  "nulla",
  "senza",
  "never",
  "without",
  "nothing",
  "nobody",
]);

/** Negations that qualify the noun after them: "niente assistenza", "senza badante". */
const NEGATING_DETERMINERS = new Set(["niente", "nessun", "nessuna", "senza", "without", "no"]);

/**
 * Words that may sit between a negation and its verb: "non mi serve", "I do not really need",
 * "non sto cercando" (Italian's progressive, as English's "am not looking").
 */
export const BETWEEN = new Set(
  "mi ti ci si gli ce ne vi lo li le la l piu ancora mai proprio affatto ha ho hanno abbiamo hai avete e sono sto stiamo stavo stavamo do does did am is are really i we he she it they you me us him her them more any".split(
    " ",
  ),
);

export const isBetween = (token: string, other: OtherWords): boolean =>
  BETWEEN.has(token) || other.between.has(token);

/** After a negation, these start the negated thing itself: "non una badante", "not for me". */
const NEGATED_THING = new Set(
  "un una uno il i gli lo la le l a an the per for e is era di del della dei delle".split(" "),
);

/**
 * Verbs of wanting and needing: negated, the need is not asked for. A duty of one's own denied
 * («non devo fare l'ISEE quest'anno») is one too; «non deve restare sola» is not (someone else's).
 */
const WANTING =
  /^(serv|cerc|vogli|vuol|vuoi|vorr|bisogn|occorr|interess|tratt|need|want|look|search|seek|requir|hir|assum|chied|devo$|dobbiamo$)/;
/** "Non parlo della domanda, cerco…", "I don't mean a carer": what follows is set aside. */
const NOT_ABOUT = /^(parlo|parlavo|intendo|intendevo|riferisco|mean|meant|talking)$/;
const SPEAKER = new Set(["io", "noi"]);
/** Verbs of being able: negated, they describe a need ("non riesce", "can not cope"). */
const ABLE =
  /^(riesc|riusc|puo|po|poss|pot|sa|sap|so|capisc|capit|trov|fa|ce|can|could|able|manag|cop|know|find|understand)$|^(riesc|riusc|poss|pot|capi|trov|manag|understand)/;

/** Object pronouns that point back to a need the speaker handles: "i pasti li cucino io". */
const CLITICS = new Set("li lo la le l gliela glielo glieli gliele ce ne them it".split(" "));

/**
 * "Invece dei pasti pronti vorremmo la spesa", "instead of a carer we'd rather have a cleaner":
 * what these put aside, up to the next verb of wanting, is not asked for.
 */
const INSTEAD_OF: readonly (readonly string[])[] = [
  ["invece", "di"],
  ["invece", "del"],
  ["invece", "della"],
  ["invece", "dei"],
  ["invece", "delle"],
  ["invece", "dello"],
  ["invece", "degli"],
  ["al", "posto"],
  ["anziche"],
  ["piuttosto", "che"],
  ["instead", "of"],
  ["rather", "than"],
];
/**
 * A need called off at the start of a piece: «lascia stare la badante», «lasciamo perdere la
 * colf», «never mind the cleaner», «forget about the carer». What follows in the piece is not
 * asked for; said alone («…, never mind») it names nothing.
 */
const CALLED_OFF: readonly (readonly string[])[] = [
  ["lascia", "stare"],
  ["lascia", "perdere"],
  ["lasci", "stare"],
  ["lasci", "perdere"],
  ["lasciamo", "stare"],
  ["lasciamo", "perdere"],
  ["lasciate", "stare"],
  ["lasciate", "perdere"],
  ["never", "mind"],
  ["forget", "about"],
];
/** A negated «been so», «stata così»: a comparison with every time before, not an inability. */
const COMPARED = /^(?:been|stat[oaie]) (?:so|this|better|cosi|meglio)$/;
/** Where what is put aside ends: the one who wants the other thing ("… we'd rather have"). */
const INSTEAD_ENDS = new Set(
  "io noi lei lui loro i we they he she you prefer preferiamo preferisco".split(" "),
);
/** After a need: "… is covered", "… non è il problema", "a pulire ci pensa mia figlia". */
const SETTLED =
  /^(?:(?:is|are|s) (?:already )?(?:covered|sorted|fine|handled|taken care|not (?:the|a|an|our|my) (?:problem|issue))|(?:e|sono|siamo) (?:gia )?(?:a posto|sistemat|coperto|coperta)|non (?:e|sono) (?:il|un|questo il) problema|ci (?:pensa|pensano|penso|pensiamo)|(?:se|me|ce) ne (?:occupa|occupano|occupo|occupiamo)|ce l (?:ha|ho|hanno|abbiamo))\b/;
/** The words INSTEAD_OF's markers open with: only these are looked at there. */
const INSTEAD_OF_FIRST: ReadonlySet<string> = new Set(
  INSTEAD_OF.map((marker) => marker[0] as string),
);
/** The words SETTLED can open with: others are not looked at there (a message reads many). */
const SETTLED_FIRST = new Set("is are s e sono siamo non ci se me ce".split(" "));
/** Who handles it: "… io", "… già", "… myself", "… already". */
const HANDLED = new Set("io noi gia already myself ourselves herself himself".split(" "));

/** Words that open another clause: a «io» after them is that clause's subject. */
const CLAUSE = new Set(
  "che e ed quando perche se mentre dove and when because if while who that".split(" "),
);
/** How far after the pronoun the one who handles it stands: «ce l abbiamo gia». */
const HANDLED_WITHIN = 4;

const handledAfter = (tokens: readonly string[], clitic: number): boolean => {
  for (let i = clitic + 1; i < tokens.length && i <= clitic + HANDLED_WITHIN; i++) {
    if (CLAUSE.has(tokens[i] as string)) return false;
    if (HANDLED.has(tokens[i] as string)) return true;
  }
  return false;
};

export function negateSegment(
  tokens: readonly string[],
  /** Other languages' words, for the model that reads them (negation-languages.ts). */
  other: OtherWords = NO_OTHER_WORDS,
): {
  negated: boolean[];
  wantingNegated: boolean[];
  cues: Cue[];
} {
  const negated = tokens.map(() => false);
  const wantingNegated = tokens.map(() => false);
  const cues: Cue[] = [];
  const mark = (from: number, to: number) => {
    for (let i = from; i < to; i++) negated[i] = true;
  };
  const off = CALLED_OFF.find((marker) => marker.every((word, k) => tokens[k] === word));
  if (off !== undefined && tokens.length > off.length) {
    mark(off.length, tokens.length);
    return { negated, wantingNegated, cues: ["negation"] };
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const negates = NEGATIONS.has(token) && !other.notNegating.has(token);
    if (!negates && !other.negatesAt(tokens, i)) continue;
    // "la spesa non è il problema": what came before is settled (below), not what follows.
    if (SETTLED.test(tokens.slice(i, i + 5).join(" "))) continue;
    let j = i + 1;
    while (j < tokens.length && isBetween(tokens[j] as string, other)) j++;
    const head = tokens[j];
    // «the flat has never been so tidy», «non è mai stata così pulita»: praise, nothing lost.
    if (COMPARED.test(tokens.slice(j, j + 2).join(" "))) continue;
    if (head === undefined) {
      // Lombard «la badanta el la voeur minga»: the negation after the wanting that ends the
      // piece refuses what came before.
      if (j === i + 1 && i > 0 && WANTING.test(tokens[i - 1] as string)) {
        cues.push("negation");
        wantingNegated[i - 1] = true;
        mark(0, i - 1);
      }
      break;
    }
    if (WANTING.test(head) || other.wanting(head) || NOT_ABOUT.test(head)) {
      cues.push("negation");
      wantingNegated[j] = true;
      // "X non mi serve (più)": nothing after the verb, so the need came before it.
      const after = tokens.slice(j + 1).filter((t) => !isBetween(t, other) && t !== "anymore");
      if (after.length > 0) mark(j + 1, tokens.length);
      else mark(0, i);
      break;
    }
    // "non sono io che cerco lavoro": someone else is meant, and so is something else.
    const notMe = SPEAKER.has(head) && tokens[j + 1] === "che";
    // French without «ne» puts the verb first: «il sait pas l'italien» tells, it does not refuse.
    const knowsBefore = other.knowing.has(tokens[i - 1] as string);
    const qualifiesNoun =
      !knowsBefore &&
      (notMe ||
        NEGATING_DETERMINERS.has(token) ||
        other.determiners.has(token) ||
        NEGATED_THING.has(tokens[i + 1] as string));
    if (qualifiesNoun && !ABLE.test(head) && !other.ableNow.has(head) && !other.knowing.has(head)) {
      cues.push("negation");
      mark(i + 1, tokens.length);
      break;
    }
    // "non riesce più a", "non cucina più", "can not carry": a need, told not asked.
    cues.push("inability");
    break;
  }
  // Sinhala denies after what it denies: «colf kenek oni naha», «badante epa».
  for (let i = 1; i < tokens.length && !cues.includes("negation"); i++) {
    const token = tokens[i] as string;
    const wantingDenied = other.negationsAfter.has(token) && other.wanting(tokens[i - 1] as string);
    if (!wantingDenied && !other.refusesBefore.has(token)) continue;
    cues.push("negation");
    if (wantingDenied) wantingNegated[i - 1] = true;
    mark(0, wantingDenied ? i - 1 : i);
  }
  // "la badante no, …", "badante anche no": a need named and refused at once.
  const last = tokens.length - 1;
  if (last > 0 && tokens[last] === "no" && tokens[last - 1] !== "o" && tokens[last - 1] !== "or") {
    cues.push("negation");
    mark(0, last);
  }
  // "invece dei pasti pronti vorremmo…", "rather than meals on wheels": put aside up to a wanting.
  for (let i = 0; i < tokens.length; i++) {
    if (!INSTEAD_OF_FIRST.has(tokens[i] as string)) continue;
    const marker = INSTEAD_OF.find((m) => m.every((word, k) => tokens[i + k] === word));
    if (marker === undefined) continue;
    let end = i + marker.length;
    while (
      end < tokens.length &&
      !WANTING.test(tokens[end] as string) &&
      !REQUEST.test(tokens[end] as string) &&
      !INSTEAD_ENDS.has(tokens[end] as string)
    )
      end++;
    cues.push("negation");
    mark(i + marker.length, end);
    break;
  }
  // "the cleaning is covered", "la spesa non è il problema", "a pulire ci va mia figlia".
  for (let i = 1; i < tokens.length; i++) {
    if (!SETTLED_FIRST.has(tokens[i] as string)) continue;
    if (!SETTLED.test(tokens.slice(i, i + 5).join(" "))) continue;
    cues.push("negation");
    mark(0, i);
    break;
  }
  // "i pasti li cucino io", "la spesa gliela faccio io", "la badante ce l'abbiamo già": the one
  // who handles it within a verb or two of the pronoun, in the same clause («per la sera che io
  // e mio marito usciamo» is an article, and another clause's «io»).
  const clitic = tokens.findIndex((t, i) => i > 0 && CLITICS.has(t));
  if (clitic > 0 && handledAfter(tokens, clitic)) {
    cues.push("negation");
    mark(0, clitic);
  }
  return { negated, wantingNegated, cues };
}
