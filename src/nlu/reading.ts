/**
 * How a message is worded, beyond its words: which needs it negates ("non mi serve la
 * badante"), whether it asks for something ("cerco", "mi serve", "how can I") or only tells
 * ("la tata di mia nipote è bravissima"), and where it joins two requests ("… e anche …").
 *
 * Rules, not a model: they mark words and add cues; the classifier learns from the training
 * examples what a negated word or a missing request cue means for each intent.
 */

import { recommendationAsked } from "./asked-object.js";
import {
  asksFor,
  OFFERS_ONESELF,
  onlyToSay,
  QUESTION_WORDS,
  REQUEST,
  SEEKS_WORK,
  toldToSomeone,
} from "./asking.js";
import { lentWords } from "./borrowing.js";
import { breaksOf, turnsAfter } from "./breaks.js";
import { refusesChoreSeenTo } from "./chores.js";
import { withSpokenPunctuation } from "./dictation.js";
import { DIFFICULTY, hardFrom } from "./difficulty.js";
import { askedPolitely, isSchoolwork, namesElsewhere } from "./elsewhere.js";
import { endsWell, TROUBLE, turnsAt } from "./good-news.js";
import { asksMoreOfIt, toldAlreadyHad } from "./in-place.js";
import { italianByNationality } from "./learner.js";
import { italianForLearner } from "./learner-words.js";
import { negateSegment } from "./negation.js";
import { NO_OTHER_WORDS, type OtherWords } from "./negation-languages.js";
import { normalizeText, wordsOf } from "./normalize.js";
import { personInPiece, saysPerson } from "./person-asked.js";
import { standardWords } from "./regional.js";
import {
  alreadyThere,
  hasPast,
  isOneSentence,
  opensWithOwnDoing,
  tellsAFact,
  tellsElsewhere,
  tellsSomething,
  toldThroughout,
} from "./telling.js";
import { plainOf } from "./told-need.js";

/** A word of the message, marked when a negation of the need covers it. */
export interface ReadWord {
  readonly word: string;
  readonly negated: boolean;
  /** Lent by the piece before, for this piece read alone: not a word of the message here. */
  readonly borrowed?: boolean;
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
  /**
   * One short sentence that tells a fact of one's own people and asks nothing ("il mio 730 lo
   * fa sempre il patronato", "my aunt is a carer for her husband"): a need met, not asked for.
   */
  "settled",
  /**
   * Schoolwork about a need ("una ricerca per la scuola sulle badanti", "a school project on
   * meals on wheels"): a pupil learning about a service, not asking for it.
   */
  "schoolwork",
  /**
   * Looks for work, or tells one's own trade («cerco altra famiglia», «lavoro come colf», «I
   * work as a cleaner»): the worker's side of the words a family uses to hire one.
   */
  "work",
] as const;
export type Cue = (typeof CUES)[number];

export interface Reading {
  /** The message cut where a need may end: at punctuation, "ma"/"but", "e"/"and", "anche". */
  readonly segments: readonly (readonly ReadWord[])[];
  /** Segments that tell and do not ask ("faccio la baby sitter"): never a second need. */
  readonly telling: ReadonlySet<number>;
  /**
   * Segments that say what has become hard ("non riesce più a cucinare"), and the ones that
   * go on listing it ("she can not do the shopping and cleaning"): where a story's need is.
   * Each with how many of its first words only say who and when ("mia nonna | non riesce…").
   */
  readonly hard: ReadonlyMap<number, number>;
  /**
   * Segments a word that adds joins («y también», «și de asemenea», «і також», other languages
   * only), the one before it and the one after: two needs said outright, either of them
   * offered on surer ground than a piece after a comma («Preciso de uma babá e também uma
   * empregada» may lead with the cleaner and offer the babysitter).
   */
  readonly joined: ReadonlySet<number>;
  readonly cues: ReadonlySet<Cue>;
  /** Wants in another language's words («necesito», «caut», «потрібна»), which no cue says. */
  readonly wantsElsewhere: boolean;
  /**
   * A person asked for (person-asked.ts): named, and not refused where named. A phrase a break
   * cuts («mă puteți suna», cut at Italian «ma») is named in no piece: asked, as it reads whole.
   */
  readonly personAsked: boolean;
  /** A person refused where named, and asked in no piece («je ne veux pas parler à quelqu'un»). */
  readonly personRefused: boolean;
}

/** An Italian or English list going on: «e», «and» («o», «or» end no piece). */
const LISTED_ON = /^\s(?:e|ed|and)$/u;
/** A piece that only names a thing: a few words, none asking, no «sì» that takes it. */
const onlyNamed = (tokens: readonly string[]) =>
  tokens.length <= 3 && !asksFor(tokens) && !tokens.includes("si") && !tokens.includes("yes");

