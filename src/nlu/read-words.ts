import { toldWellButIdle } from "./ageing.js";
import { type AskedObjectsReader, asksCallAbout, NOTHING_ASKED } from "./asked-object.js";
import { asksAsCarer } from "./carer.js";
import { toldChildrenUnminded } from "./childcare.js";
import { namesCarer, toldChore, toldChoreElsewhere } from "./chores.js";
import {
  contentWords,
  type FeatureOptions,
  featureTerms,
  isContentWord,
  type SparseVector,
  toldTerm,
} from "./features.js";
import { toldLanguageBarrier, toldLanguageBarrierElsewhere } from "./learner.js";
import {
  NO_OTHER_WORDS,
  type OtherWords,
  type OtherWordsIn,
  otherWordsIn,
} from "./negation-languages.js";
import { normalizeText, wordsOf } from "./normalize.js";
import { asksForOther } from "./other-request.js";
import { CUES, type Cue, type ReadWord, readMessage } from "./reading.js";
import { standardWords } from "./regional.js";
import { isOneSentence } from "./telling.js";
import { thanksAlone, toldThanks } from "./thanks.js";
import { plainWords } from "./told-need.js";
import type { MetWords } from "./told-not-asked.js";
import { toldWorkFound, toldWorkLost } from "./work.js";

/** A cue is one feature beside a unit-length word vector: this is its value (0.5, 1, 2, 3 and 5 were tried on dev; 3 won). */
const CUE_WEIGHT = 3;

// The callbacks and cue lists below are made once, not on every message: a callback made per
// call keeps its optimised code only while some call holds it, so every full collection
// dropped it and the next messages waited for it to be compiled again (bench nlu's CPU tail).
const ASKING: readonly Cue[] = ["request", "question", "inability"];
const REQUESTING: readonly Cue[] = ["request", "question"];
const NO_STORY: readonly Cue[] = ["request", "satisfied", "elsewhere", "schoolwork"];
const SATISFIED: readonly Cue[] = ["satisfied", "settled", "schoolwork"];
const hasAny = (cues: ReadonlySet<Cue>, wanted: readonly Cue[]) => {
  for (const cue of wanted) if (cues.has(cue)) return true;
  return false;
};
/** The indexes into CUES of a reading's cues. */
const cueIndexes = (cues: ReadonlySet<Cue>): number[] => {
  const indexes: number[] = [];
  for (let i = 0; i < CUES.length; i++) if (cues.has(CUES[i] as Cue)) indexes.push(i);
  return indexes;
};
export const isNegated = (w: ReadWord) => w.negated;
const notBorrowed = (w: ReadWord) => !w.borrowed;
const wordOf = (w: ReadWord) => w.word;
const readPlainly = (w: ReadWord): ReadWord => ({ ...w, negated: false });
/** A segment's negated words read plainly, or nothing when none is. */
const refusedIn = (segment: readonly ReadWord[]): ReadWord[][] => {
  const words = segment.filter(isNegated).map(readPlainly);
  return words.length === 0 ? [] : [words];
};

const noOtherWords: OtherWordsIn = () => NO_OTHER_WORDS;

/**
 * The other languages' words a model reads with, by the language of what it reads: those it
 * was built with (each language's own negations, negation-languages.ts), or none.
 */
export const wordsRead = (features: FeatureOptions): OtherWordsIn =>
  features.otherLanguages === undefined ? noOtherWords : otherWordsIn(features.otherLanguages);

/**
 * A message as the model sees it: feature terms, cues, and its segments; and what its story
 * tells, for the story readers. What only one reader asks, and only of a message whose need is
 * still open (most are decided before it asks), is read when first asked, once: getters on the
 * class, not closures made per message (see the note on callbacks above).
 */
