/**
 * Telling rather than asking: finite verbs of telling ("è", "vive", "works"), what is already
 * there ("ha già la badante"), and the past ("ho portato", "facevo", "I took").
 */
import { DIFFICULTY } from "./difficulty.js";
import { TROUBLE, turnsAt } from "./good-news.js";
import { ALREADY_ELSEWHERE, NO_LONGER_AFTER } from "./language-cues.js";
import { BETWEEN } from "./negation.js";
import type { OtherWords } from "./negation-languages.js";

/**
 * Common finite verbs of telling. A bare noun phrase sent to the bot ("badante per mia madre a
 * Quarto Oggiaro") is a request; a sentence with a verb and no request cue tells something.
 */
const TELLING = new Set(
  "e ha hanno ho abbiamo sono siamo sta stanno sto fa fanno faccio lavoro va vanno vado era erano viene vengono vive vivono abita abitano lavora lavorano porta torna arriva studia gioca piace parla insegna compie dorme guarda legge cucina pulisce stira segue trova trovano passa passano riceve ricevono prende prendono usa usano frequenta frequentano conosce adora ama ero sposa laurea finisce finiscono inizia comincia trasferisce andiamo facciamo viviamo is are was were has have had does goes works lives takes comes loves likes makes cooks cleans teaches visits plays gets receives attends uses knows adores".split(
    " ",
  ),
);

/**
 * After these a verb of telling is a noun, mostly of a place: "a Porta Romana", "zona Porta
 * Genova", "in via Vive…", "the works".
 */
const BEFORE_A_NOUN = new Set(
  "a ad in zona di da per verso al alla alle della delle del dalla dal nella nel sulla sul via viale piazza piazzale largo the".split(
    " ",
  ),
);

const ALREADY = new Set(["gia", "already", ...ALREADY_ELSEWHERE]);

const AUXILIARY = new Set(
  "ho hai ha abbiamo avete hanno sono sei e siamo siete era erano i we he she they have has had".split(
    " ",
  ),
);
const PAST_PARTICIPLE = /^[a-z]{3,}(ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|uti|ute|ed)$/;
const ENGLISH_PAST = new Set(
  "was were did took brought went got found had made came left gave quit said told used".split(" "),
);
/** Italian imperfect ("facevo", "andava"): telling how things were. Six letters or more, so
 * that "brava" or "lava" are not read as one. */
const IMPERFECT = /^[a-z]{2,}(ava|eva|avo|evo|avano|evano|avamo|evamo)$/;
/** "I loved", "she started": a regular English past right after its subject. */
const SUBJECTS = new Set("i we he she they you".split(" "));
const ENGLISH_REGULAR_PAST = /^[a-z]{3,}ed$/;

/** Whether a piece of a message tells something: a verb of telling, or what is already there. */
export function tellsSomething(tokens: readonly string[]): boolean {
  return tokens.some(
    (t, i) =>
      (TELLING.has(t) && !BEFORE_A_NOUN.has(tokens[i - 1] as string)) ||
      (ALREADY.has(t) && !NO_LONGER_AFTER.has(tokens[i + 1] as string)) ||
      // "I'm learning…" ("i am"); "am" alone is Romanian "I have" ("am nevoie": I need).
      (t === "am" && tokens[i - 1] === "i"),
  );
}

/**
 * What is already there in another language's words, not «no longer» («ya tiene la comida a
 * domicilio», «ka tashmë dikë që e ndihmon», «уже ходит на курсы»).
 */
export const alreadyThere = (tokens: readonly string[]): boolean =>
  tokens.some(
    (t, i) => ALREADY_ELSEWHERE.includes(t) && !NO_LONGER_AFTER.has(tokens[i + 1] as string),
  );

export function hasPast(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (ENGLISH_PAST.has(token) || (token.length >= 6 && IMPERFECT.test(token))) return true;
    if (ENGLISH_REGULAR_PAST.test(token) && SUBJECTS.has(tokens[i - 1] as string)) return true;
    if (!AUXILIARY.has(token)) continue;
    const next = tokens.slice(i + 1, i + 4).find(notBetweenAuxiliaryAndVerb);
    if (next !== undefined && PAST_PARTICIPLE.test(next)) return true;
  }
  return false;
}

/** Made once, not per call: see read-words.ts. */
const notBetweenAuxiliaryAndVerb = (t: string) => !BETWEEN.has(t) && t !== "appena";

