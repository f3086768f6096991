/**
 * How a message is worded, beyond its words: which needs it negates ("non mi serve la
 * badante"), whether it asks for something ("cerco", "mi serve", "how can I") or only tells
 * ("la tata di mia nipote è bravissima"), and where it joins two requests ("… e anche …").
 *
 * Rules, not a model: they mark words and add cues; the classifier learns from the training
 * examples what a negated word or a missing request cue means for each intent.
 */
import {
  ALREADY_ELSEWHERE,
  GOING_WELL_ELSEWHERE,
  NO_LONGER_AFTER,
  TURNS_ELSEWHERE,
} from "./language-cues.js";
import { normalizeText, wordsOf } from "./normalize.js";
import { standardWord } from "./regional.js";

/** A word of the message, marked when a negation of the need covers it. */
export interface ReadWord {
  readonly word: string;
  readonly negated: boolean;
}

/** Wording cues, each a feature of its own. */
export const CUES = [
  /** Asks for something: "cerco", "mi serve", "vorrei", "c'è…?", "I need", "how can I". */
  "request",
  /** A question mark. */
  "question",
  /** Says what someone can no longer do ("non riesce più", "can't cook"): a need, implied. */
  "inability",
  /** Negates a need ("non mi serve X", "I don't need X", "X li cucino io"). */
  "negation",
  /** Tells of something done ("ho portato", "è arrivata", "I took"): a story, not a request. */
  "past",
  /** A finite verb ("è", "fa", "is") and no request, inability or question: telling, not asking. */
  "statement",
  /**
   * Tells that something goes well and asks nothing ("la badante di papà è una donna d'oro",
   * "we used the meal service last winter, it was fine"): no need, however many words of one.
   */
  "satisfied",
  /**
   * Names what WeMi does not serve beside a need's words: a pet, a shop or office, an app, a
   * film or article, another language than Italian ("dog sitter", "pulizie dell'ufficio").
   */
  "elsewhere",
] as const;
export type Cue = (typeof CUES)[number];

export interface Reading {
  /** The message cut where a need may end: at punctuation, "ma"/"but", "e"/"and", "anche". */
  readonly segments: readonly (readonly ReadWord[])[];
  /** Segments that tell and do not ask ("faccio la baby sitter"): never a second need. */
  readonly telling: ReadonlySet<number>;
  readonly cues: ReadonlySet<Cue>;
}

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

/**
 * Where a segment ends. Accents are still there: "e" (and) is not "è" (is). Quotes do not end
 * one: a quoted word is mentioned, not asked for ("cosa vuol dire «badante»?").
 */
const SEGMENT_BREAK =
  /[.,;:!?…\n()]+|\s(?:ma|però|pero|bensì|invece|mentre|but|however|instead|e|ed|and|anche|also|poi|inoltre|plus|oppure)(?=\s)/u;