export class ReadWords {
  /** The words the message's features are made of, in order (featureTerms; termsOf). */
  readonly featureWords: readonly ReadWord[];
  /** Whether its word and pair features are told ones (toldTerm): a message that only tells. */
  readonly toldFeatures: boolean;
  /** Indexes into CUES. */
  readonly cues: number[];
  readonly segments: readonly (readonly ReadWord[])[];
  readonly telling: ReadonlySet<number>;
  /** Segments joined by a word that adds (Reading.joined). */
  readonly joined: ReadonlySet<number>;
  /**
   * The segments that say what has become hard, in a message that asks nothing outright
   * and names nothing WeMi does not serve: where a story's need is (story.ts).
   */
  readonly story: readonly (readonly ReadWord[])[];
  /**
   * What the message refuses, its negated words read plainly («nu are nevoie de o
   * îngrijitoare»: a carer): a need no story of it asks for.
   */
  readonly refused: readonly (readonly ReadWord[])[];
  /** Tells and does not ask: see Ranking.tells. */
  readonly tells: boolean;
  /** Asks for something: a request, a question or an inability (the reading's cues). */
  readonly asks: boolean;
  /**
   * Asks outright: a request, a question or a want in another language's words; an inability
   * told is no request (carer.ts, learner.ts).
   */
  readonly requests: boolean;
  /** Asks nothing (no request, question or inability) and some piece of it tells. */
  readonly onlyTells: boolean;
  /**
   * Asks nothing WeMi does (good news, a need met, schoolwork, a pet's sitter, a complaint…):
   * see Ranking.satisfied.
   */
  readonly satisfied: boolean;
  /** Tells one's own job and asks nothing: see Ranking.employed. */
  readonly employed: boolean;
  readonly elsewhere: boolean;
  /** Looks for work or tells one's own trade (the reading's "work" cue), work not just found. */
  readonly seeksWork: boolean;
  /** A family carer who asks for themselves (carer.ts). */
  readonly asksAsCarer: boolean;
  /** A family carer who tells their own strain, in another language's words (carer.ts). */
  readonly wornCarer: boolean;
  /** Italian told as what stands in the way (learner.ts). */
  readonly languageBarrier: boolean;
  /** Italian in the way, told without naming it and asking nothing else (learner.ts). */
  readonly notUnderstood: boolean;
  /**
   * A person asked for, to speak with or to call back, and not refused (person-asked.ts,
   * reading.yaml): read piece by piece with the message, so known at once.
   */
  readonly personAsked: boolean;
  /** A person named and refused wherever named: never offered (refused.ts). */
  readonly personRefused: boolean;
  readonly #cues: ReadonlySet<Cue>;
  readonly #text: string;
  readonly #plain: string;
  readonly #other: OtherWords;
  readonly #hardPieces: readonly (readonly ReadWord[])[];
  #wellButIdle: boolean | undefined;
  #childrenUnminded: boolean | undefined;
  #elderUnattended: boolean | undefined;
  #workLost: boolean | undefined;
  #thanks: boolean | undefined;
  #callsAbout: boolean | undefined;
  #recommendationAsked: boolean | undefined;
  /** null: not read yet (undefined is a reading: no chore). */
  #chore: string | undefined | null = null;
  #carerNamed: boolean | undefined;