/** One sentence, a full stop aside: «Trabajo como colf en Brera. Me tratan muy bien» is two. */
export const isOneSentence = (text: string): boolean => !/[.!?…;]\s*[^\s.!?…;]/u.test(text.trim());

/**
 * Whether a piece tells in another language's words (locales/<lang>/reading.yaml): a verb of
 * telling («ya tenemos una señora que limpia», «у нас є няня»), the past («tuvimos una
 * cuidadora», «am avut o badantă») or a participle after its auxiliary («j'ai fini mon cours»).
 * The caller reads a wanting in the piece as asking («tengo 50 años y busco trabajo»).
 */
export function tellsElsewhere(tokens: readonly string[], other: OtherWords): boolean {
  return tokens.some((t, i) => {
    if (other.telling.has(t) || other.past(t)) return true;
    if (!other.auxiliaries.has(t)) return false;
    const next = tokens.slice(i + 1, i + 3).find((w) => !other.between.has(w));
    return next !== undefined && other.participle(next);
  });
}

/** Where a sentence ends: a full stop, an exclamation, dots, a semicolon. */
const SENTENCE_END = /[.!…;]+/u;

/** Whether a word names a trouble, in any language's words. */
const troubles = (word: string, other: OtherWords) =>
  other.trouble(word) || TROUBLE.test(word) || DIFFICULTY.test(word);

/**
 * A sentence's words, «without» and the trouble right after it left out: «sin problemas», «fără
 * probleme», «без проблем» tell that all went well.
 */
const withoutTrouble = (tokens: readonly string[], other: OtherWords) =>
  tokens.filter(
    (t, i) =>
      !(other.determiners.has(t) && troubles(tokens[i + 1] ?? "", other)) &&
      !(other.determiners.has(tokens[i - 1] ?? "") && troubles(t, other)),
  );

/**
 * A story of several sentences told in another language's words that only tells: every
 * sentence tells (tellsElsewhere), and nothing in it asks, refuses, turns, or says what is hard
 * or troubling («El año pasado encontramos una cuidadora. La abuela está contenta con ella.»).
 * Stories that ask tell what has become hard in words the reading may not know («me da miedo
 * que se caiga»), so one sentence with no verb of telling leaves the message to the model,
 * and so does any negation («ahora no sale», «не може»), which mostly tells something missing.
 */
export function toldThroughout(
  lowered: string,
  other: OtherWords,
  read: (sentence: string) => readonly string[],
): boolean {
  if (lowered.includes("?")) return false;
  // Sentence by sentence, stopping at the first that does not only tell: every message is read
  // here, and in Italian or English (no words of another language) the first sentence decides.
  let told = 0;
  for (const sentence of lowered.split(SENTENCE_END)) {
    const tokens = read(sentence);
    if (tokens.length === 0) continue;
    const kept = withoutTrouble(tokens, other);
    const onlyTells =
      tellsElsewhere(tokens, other) &&
      !kept.some(
        (t, k) =>
          other.wanting(t) ||
          troubles(t, other) ||
          other.negatesAt(kept, k) ||
          other.determiners.has(t) ||
          other.but.includes(t) ||
          turnsAt(t, other.notTurning),
      );
    if (!onlyTells) return false;
    told += 1;
  }
  return told > 1;
}

/**
 * What one does or where one lives, said first ("faccio la badante da quindici anni", "abito
 * nelle case Aler…", "I work as a cleaner…"): a statement, though these verbs ask too often
 * elsewhere to be verbs of telling for the model (TELLING).
 */
const OWN_DOING = new Set("faccio lavoro abito vivo accudisco assisto curo work live".split(" "));
/**
 * What follows such a verb when it tells of one's life: "faccio la badante", "lavoro come colf",
 * "abito nelle case Aler", "I work as a cleaner". Not "lavoro part time zona Lorenteggio", "lavoro
 * x mia figlia", which ask for a job.
 */
const OWN_DOING_GOES_ON = new Set(
  "la il lo come presso per da in a nelle nella nel vicino mio mia as for at in with near".split(
    " ",
  ),
);
/** The first words as typed, letters only: normalising reads Albanian "djali im" (my son) as "i am". */
const firstWords = (lowered: string, n: number) =>
  lowered.split(/\s+/u, n).map((w) => w.replace(/[^\p{L}]/gu, ""));