const ENGLISH_CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcan['’]t\b/g, "can not"],
  [/\bwon['’]t\b/g, "will not"],
  [/n['’]t\b/g, " not"],
  [/['’]m\b/g, " am"],
];

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

/** Words that may sit between a negation and its verb: "non mi serve", "I do not really need". */
const BETWEEN = new Set(
  "mi ti ci si gli ce ne vi lo li le la l piu ancora mai proprio affatto ha ho hanno abbiamo hai avete e sono do does did am is are really i we he she it they you me us him her them more any".split(
    " ",
  ),
);

/** After a negation, these start the negated thing itself: "non una badante", "not for me". */
const NEGATED_THING = new Set(
  "un una uno il i gli lo la le l a an the per for e is era di del della dei delle".split(" "),
);

/** Verbs of wanting and needing: negated, the need is not asked for. */
const WANTING =
  /^(serv|cerc|vogli|vuol|vuoi|vorr|bisogn|occorr|interess|tratt|need|want|look|search|seek|requir|hir|assum|chied)/;
/** "Non parlo della domanda, cerco…", "I don't mean a carer": what follows is set aside. */
const NOT_ABOUT = /^(parlo|parlavo|intendo|intendevo|riferisco|mean|meant|talking)$/;
const SPEAKER = new Set(["io", "noi"]);
/** Verbs of being able: negated, they describe a need ("non riesce", "can not cope"). */
const ABLE =
  /^(riesc|riusc|puo|poss|pot|sa|sap|so|capisc|capit|trov|fa|ce|can|could|able|manag|cop|know|find|understand)$|^(riesc|riusc|poss|pot|capi|trov|manag|understand)/;

/** Object pronouns that point back to a need the speaker handles: "i pasti li cucino io". */
const CLITICS = new Set("li lo la le l gliela glielo glieli gliele ce ne them it".split(" "));
const ALREADY = new Set(["gia", "already", ...ALREADY_ELSEWHERE]);

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

/**
 * Words that ask: stems of verbs of wanting and a few whole words. "serv" is "serve", not the
 * noun ("il servizio pasti", "the meal service"), which tells as often as it asks; nor the past
 * participles "servito", "aiutato", "helped" ("gli è servita tanto", "mi ha aiutato molto"),
 * which tell what a service did.
 */
const REQUEST =
  /^(cerc|serv(?!izi|ic|it[oaie]$)|vorre|volev|bisogn|voler|aiut(?!at[oaie]$)|occorr|esist|qualcun|vogli|desider|chied|richied|informazion|piacereb|prefer|need|looking|want|help(?!ed$)|anyone|someone|somebody|search|seek)|^(potete|potreste|puoi|posso|info|please|would|could|find|any|like|rather)$/;
/**
 * Question words ask when they open a piece or the message asks ("come faccio a…?"); inside a
 * sentence that tells they join it: "lavora come operatore", "my sister, who is a carer".
 */
const QUESTION_WORDS = new Set("dove come chi quale quali where how who which".split(" "));

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

/**
 * Words of things going well. Only a message that asks nothing, says no trouble and turns on
 * no "ma"/"but" reads as satisfied: "è bravissima ma torna in Romania" still needs someone.
 */
const GOING_WELL =
  /^(bene|benissimo|brav[oaie]|bravissim[oaie]|content[oaie]|contentissim[oaie]|felic[ei]|felicissim[oaie]|soddisfatt[oaie]|ottim[oaie]|ottimamente|bellissim[oaie]|interessant[ei]|splendid[oaie]|meraviglios[oaie]|fantastic[oaie]|perfett[oaie]|oro|adora|adorano|rinat[oaie]|divertit[oaie]|orgoglios[oaie]|volentieri|meglio|dolcissim[oaie]|gentilissim[oaie]|simpaticissim[oaie]|accoglient[ei]|finalmente|finally|great|better|loved|loves|happy|brilliant|wonderful|lovely|amazing|fantastic|excellent|perfect|interesting|enjoyed|enjoys|blast|proud|angel|angelo)$/;
/** "It was fine", "she's doing well": English "fine" and "well" after a verb of being. */
const BEING = new Set("is was are were s am doing going all".split(" "));
const FINE = new Set(["fine", "well"]);
/**
 * Trouble told beside good news: the need may be real ("sta bene ma è sempre da sola"). A wish
 * ("le farebbe bene uscire") is one too.
 */
const TROUBLE =
  /^(stanc|esaust|paur|preoccup|dimentic|cad[eu]|peggior|malat|problem|difficil|difficolt|purtropp|sol[oa]$|alone|lonely|tired|exhaust|scared|afraid|worr|forget|forgot|fell$|falls?$|worse|sick|ill$|problem|difficult|struggl|unfortunately|anymore|tropp|too$)|[a-z]{2,}ebber?o?$/;
/**
 * Words of what WeMi does not serve, each used by no need among the it/en training examples
 * and development messages (session 8): pets, business premises, apps and shops online, media,
 * other languages to learn, banks and phone companies. Italian for foreigners is a need, and
 * "parla inglese" a wish about a carer: a language name alone is not here (see LESSON).
 */
const ELSEWHERE = new Set(
  "gatto gatti gattino cucciolo cuccioli cani dog dogs cat cats puppy kitten pet pets animale animali coniglio veterinario vet bar gym hotel albergo condominio app duolingo babbel amazon film documentario documentary podcast radio news netflix serie series libro tesi thesis essay telegiornale articolo spanish tedesco german francese french giapponese japanese banca bank vodafone tim iliad fastweb enel telefonica customer clienti".split(
    " ",
  ),
);
/** A course of a language other than Italian: "corso di inglese", "English lessons". */
const LESSON = /^(cors[oi]|lezion[ei]|class[ei]|courses?|class(es)?|lessons?)$/;
const FOREIGN_LANGUAGE =
  /^(inglese|english|spagnolo|spanish|tedesco|german|francese|french|cinese|chinese|arabo|arabic|russo|russian|portoghese|portuguese|giapponese|japanese)$/;
const isLessonOf = (tokens: readonly string[], i: number) =>
  FOREIGN_LANGUAGE.test(tokens[i] as string) &&
  (LESSON.test(tokens[i + 1] ?? "") ||
    LESSON.test(tokens[i - 1] ?? "") ||
    (tokens[i - 1] === "di" && LESSON.test(tokens[i - 2] ?? "")));

/**
 * Someone offering themselves for work lists what they bring: "ho i documenti in regola e tanta
 * esperienza", "I have references and a residence permit", "sono disponibile". Said of oneself,
 * it asks for a job as plainly as "cerco lavoro", whatever the story around it tells.
 */
const OFFERS_ONESELF =
  /\b(?:(?:ho|abbiamo) (?:anche |gia )?(?:i |il |tanta |molta |buone |delle |le )?(?:documenti in regola|permesso di soggiorno|esperienza|referenze)|i(?: have|'ve|’ve| ve) (?:got )?(?:good |great |lots of |a lot of |years of )?(?:references|experience|a residence permit|a work permit|my papers)|sono disponibile|i am available)\b/;

const CONTRAST = new Set("ma pero però but however though tranne except invece".split(" "));

/** Where a message turns: what follows the last turn is how it ends. */
const TURN = new RegExp(
  `\\s(?:ma|però|pero|but|however|though|invece|instead|tranne|except|${TURNS_ELSEWHERE.join("|")})\\s`,
  "gu",
);

/**
 * Whether the message ends on good news and no trouble: "è dislessico ma va benissimo a scuola"
 * does, "è bravissima ma a giugno torna in Romania" and "sta bene, però è sempre sola" do not.
 */
function endsWell(lowered: string): boolean {
  const turn = [...` ${lowered} `.matchAll(TURN)].at(-1);
  const end = turn === undefined ? lowered : ` ${lowered} `.slice(turn.index + turn[0].length);
  const tokens = wordsOf(normalizeText(end)).map(standardWord);
  const { negated } = negateSegment(tokens);
  const good = tokens.some(
    (t, i) =>
      !negated[i] &&
      (GOING_WELL.test(t) ||
        GOING_WELL_ELSEWHERE.has(t) ||
        (FINE.has(t) && BEING.has(tokens[i - 1] as string)) ||
        // "va alla grande", "sta alla grande": going great.
        (t === "grande" && tokens[i - 1] === "alla")),
  );
  return good && !tokens.some((t) => TROUBLE.test(t));
}

function negateSegment(tokens: readonly string[]): {
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
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (!NEGATIONS.has(token)) continue;
    // "la spesa non è il problema": what came before is settled (below), not what follows.
    if (SETTLED.test(tokens.slice(i, i + 5).join(" "))) continue;
    let j = i + 1;
    while (j < tokens.length && BETWEEN.has(tokens[j] as string)) j++;
    const head = tokens[j];
    if (head === undefined) break;
    if (WANTING.test(head) || NOT_ABOUT.test(head)) {
      cues.push("negation");
      wantingNegated[j] = true;
      // "X non mi serve (più)": nothing after the verb, so the need came before it.
      const after = tokens.slice(j + 1).filter((t) => !BETWEEN.has(t) && t !== "anymore");
      if (after.length > 0) mark(j + 1, tokens.length);
      else mark(0, i);
      break;
    }
    // "non sono io che cerco lavoro": someone else is meant, and so is something else.
    const notMe = SPEAKER.has(head) && tokens[j + 1] === "che";
    const qualifiesNoun =
      notMe || NEGATING_DETERMINERS.has(token) || NEGATED_THING.has(tokens[i + 1] as string);
    if (qualifiesNoun && !ABLE.test(head)) {
      cues.push("negation");
      mark(i + 1, tokens.length);
      break;
    }
    // "non riesce più a", "non cucina più", "can not carry": a need, told not asked.
    cues.push("inability");
    break;
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
  // "i pasti li cucino io", "la spesa gliela faccio io", "la badante ce l'abbiamo già".
  const clitic = tokens.findIndex((t, i) => i > 0 && CLITICS.has(t));
  if (clitic > 0 && tokens.slice(clitic + 1).some((t) => HANDLED.has(t))) {
    cues.push("negation");
    mark(0, clitic);
  }
  return { negated, wantingNegated, cues };
}

/**
 * Words saying something has become hard or has stopped ("è impossibile", "fa fatica", "has
 * stopped cooking"): like a negated verb of being able, they tell a need without asking.
 */
const DIFFICULTY =
  /^(impossibil|difficil|fatic|stent|smess|impossible|difficult|struggl|unable|stopped)/;

function hasPast(tokens: readonly string[]): boolean {
  return tokens.some((token, i) => {
    if (ENGLISH_PAST.has(token) || (token.length >= 6 && IMPERFECT.test(token))) return true;
    if (ENGLISH_REGULAR_PAST.test(token) && SUBJECTS.has(tokens[i - 1] as string)) return true;
    if (!AUXILIARY.has(token)) return false;
    const next = tokens.slice(i + 1, i + 4).find((t) => !BETWEEN.has(t) && t !== "appena");
    return next !== undefined && PAST_PARTICIPLE.test(next);
  });
}

/** Reads a message's segments, negated words and wording cues. */
export function readMessage(text: string, isContent: (word: string) => boolean): Reading {
  let lowered = text.normalize("NFKC").toLowerCase();
  for (const [pattern, expansion] of ENGLISH_CONTRACTIONS)
    lowered = lowered.replace(pattern, expansion);
  // "badante anche no": "anche" would end the segment and leave "no" alone.
  lowered = lowered.replace(/\s(?:anche|also)\s+no\b/gu, " no");
  const cues = new Set<Cue>();
  if (text.includes("?")) cues.add("question");
  const segments: ReadWord[][] = [];
  const telling = new Set<number>();
  // "cerco anche una colf" splits at "anche": a piece that only asks ("cerco") names no need
  // and joins the piece after it.
  let asking: ReadWord[] = [];
  let elsewhere = false;
  let troubled = /\s(?:ma|però|pero|but|however|invece|instead)\s/u.test(` ${lowered} `);
  for (const piece of lowered.split(SEGMENT_BREAK)) {
    const tokens = wordsOf(normalizeText(piece ?? "")).map(standardWord);
    if (tokens.length === 0) continue;
    const { negated, wantingNegated, cues: found } = negateSegment(tokens);
    // "Carrying bags up is impossible", "fa fatica a vestirsi": a story's need, implied.
    if (tokens.some((t, i) => DIFFICULTY.test(t) && !negated[i])) found.push("inability");
    for (const cue of found) cues.add(cue);
    const past = hasPast(tokens);
    if (past) cues.add("past");
    let asks = found.includes("inability");
    const words: ReadWord[] = [];
    tokens.forEach((token, i) => {
      if ((ELSEWHERE.has(token) || isLessonOf(tokens, i)) && !negated[i]) elsewhere = true;
      if (TROUBLE.test(token) || CONTRAST.has(token)) troubled = true;
      // "I've been looking after my wife": caring for someone, not looking for something.
      const caring = token === "looking" && tokens[i + 1] === "after";
      const asking =
        (REQUEST.test(token) && !caring) ||
        (QUESTION_WORDS.has(token) && (i === 0 || cues.has("question")));
      if (asking && !negated[i] && !wantingNegated[i]) {
        cues.add("request");
        asks = true;
      }
      // "non cerco il calcio": the refused wanting is no wanting ("cerco" alone reads as a job search).
      const refused = (negated[i] as boolean) || (wantingNegated[i] as boolean);
      if (isContent(token)) words.push({ word: token, negated: refused });
    });
    if (words.length === 0) continue;
    if (words.every((w) => !w.negated && REQUEST.test(w.word))) {
      asking.push(...words);
      continue;
    }
    words.unshift(...asking);
    asking = [];
    // "Riceve già i pasti", "she already has a carer": what is already there is told.
    const told =
      past ||
      tokens.some(
        (t, i) =>
          (TELLING.has(t) && !BEFORE_A_NOUN.has(tokens[i - 1] as string)) ||
          (ALREADY.has(t) && !NO_LONGER_AFTER.has(tokens[i + 1] as string)) ||
          // "I'm learning…" ("i am"); "am" alone is Romanian "I have" ("am nevoie": I need).
          (t === "am" && tokens[i - 1] === "i"),
      );
    if (!asks && told) telling.add(segments.length);
    segments.push(words);
  }
  if (asking.length > 0) segments.push(asking);
  if (OFFERS_ONESELF.test(normalizeText(lowered))) cues.add("request");
  const asks = cues.has("request") || cues.has("inability") || cues.has("question");
  // A message that opens with no verb ("colf a ore, zona Lambrate") names what is wanted.
  if (telling.has(0) && !asks) cues.add("statement");
  // A refusal beside good news turns to something else: "la badante non serve, mamma sta bene, è la casa…".
  if (!asks && !cues.has("negation") && endsWell(lowered)) cues.add("satisfied");
  // "non per il gatto, ma per mia madre", "the app is too hard for mum": a turn or a trouble
  // sets what WeMi does not serve aside, and the need may be real.
  if (elsewhere && !troubled && !cues.has("inability")) cues.add("elsewhere");
  return { segments, telling, cues };
}