  constructor(
    text: string,
    features: FeatureOptions,
    correct: (word: string) => string,
    other: OtherWords,
    askedObjects: AskedObjectsReader,
  ) {
    const reading = readMessage(text, isContentWord, other);
    const segments = reading.segments.map((segment) =>
      segment.map(({ word, negated, borrowed }) => ({
        word: correct(word),
        negated: features.negation && negated,
        ...(borrowed ? { borrowed } : {}),
      })),
    );
    // The shipped model read the whole message as one bag of words: kept exactly, to compare.
    this.featureWords =
      features.negation || features.cues
        ? segments.flat().filter(notBorrowed)
        : contentWords(text).map((word) => ({ word: correct(word), negated: false }));
    const refused = segments.flatMap(refusedIn);
    const tells = reading.cues.has("statement");
    // What each piece that says what has become hard says, from where it starts saying it.
    const hardPieces = [...reading.hard].map(([i, from]) => (segments[i] ?? []).slice(from));
    // The whole message's words once, for the story cues that tell whose need it is.
    const plain = plainWords(text);
    const asks = hasAny(reading.cues, ASKING);
    const employed = !asks && !reading.cues.has("negation") && tellsOwnWork(text, other);
    // One's own job told («أنا أعمل colf عند عائلة…») is the work had, not sought.
    const seeksWork = reading.cues.has("work") && !toldWorkFound(plain) && !employed;
    const forOther = asksForOther(
      plain,
      { inability: reading.cues.has("inability"), seeksWork },
      askedObjects,
    );
    this.#cues = reading.cues;
    this.#text = text;
    this.#plain = plain;
    this.#other = other;
    this.#hardPieces = hardPieces;
    this.toldFeatures = features.told === true && tells;
    this.cues = features.cues ? cueIndexes(reading.cues) : [];
    this.segments = segments;
    this.telling = reading.telling;
    this.joined = reading.joined;
    // A refusal of something named beside the story («nu are nevoie de o îngrijitoare, dar nu
    // mai poate găti») says which need it is not, not that it asks none (story.ts).
    this.story =
      forOther ||
      hasAny(reading.cues, NO_STORY) ||
      (reading.cues.has("negation") && refused.length === 0)
        ? []
        : hardPieces;
    this.refused = refused;
    this.tells = tells;
    this.asks = asks;
    this.requests = hasAny(reading.cues, REQUESTING) || reading.wantsElsewhere;
    this.onlyTells = !asks && reading.telling.size > 0;
    this.satisfied = forOther || hasAny(reading.cues, SATISFIED);
    this.employed = employed;
    this.elsewhere = reading.cues.has("elsewhere");
    this.seeksWork = seeksWork;
    this.personAsked = reading.personAsked;
    this.personRefused = reading.personRefused;
    // Said in dialect too, in the standard words it stands for: «me serve quarcuno che m'ascolti».
    this.asksAsCarer =
      asksAsCarer(plain) ||
      asksAsCarer(standardWords(wordsOf(plain)).join(" ")) ||
      other.asksAsCarer(plain);
    this.wornCarer = other.wornCarer(plain);
    // In another language not where a word is asked: «Не подскажете, как по-итальянски…?» is
    // politely negated. A question beside the barrier asks for the course («no habla nada de
    // italiano, ¿hay cursos en la noche?»). Told without naming Italian too: «no entiendo lo que
    // me dicen», «لا أفهم ما تقوله المعلمة».
    this.languageBarrier =
      toldLanguageBarrier(plain) ||
      ((toldLanguageBarrierElsewhere(segments, other) || other.notUnderstood(plain)) &&
        !other.asksAWord(plain));
    this.notUnderstood = !asks && other.notUnderstood(plain);
  }

  /** An older person well in body and mind who spends the days alone (ageing.ts). */
  get wellButIdle(): boolean {
    this.#wellButIdle ??= toldWellButIdle(this.#plain) || this.#other.wellButIdle(this.#plain);
    return this.#wellButIdle;
  }