/** Whether a message opens with what one does or where one lives: "faccio la badante…", "I work…". */
export const opensWithOwnDoing = (lowered: string): boolean => {
  const [first = "", second = ""] = firstWords(lowered, 2);
  if (first === "i" || first === "ive") return ownDoingInEnglish(firstWords(lowered, 6));
  return OWN_DOING.has(first) && OWN_DOING_GOES_ON.has(second);
};

/** «I have», «I've been», between «I» and what one does: «I've been working as a carer for years». */
const PERFECT = new Set(["have", "been"]);
/** What one does, in the perfect's forms: «worked», «working», «lived». */
const DOING_FORMS: Readonly<Record<string, string>> = {
  worked: "work",
  working: "work",
  lived: "live",
  living: "live",
};

/** «I work as…», «I've been working as…», «I have lived in…»: what one does, said first. */
function ownDoingInEnglish([first = "", ...rest]: readonly string[]): boolean {
  let i = 0;
  if (first === "i") while (PERFECT.has(rest[i] ?? "")) i++;
  else if (rest[0] === "been") i = 1;
  const verb = rest[i] ?? "";
  const perfect = i > 0 || first === "ive";
  const doing = perfect ? (DOING_FORMS[verb] ?? "") : verb;
  return OWN_DOING.has(doing) && OWN_DOING_GOES_ON.has(rest[i + 1] ?? "");
}

/** Whose life a statement tells of: "il mio 730…", "mio zio prende…", "my aunt is…", "I did…". */
const OWN = new Set("mio mia miei mie nostro nostra nostri nostre my our i we".split(" "));
/**
 * How long a statement read as a fact told is (words): dev-hard-6…11's statements of a need met
 * («il mio 730 lo fa sempre il patronato della Cisl da anni») have 8 to 13; shorter ones name a
 * need («mio figlio è dislessico», «my son has a disability»: 34 such training examples).
 */
const FACT_WORDS = { fewest: 7, most: 15 };
/**
 * Someone's work, told by who they are and what they do («il mio vicino fa il custode sociale
 * nelle case Aler da anni», «my cousin works as a nanny in London»): a fact however long the
 * sentence runs on about where and since when, which FACT_WORDS.most would leave out.
 */
const WORK_TOLD =
  /^(?:(?:il|la|lo|my|our) )?(?:mio|mia|nostro|nostra|my|our) \w+ (?:fa (?:il|la|lo|l)|lavora (?:come|da)|works as|is (?:a|an)) /u;
/**
 * A person's condition names a need however plainly it is told ("ha la dislessia", "is autistic",
 * "ha il Parkinson", "is bored at home"), and a wish or a question asks ("vuole fare un corso",
 * "cos'è").
 */
const CONDITION =
  /^(disless|disles|disgraf|discalcul|disortograf|dsa$|dyslex|dyscalcul|dysgraph|disabil|handicap|invalid|autis|asperger|down$|alzheimer|parkinson|demenz|dement|ictus|stroke|sclerosi|paralis|palsy|carrozzin|wheelchair|ciec[oa]|blind|sord[oa]|deaf|disturb|disorder|ritard|scoordinat|coordinaz|coordination|bloccat|timid|esaurit|burn|annoi|noia|bored|poor|vuol|vuole|vogliono|wants?|cosa?$|what|quando|when|perche|why)/;

/**
 * One short sentence about one's own people, or what one does, that says no trouble, no turn
 * and nothing hard: «il mio 730 lo fa sempre il patronato», «con mio fratello disabile abbiamo
 * trovato un bel gruppo», «my aunt is a carer for her husband», «faccio la badante da quindici
 * anni», «I work as a cleaner for three families». Told of a need already met, it asks for
 * nothing (the caller checks that nothing is asked or refused). A story of several sentences
 * tells what has become hard, and a bare need ("sostegno per chi ha…") opens with no one's.
 */
export function tellsAFact(lowered: string, tokens: readonly string[]): boolean {
  return (
    isOneSentence(lowered) &&
    tokens.length >= FACT_WORDS.fewest &&
    (tokens.length <= FACT_WORDS.most || WORK_TOLD.test(tokens.join(" "))) &&
    (firstWords(lowered, 2).some((w) => OWN.has(w)) || opensWithOwnDoing(lowered)) &&
    !tokens.some(tellsTroubleOrCondition)
  );
}

/** Made once, not per call: see read-words.ts. */
const tellsTroubleOrCondition = (t: string) =>
  TROUBLE.test(t) || turnsAt(t) || DIFFICULTY.test(t) || CONDITION.test(t);