const ENGLISH_CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcan['’]t\b/g, "can not"],
  [/\bwon['’]t\b/g, "will not"],
  // Typed without the apostrophe: "she cant cook", "he doesnt go out".
  [/\b(?:cant|cannot)\b/g, "can not"],
  [/\b(do|does|did|is|are|was|were|could|would|should|has|have|had)nt\b/g, "$1 not"],
  [/n['’]t\b/g, " not"],
  [/['’]m\b/g, " am"],
];

/**
 * «Comment on dit "femme de ménage" en italien ?», «як перекласти "прибирання" італійською?»:
 * a word asked for, of a language, names no need of the citizen's; the need's words in it are
 * only the word (negation-languages.ts, asksAWord). The caller checks that nothing is wanted.
 */
const asksForAWord = (lowered: string, other: OtherWords): boolean =>
  other.asksAWord(plainOf(lowered)) && wordsOf(normalizeText(lowered)).some(other.italian);

/**
 * Arabic script's comma, semicolon and question mark as the Latin ones, which NFKC leaves as
 * they are: «لا تحتاج إلى ممرضة، لا تستطيع الطبخ» has two pieces, as «…, …» has.
 */
const latinPunctuation = (text: string): string =>
  text
    .replace(/\u060C/gu, ",")
    .replace(/\u061B/gu, ";")
    .replace(/\u061F/gu, "?");

/** Whether a piece in another language's words holds a trouble, a turn or a negation. */
function troubledIn(pieces: readonly (readonly string[])[], other: OtherWords): boolean {
  for (const tokens of pieces)
    for (const [i, t] of tokens.entries())
      if (other.trouble(t) || other.but.includes(t) || other.negatesAt(tokens, i)) return true;
  return false;
}

/** Reads a message's segments, negated words and wording cues. */
export function readMessage(
  text: string,
  isContent: (word: string) => boolean,
  /** Other languages' negations and turns, for the model that reads them. */
  other: OtherWords = NO_OTHER_WORDS,
): Reading {
  let lowered = latinPunctuation(text.normalize("NFKC").toLowerCase());
  for (const [pattern, expansion] of ENGLISH_CONTRACTIONS)
    lowered = lowered.replace(pattern, expansion);
  // "badante anche no": "anche" would end the segment and leave "no" alone.
  lowered = lowered.replace(/\s(?:anche|also)\s+no\b/gu, " no");
  lowered = withSpokenPunctuation(lowered);
  const cues = new Set<Cue>();
  if (lowered.includes("?")) cues.add("question");
  const segments: ReadWord[][] = [];
  const telling = new Set<number>();
  const hard = new Map<number, number>();
  const joinedAt = new Set<number>();
  // Whether the piece before was hard, and only a comma or an "and" came since.
  let listingHard = false;
  // "cerco anche una colf" splits at "anche": a piece that only asks ("cerco") names no need
  // and joins the piece after it.
  let asking: ReadWord[] = [];
  let elsewhere = false;
  let schoolwork = false;
  let troubled = /\s(?:ma|però|pero|but|however|invece|instead)\s/u.test(` ${lowered} `);
  // The pieces, with the break before each: split keeps what its one group matched.
  const home = other === NO_OTHER_WORDS;
  const breaks = breaksOf(other);
  const parts = lowered.split(breaks.segment);
  // Whether the piece before refused something: «ni…» after it refuses too.
  let refusing = false;
  // What the pieces before lend to one joined after them (borrowing.ts).
  let lent: string[] = [];
  // Wanting in another language's words («necesito», «caut»): it asks, though no cue says so.
  let wantsElsewhere = false;
  // A person named somewhere, then looked for piece by piece: refused where it is named?
  const personSaid = saysPerson(plainOf(lowered), other);
  const personIn = new Set<"asked" | "refused" | undefined>();
  // Something told as already there, and the pieces in another language's words: read for a
  // trouble or a turn only when the rest says a service is already there (a stem pattern a word).
  let already = false;
  const piecesElsewhere: (readonly string[])[] = [];
  // Told in another language's words: one sentence that tells, or a story whose every sentence
  // tells and none says what is hard (telling.ts, toldThroughout).
  const oneSentence = isOneSentence(lowered);
  const storyTold =
    !home &&
    !oneSentence &&
    toldThroughout(lowered, other, (s) => standardWords(wordsOf(normalizeText(s))));
  const toldElsewhere = (tokens: readonly string[]) =>
    !home && (oneSentence || storyTold) && tellsElsewhere(tokens, other);
  for (let p = 0; p < parts.length; p += 2) {
    const piece = parts[p] as string;
    const goesOn = listingHard && breaks.listGoesOn.test(parts[p - 1] ?? "");
    listingHard = false;
    const standard = standardWords(wordsOf(normalizeText(piece)));
    const tokens = home ? italianForLearner(standard) : standard;
    if (tokens.length === 0) continue;
    const { negated, wantingNegated, cues: found } = negateSegment(tokens, other);
    // «Ha già la badante, ma mi serve aiuto con l'ISEE»: the service had, before a turn to
    // another need, is not asked for, as «non mi serve la badante, mi serve…» is not.
    if (
      turnsAfter(parts, p, breaks) &&
      toldAlreadyHad(tokens) &&
      !asksMoreOfIt(parts.slice(p + 1).join(" ")) &&
      !negated.some(Boolean)
    ) {
      negated.fill(true);
      found.push("negation");
    }
    // «Non mi servono le pulizie e la spesa»: what is only named after «e» is refused with the list.
    const listedOn = refusing && LISTED_ON.test(parts[p - 1] ?? "") && onlyNamed(tokens);
    if ((refusing && breaks.nor.test(parts[p - 1] ?? "")) || listedOn) {
      negated.fill(true);
      found.push("negation");
    }
    const next = LISTED_ON.test(parts[p + 1] ?? "") && onlyNamed(tokens) ? parts[p + 2] : undefined;
    if (refusesChoreSeenTo(tokens.join(" "), next && plainOf(next))) {
      negated.fill(true);
      found.push("negation");
    }
    // «No sabemos si ya le toca la pensión»: not knowing whether asks; its «no» refuses nothing.
    if (other.wondering(tokens.join(" "))) {
      negated.fill(false);
      wantingNegated.fill(false);
      found.splice(0, found.length, "question");
    }
    refusing = found.includes("negation");
    if (personSaid) personIn.add(personInPiece(piece, tokens, { negated, wantingNegated }, other));
    // "Carrying bags up is impossible", "fa fatica a vestirsi": a story's need, implied.
    if (tokens.some((t, i) => DIFFICULTY.test(t) && !negated[i])) found.push("inability");
    for (const cue of found) cues.add(cue);
    const refusedHere = negated.some(Boolean) || wantingNegated.some(Boolean);
    // A job sought in the learner's words as typed too («caut de lucru», «busco chamba»).
    const seeks = (words: readonly string[]) => SEEKS_WORK.test(words.join(" "));
    if (!refusedHere && (seeks(tokens) || (tokens !== standard && seeks(standard))))
      cues.add("work");
    const past = hasPast(tokens);
    if (past) cues.add("past");
    if (!home) {
      already ||= alreadyThere(tokens);
      piecesElsewhere.push(tokens);
    }
    let asks = found.includes("inability");
    // «Conoscete una brava badante?», «can you recommend a cleaner?»: asked as a recommendation.
    const recommending = recommendationAsked(tokens).filter((i) => !negated[i]);
    if (recommending.length > 0) {
      cues.add("request");
      asks = true;
    }
    if (tokens.some((t, i) => other.wanting(t) && !negated[i] && !wantingNegated[i])) {
      asks = true;
      wantsElsewhere = true;
    }
    const words: ReadWord[] = [];
    // After schoolwork's word its piece says what the work is about: «a school essay about
    // elderly people living alone» tells of no trouble of the writer's own.
    let topicOfSchoolwork = false;
    tokens.forEach((token, i) => {
      if (namesElsewhere(tokens, i) && !negated[i]) elsewhere = true;
      if (isSchoolwork(tokens, i)) schoolwork = topicOfSchoolwork = true;
      const trouble = TROUBLE.test(token) && !askedPolitely(tokens, i) && !topicOfSchoolwork;
      if (trouble || turnsAt(token, other.notTurning)) troubled = true;
      // "I've been looking after my wife": caring for someone, not looking for something.
      const caring = token === "looking" && tokens[i + 1] === "after";
      // "grandma's home help comes on Tuesdays", "gruppo di auto mutuo aiuto", "a self-help
      // group": a worker or a kind of group named, not help asked.
      const helpNamed =
        (token === "help" && (tokens[i - 1] === "home" || tokens[i - 1] === "self")) ||
        (token === "aiuto" && (tokens[i - 1] === "mutuo" || tokens[i - 1] === "auto"));
      // "volevo solo dirlo", "I just wanted to say thanks": wanting to tell, not to have.
      const telling = onlyToSay(tokens, i) || toldToSomeone(tokens, i);
      // "She cried more than any of us", "better than anyone": a comparison, not anyone asked for.
      const compared = tokens[i - 1] === "than";
      const asking =
        (REQUEST.test(token) && !caring && !helpNamed && !telling && !compared) ||
        (QUESTION_WORDS.has(token) && (i === 0 || cues.has("question")));
      if (asking && !negated[i] && !wantingNegated[i]) {
        cues.add("request");
        asks = true;
      }
      // "non cerco il calcio": the refused wanting is no wanting ("cerco" alone reads as a job search).
      const refused = (negated[i] as boolean) || (wantingNegated[i] as boolean);
      if (isContent(token) && !italianByNationality(tokens, i) && !recommending.includes(i))
        words.push({ word: token, negated: refused });
    });
    if (words.length === 0) continue;
    if (words.every((w) => !w.negated && REQUEST.test(w.word))) {
      asking.push(...words);
      continue;
    }
    words.unshift(...asking);
    const asked = asking.length;
    asking = [];
    // "Riceve già i pasti", "she already has a carer": what is already there is told.
    const told = past || tellsSomething(tokens) || toldElsewhere(tokens);
    // A list goes on in a word or two: "…, pulire e fare la spesa", "… the shopping and cleaning".
    const listed = goesOn && !past && words.length <= 2 && !negated.some(Boolean);
    const from = hardFrom(tokens, negated, other);
    const joined = breaks.joined.test(parts[p - 1] ?? "");
    const own = home
      ? []
      : lentWords(tokens, (i) => !!negated[i] || !!wantingNegated[i], from, other, isContent);
    if (joined && own.length === 0 && from === -1 && !negated.some(Boolean))
      words.splice(asked, 0, ...lent.map((word) => ({ word, negated: false, borrowed: true })));
    if (own.length > 0 || !joined) lent = own;
    if (breaks.also.test(parts[p - 1] ?? "")) {
      joinedAt.add(segments.length);
      if (segments.length > 0) joinedAt.add(segments.length - 1);
    }
    if (!asks && told) telling.add(segments.length);
    else if (from !== -1 || listed) {
      const before = tokens.slice(0, Math.max(from, 0)).filter(isContent).length;
      hard.set(segments.length, asked + before);
      listingHard = true;
    }
    segments.push(words);
  }
  if (asking.length > 0) segments.push(asking);
  if (OFFERS_ONESELF.test(normalizeText(lowered))) cues.add("request");
  const asks =
    wantsElsewhere || cues.has("request") || cues.has("inability") || cues.has("question");
  // A message that opens with no verb ("colf a ore, zona Lambrate") names what is wanted.
  if (telling.has(0) && !asks) cues.add("statement");
  // A refusal beside good news turns to something else: "la badante non serve, mamma sta bene, è la casa…".
  if (!asks && !cues.has("negation") && endsWell(lowered, !home)) cues.add("satisfied");
  const told =
    (cues.has("statement") || (!asks && opensWithOwnDoing(lowered))) && !cues.has("negation");
  if (told && tellsAFact(lowered, standardWords(wordsOf(normalizeText(lowered)))))
    cues.add("settled");
  if (!home && !wantsElsewhere && !cues.has("request") && asksForAWord(lowered, other))
    cues.add("settled");
  // A service already there, told in one sentence with nothing asked, negated, hard or turning,
  // is a need met in any language («mi mamá ya tiene la comida a domicilio del Comune desde
  // enero»), as in-place.ts reads Italian and English; a story of several sentences tells
  // what has become hard («Син вже краще говорить ніж я»: the parent still cannot).
  const quiet = !troubled && hard.size === 0 && !cues.has("negation");
  if (already && oneSentence && !asks && quiet && !troubledIn(piecesElsewhere, other))
    cues.add("settled");
  // "non per il gatto, ma per mia madre", "the app is too hard for mum": a turn or a trouble
  // sets what WeMi does not serve aside, and the need may be real.
  if (elsewhere && !troubled && !cues.has("inability")) cues.add("elsewhere");
  if (schoolwork && !troubled && !cues.has("inability")) cues.add("schoolwork");
  // What has become hard for a pet, a shop or an app is no citizen's need.
  return {
    segments,
    telling,
    hard: elsewhere ? new Map() : hard,
    joined: joinedAt,
    cues,
    wantsElsewhere,
    personAsked: personSaid && (personIn.has("asked") || !personIn.has("refused")),
    personRefused: personIn.has("refused") && !personIn.has("asked"),
  };
}