  /** A parent's children left without someone for some hours (childcare.ts). */
  get childrenUnminded(): boolean {
    this.#childrenUnminded ??=
      toldChildrenUnminded(this.#plain) || this.#other.childrenUnminded(this.#plain);
    return this.#childrenUnminded;
  }

  /** An older relative told as not to be left alone, in another language (home-care.ts). */
  get elderUnattended(): boolean {
    this.#elderUnattended ??= this.#other.elderUnattended(this.#plain);
    return this.#elderUnattended;
  }

  /** One's own work lost and oneself offered as a worker, in any language's words (work.ts). */
  get workLost(): boolean {
    this.#workLost ??= toldWorkLost(this.#plain) || this.#other.workLost(this.#plain);
    return this.#workLost;
  }

  /** A call asked about a subject: the subject decides the need (asked-object.ts). */
  get callsAbout(): boolean {
    this.#callsAbout ??= asksCallAbout(this.#text, this.#plain, this.#other);
    return this.#callsAbout;
  }

  /** The other languages' words a need told as met is read with (told-not-asked.ts). */
  get metWords(): MetWords {
    return this.#other;
  }

  /** A recommendation asked in another language's words (reading.yaml recommending). */
  get recommendationAsked(): boolean {
    this.#recommendationAsked ??= this.#other.recommending(this.#plain);
    return this.#recommendationAsked;
  }

  /**
   * Asks nothing, refuses nothing, and thanks or greets (thanks.ts): «non ci serve niente,
   * volevo solo ringraziarvi» says no need is left, out of scope.
   */
  get thanks(): boolean {
    this.#thanks ??=
      !this.asks &&
      !this.#cues.has("negation") &&
      (toldThanks(this.#plain) ||
        thanksAlone(this.#plain, this.tells || this.#cues.has("settled"), this.#other.thanks));
    return this.#thanks;
  }

  /** The one need the chores named tell, not of a worker's own trades (chores.ts). */
  get chore(): string | undefined {
    if (this.#chore === null)
      this.#chore =
        this.#cues.has("work") || this.workLost
          ? undefined
          : (toldChore(this.#plain) ??
            toldChoreElsewhere(this.#hardPieces, this.#other, this.#plain));
    return this.#chore;
  }

  get carerNamed(): boolean {
    this.#carerNamed ??= namesCarer(this.#plain);
    return this.#carerNamed;
  }
}

/** A message as the model sees it (ReadWords). */
export function readWords(
  text: string,
  features: FeatureOptions,
  correct: (word: string) => string = (word) => word,
  /** Other languages' words for the text's language, compiled once (wordsRead). */
  other: OtherWords = NO_OTHER_WORDS,
  /** What a request asks for (the catalogue's asked words); training reads no such thing. */
  askedObjects: AskedObjectsReader = NOTHING_ASKED,
): ReadWords {
  return new ReadWords(text, features, correct, other, askedObjects);
}

/**
 * «Trabajo como colf en una familia de Brera desde hace seis años», «kam punuar si colf për
 * dhjetë vjet»: one sentence that opens with one's own job (the other languages' own_work) and
 * has no word of wanting («…y busco otra familia» asks). A story of several sentences may go
 * on to what has become hard, and is left to the model.
 */
function tellsOwnWork(text: string, other: OtherWords): boolean {
  if (other.ownWork.length === 0 || !isOneSentence(text)) return false;
  const words = wordsOf(normalizeText(text));
  for (const word of words) if (other.wanting(word)) return false;
  for (const opening of other.ownWork) if (opensWith(words, opening)) return true;
  return false;
}

function opensWith(words: readonly string[], opening: readonly string[]): boolean {
  for (let i = 0; i < opening.length; i++) if (words[i] !== opening[i]) return false;
  return true;
}

/** A message's feature terms, as the model was trained on them. */
export function termsOf({ featureWords, toldFeatures }: ReadWords): string[] {
  const terms = featureTerms(featureWords.map(wordOf), featureWords.map(isNegated));
  return toldFeatures ? terms.map(toldTerm) : terms;
}

/** Appends the cue features after the word features' indexes. */
export function withCues(
  vector: SparseVector,
  cues: readonly number[],
  offset: number,
): SparseVector {
  if (cues.length === 0) return vector;
  const indexes = new Uint32Array(vector.indexes.length + cues.length);
  const values = new Float64Array(indexes.length);
  indexes.set(vector.indexes);
  values.set(vector.values);
  cues.forEach((cue, k) => {
    indexes[vector.indexes.length + k] = offset + cue;
    values[vector.values.length + k] = CUE_WEIGHT;
  });
  return { indexes, values };
}
