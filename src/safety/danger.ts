import { pastOpening } from "../language/cue-reading.js";
import { loadPerLanguage } from "../language/lexicon.js";
import { compilePhrase, type Phrase, PhraseIndex } from "../language/phrases.js";
import { loadGreetings } from "../language/replies.js";
import { normalizeText } from "../nlu/normalize.js";
import { type DangerCues, dangerCuesSchema } from "./danger-cues.js";
import { type DangerModel, MODEL_SURE_ODDS, modelOddsFor, undoubled } from "./danger-model.js";
import {
  contrastAfter,
  HAN_CUE,
  HAN_TEXT,
  NOT_SERIOUS,
  reportsSpeech,
  SENTENCE_END,
  SOS_EMOJI,
  sentencesOf,
} from "./sentences.js";
import { happensToOthers, namesTeller } from "./whose.js";

/**
 * Someone may be in danger now: the bot answers with 112 and 1522 before anything else, never
 * with "I can't help" or a did-you-mean menu. Recognised by cue phrases written per language
 * (locales/<lang>/danger.yaml), read on every message in every language: a citizen writing
 * Italian in an English chat is still heard.
 */
export const DANGER_KINDS = ["violence", "self_harm", "collapse", "distress"] as const;
export type DangerKind = (typeof DANGER_KINDS)[number];

export {
  classifiedAsDanger,
  DANGER_INTENT,
  unlessSilenced,
} from "./classified.js";
export { type DangerCues, dangerCuesSchema } from "./danger-cues.js";

export interface DangerSignal {
  readonly kind: DangerKind;
  /** The cue that matched, as written in its file (for logs and the evaluation). */
  readonly cue: string;
}

/** What one reading of a message says about danger. */
export interface DangerVerdict {
  /** The alarm, or null when no one seems in danger. */
  readonly signal: DangerSignal | null;
  /**
   * The message is about something else, told as over, or a figure of speech: then no reader
   * that cannot name its cue (the model, the classifier) may raise an alarm.
   */
  readonly silenced: boolean;
  /**
   * Not an alarm, but not nothing: violence or thoughts of suicide told before it ended, in a
   * message asking for an everyday service («mi picchiava, ci siamo separati, cerco lavoro»). The
   * bot answers the request and adds one gentle line with 112 and 1522.
   */
  readonly caution?: DangerSignal;
}

/**
 * Reads one message: a signal when someone may be in danger. `verdict` gives the signal and
 * whether the message is silenced from one reading (a detector without it silences nothing).
 */
export type DangerDetector = ((text: string) => DangerSignal | null) & {
  readonly verdict?: (text: string) => DangerVerdict;
  /** The cues found in a message, alarms and framings alike, as `cueId` names them. */
  readonly cuesIn?: (text: string) => string[];
};

/** A cue's name across languages: its language, its role and its phrase as written. */
export const cueId = (language: string, role: string, source: string) =>
  `${language}\t${role}\t${source}`;

export function readDanger(detector: DangerDetector, text: string): DangerVerdict {
  return detector.verdict?.(text) ?? { signal: detector(text), silenced: false };
}

/** A message's verdict with the text it was read from. */
export interface DangerReading {
  readonly text: string;
  readonly verdict: DangerVerdict;
}

/**
 * A text's verdict, read once per update: the reading already made of this text (the safety
 * feature's, on the update's context), else a fresh one.
 */
export function verdictFor(
  text: string,
  kept: DangerReading | undefined,
  detector: DangerDetector,
): DangerVerdict {
  return kept?.text === text ? kept.verdict : readDanger(detector, text);
}

/** What a cue does when it is found: raise an alarm of its kind, or silence some. */
type Role =
  | DangerKind
  | "over"
  | "ended"
  | "not_danger"
  | "idiom"
  | "negation"
  | "long_ago"
  | "still"
  | "not_now"
  | "request"
  | "joke"
  | "resolved"
  | "cry"
  | "whom_to_ask"
  | "place"
  | "illness"
  | "nuisance"
  | "today"
  | "greeting";
const ROLES: readonly Role[] = [
  ...DANGER_KINDS,
  "over",
  "ended",
  "not_danger",
  "idiom",
  "negation",
  "long_ago",
  "still",
  "not_now",
  "request",
  "joke",
  "resolved",
  "cry",
  "whom_to_ask",
  "place",
  "illness",
  "nuisance",
  "today",
  "greeting",
];
const ALARMS: ReadonlySet<Role> = new Set(DANGER_KINDS);
/**
 * `over`, `ended`, `not_now`, `request` and `resolved` silence these kinds only: violence and suicide
 * stay dangerous.
 */
const SILENCED_WHEN_OVER: ReadonlySet<Role> = new Set(["collapse", "distress"]);

/** Kinds whose alarm stays whoever they happen to: a collapse or a crisis is silenced apart. */
const FULL_ANSWER_KINDS: ReadonlySet<Role> = new Set(["collapse", "distress"]);

interface Cue {
  readonly role: Role;
  /** The language whose file it was written in. */
  readonly language: string;
  readonly id: string;
  /** As written in its file (for logs and the evaluation). */
  readonly source: string;
}

/** A cue found in a message, at words [start, end). */
interface Found {
  readonly cue: Cue;
  readonly start: number;
  readonly end: number;
}

/** The greetings a message may open with, per language (locales/<lang>/replies.yaml). */
export type Greetings = Readonly<Record<string, readonly string[] | undefined>>;

/**
 * A detector over every language's cues, then the model (when given) for what the cues miss;
 * throws on a cue that cannot be read. Phrases that silence the cues silence the model too.
 * `greetings` may open a call for help that is otherwise alone («ciao aiuto», «hola, ayuda»).
 */
export function createDangerDetector(
  cuesByLanguage: Readonly<Record<string, DangerCues>>,
  model?: DangerModel,
  compile: (source: string) => Phrase = compilePhrase,
  greetings: Greetings = {},
): DangerDetector {
  const worded: Array<{ phrase: Phrase; value: Cue }> = [];
  const chinese: Array<{ alternatives: string[]; value: Cue }> = [];
  const roles = (language: string): Partial<Record<Role, readonly string[]>> => ({
    ...cuesByLanguage[language],
    greeting: greetings[language],
  });
  const languages = new Set([...Object.keys(cuesByLanguage), ...Object.keys(greetings)]);
  for (const language of languages) {
    const byRole = roles(language);
    for (const role of ROLES)
      for (const source of byRole[role] ?? []) {
        const value = { role, language, source, id: cueId(language, role, source) };
        if (HAN_CUE.test(source)) {
          chinese.push({ alternatives: source.split("|").filter((a) => a !== ""), value });
          continue;
        }
        try {
          worded.push({ phrase: undoubled(compile(source)), value });
        } catch (error) {
          throw new Error(`danger cues (${language}, ${role}): ${(error as Error).message}`);
        }
      }
  }
  const wordedIndex = new PhraseIndex(worded.map((cue) => cue.phrase));
  const byRole = (role: Role) => ROLES.indexOf(role);
  const findAll = (words: readonly string[]): Found[] => {
    const found: Found[] = [];
    wordedIndex.matches(words, (index, start, end) =>
      found.push({ cue: (worded[index] as (typeof worded)[number]).value, start, end }),
    );
    return found;
  };
  const cuesIn = (said: string) => {
    const text = said.replace(SOS_EMOJI, " sos ");
    const { words, sentenceOf } = sentencesOf(text);
    const all = findAll(words);
    // A cue in Chinese characters is found in its own sentence, so that a topic in another
    // («我看了新闻。我丈夫打我») does not silence it.
    if (HAN_TEXT.test(text))
      text.split(SENTENCE_END).forEach((said, index) => {
        const start = sentenceOf.indexOf(index);
        if (start === -1) return;
        const end = sentenceOf.lastIndexOf(index) + 1;
        const characters = normalizeText(said).replace(/\s+/gu, "");
        for (const cue of chinese)
          if (cue.alternatives.some((a) => characters.includes(a)))
            all.push({ cue: cue.value, start, end });
      });
    return { words, sentenceOf, all };
  };
  /**
   * What the cues say: the alarm they raise, whether the message is silenced, whether by the
   * citizen's own framing, and what the model may read of it (text and number of words).
   */
  const read = (
    text: string,
  ): {
    alarm: DangerSignal | null;
    caution: DangerSignal | null;
    quiet: boolean;
    /** Silenced for the model, which does not read the sentences about a topic. */
    modelQuiet: boolean;
    framed: boolean;
    forModel: string;
    modelWords: number;
  } => {
    const { words, sentenceOf, all } = cuesIn(text);
    const negatedAt = new Set(all.filter((f) => f.cue.role === "negation").map((f) => f.end));
    // A wish to die denied and then set against something in its own sentence («no quiero
    // morir pero tengo un cuchillo», «I don't want to die but I can't stop thinking about
    // it») is ambivalence: the denial does not cancel it.
    const ambivalent = (f: Found) =>
      f.cue.role === "self_harm" && contrastAfter(words, sentenceOf, f);
    const found = all.filter(
      (f) => f.cue.role !== "negation" && (!negatedAt.has(f.start) || ambivalent(f)),
    );
    const has = (role: Role) => found.some((f) => f.cue.role === role);
    const sentence = (f: Found) => sentenceOf[Math.min(f.start, words.length - 1)] ?? 0;
    // "Ho visto un film sulla violenza" is about the film; "mi picchia. Stasera ho il corso di
    // italiano" is not: a topic silences the cues of its own sentence only.
    const topics = found.filter((f) => f.cue.role === "not_danger");
    const topicSentences = new Set(topics.map(sentence));
    const aboutTopic = (f: Found) => topicSentences.has(sentence(f));
    // A finished past covers what was told up to it ("mi picchiava. È successo anni fa"), not
    // what comes after ("Mio padre è morto anni fa. Mio marito mi picchia").
    const longAgo = has("still")
      ? -1
      : Math.max(-1, ...found.filter((f) => f.cue.role === "long_ago").map(sentence));
    const told = (f: Found) => sentence(f) <= longAgo;
    const idioms = found.filter((f) => f.cue.role === "idiom");
    const inIdiom = (f: Found) =>
      idioms.some(
        (i) =>
          i.start < f.end &&
          f.start < i.end &&
          !reportsSpeech(words, { source: i.cue.source, start: i.start, end: i.end }, f.end),
      );
    const lastOf = (role: Role) =>
      Math.max(-1, ...found.filter((f) => f.cue.role === role).map((f) => f.start));
    const past = (has("over") || has("ended") || has("long_ago")) && !has("still");
    // A request is the background of the collapse or crisis told around it («è caduta a terra
    // in cucina, avrei bisogno di una badante», «cerco qualcuno, non si alza da solo dopo
    // l'operazione»), unless it is told after the request as today's news («avrei bisogno di
    // una badante, stamattina l'ho trovata a terra e non riesce a parlare bene»).
    const request = lastOf("request");
    const news = (f: Found) =>
      f.start > request &&
      found.some((t) => t.cue.role === "today" && t.start > request && t.start <= f.start);
    const asked = (f: Found) => !has("still") && request >= 0 && !news(f);
    // "Ho avuto un attacco di panico stanotte, ora dorme tranquilla": over now, whatever came
    // before; what is told after it is heard as new.
    const resolvedAt = Math.max(
      -1,
      ...found.filter((f) => f.cue.role === "resolved").map((f) => f.start),
    );
    const joking = has("joke") || NOT_SERIOUS.test(text);
    const notNow = new Set(found.filter((f) => f.cue.role === "not_now").map(sentence));
    const mildNotNow = (f: Found) =>
      SILENCED_WHEN_OVER.has(f.cue.role) && notNow.has(sentence(f)) && !has("still");
    // What is told before a situation ended, in a message asking for an everyday service ("mi
    // picchiava, ci siamo separati, ora cerco lavoro", "I used to be in an abusive
    // relationship, it's over, now I'm looking for cleaning work"), is the request's
    // background: violence and suicide there get the need's answer and one gentle line with
    // 112 and 1522 (a caution), not the full danger answer; what comes after the end is heard
    // as new ("ci siamo separati ma mi segue"). Either alone is not enough: over the 19
    // development writers 2 of 1,399 dangers ask for a service, neither saying it has ended.
    // Fine now (`resolved`) is not ended: «ieri mi ha stretto le mani al collo, ora sto bene,
    // cerco lavoro» keeps the full answer (he may still be there).
    const endedAt =
      has("request") && !has("still")
        ? Math.max(-1, ...found.filter((f) => f.cue.role === "ended").map((f) => f.start))
        : -1;
    const heard = found
      .filter(
        (f) =>
          ALARMS.has(f.cue.role) && !((past || asked(f)) && SILENCED_WHEN_OVER.has(f.cue.role)),
      )
      .filter((f) => !inIdiom(f) && !aboutTopic(f) && !told(f) && !mildNotNow(f))
      // "Over now" quiets a collapse or a crisis told before it; a beating or a wish to die
      // is not over because the citizen is fine tonight ("ieri mi ha picchiata, ora sto bene").
      .filter((f) => !joking && (!SILENCED_WHEN_OVER.has(f.cue.role) || f.start >= resolvedAt))
      .sort((a, b) => byRole(a.cue.role) - byRole(b.cue.role));
    // Someone else's violence or wish to die told calmly, as happening at times (in its own
    // sentence), before an end, or before a request for a service it is the background of
    // («mia madre ogni tanto dice che è stanca di vivere, poi ride», «mio padre con la demenza
    // grida che lo vogliono ammazzare, cerchiamo un gruppo per familiari»), is answered with
    // the gentle line, not the full answer; the citizen's own («a volte penso che sarebbe
    // meglio morire») keeps the rules above, and so does a story told after the request
    // («cercavo una badante, ma volevo dire che mio fratello picchia la mamma»). Over the 20
    // development writers, leaving one out: 8 fewer false alarms of 2,522, no danger fewer.
    // Before an end, or told before a request as its background.
    const storyBefore = Math.max(lastOf("ended"), lastOf("request"));
    const theirs = (f: Found) =>
      !has("still") &&
      !FULL_ANSWER_KINDS.has(f.cue.role) &&
      (notNow.has(sentence(f)) || f.start < storyBefore) &&
      happensToOthers(words, sentenceOf, { language: f.cue.language, start: f.start, end: f.end });
    // Blows the citizen denies («non mi ha mai picchiata», «lui non mi picchia, ma…»), in a
    // message asking for an everyday service: the control or the insults told beside them are
    // the request's background, answered with the need and the gentle line. Over the 20
    // development writers, leaving one out: 2 fewer false alarms of 2,521, no danger fewer.
    const deniesBlows =
      has("request") &&
      !has("still") &&
      all.some((f) => f.cue.role === "violence" && negatedAt.has(f.start));
    const besideDenial = (f: Found) => deniesBlows && f.cue.role === "violence";
    // Blows from someone whose illness explains them (dementia, autism), told by the carer
    // they fall on as happening at times, or as the background of a request for a carer or a
    // group («mio padre con l'Alzheimer la sera mi spinge, cerco una badante»): the need's
    // answer and the gentle line. Tonight, right now, again (`still`) keep the alarm, and so
    // does a blow told after the request or falling on someone else.
    const fromIllness = (f: Found) =>
      f.cue.role === "violence" &&
      has("illness") &&
      !has("still") &&
      (notNow.has(sentence(f)) || f.start < lastOf("request")) &&
      namesTeller(words, { language: f.cue.language, start: f.start, end: f.end });
    const gentle = (f: Found) => theirs(f) || besideDenial(f) || fromIllness(f);
    const background = heard.find((f) => f.start < endedAt || gentle(f));
    const first = heard.find((f) => f.start >= endedAt && !gentle(f));
    // A call for help alone, or after greetings only («ciao aiuto», «buongiorno, ho paura»).
    const greetings = found.filter((f) => f.cue.role === "greeting");
    const greeted = pastOpening((at) =>
      Math.max(at, ...greetings.filter((f) => f.start === at).map((f) => f.end)),
    );
    const cry = found.find(
      (f) => f.cue.role === "cry" && f.start === greeted && f.end === words.length,
    );
    const alarm = first
      ? { kind: first.cue.role as DangerKind, cue: first.cue.source }
      : cry && { kind: "distress" as const, cue: cry.cue.source };
    const caution =
      !alarm && background
        ? { kind: background.cue.role as DangerKind, cue: background.cue.source }
        : null;
    // The model cannot tell the kind; like a collapse, what is told as over is not an alarm
    // (a finished past, `long_ago` without `still`, is part of `past`).
    // What the model reads: the message without the sentences that tell an address, nor those
    // about a topic (a film, the news), which silence their own sentence only: «ho letto una
    // notizia sul giornale. ho un coltello in mano e non so cosa sto per fare» is heard.
    const addresses = new Set(found.filter((f) => f.cue.role === "place").map(sentence));
    const unread = new Set([...addresses, ...topicSentences]);
    const forModel =
      unread.size === 0
        ? text
        : text
            .split(SENTENCE_END)
            .filter((_, index) => !unread.has(index))
            .join(". ");
    const modelWords = sentenceOf.filter((index) => !unread.has(index)).length;
    const framing =
      past ||
      (has("request") && !has("still")) ||
      joking ||
      resolvedAt >= 0 ||
      idioms.length > 0 ||
      has("whom_to_ask") ||
      has("nuisance");
    // The classifier reads the whole message, topic and all: silenced by a topic anywhere.
    const quiet = framing || topics.length > 0;
    // Heard over by a model sure of danger: a silencer that matched by chance, not a joke or a
    // request for a service, which are the citizen's own framing.
    const framed = joking || has("request");
    return {
      alarm: alarm ?? null,
      caution,
      quiet,
      modelQuiet: framing,
      framed,
      forModel,
      modelWords,
    };
  };
  const verdict = (text: string): DangerVerdict => {
    const { alarm, caution, quiet, modelQuiet, framed, forModel, modelWords } = read(text);
    if (alarm) return { signal: alarm, silenced: quiet };
    if (caution) return { signal: null, silenced: true, caution };
    const odds = model && modelWords > 0 ? model(forModel) : undefined;
    // A model sure of danger is heard over a silencer that matched by chance (MODEL_SURE_ODDS).
    const heard = !modelQuiet || (!framed && odds !== undefined && odds >= MODEL_SURE_ODDS);
    const byModel = heard && odds !== undefined && odds >= modelOddsFor(modelWords);
    return { signal: byModel ? { kind: "distress", cue: "model" } : null, silenced: quiet };
  };
  return Object.assign((text: string) => verdict(text).signal, {
    verdict,
    cuesIn: (text: string) => cuesIn(text).all.map((f) => f.cue.id),
  });
}

/**
 * The detector over every language's locales/<lang>/danger.yaml, and the model if given;
 * `compile` may remember the compiled cues between runs (withCachedPhrases).
 */
export function loadDangerDetector(
  localesDir: string,
  model?: DangerModel,
  compile?: (source: string) => Phrase,
): DangerDetector {
  const cues = loadPerLanguage(localesDir, "danger.yaml", dangerCuesSchema);
  return createDangerDetector(cues, model, compile, loadGreetings(localesDir));
}
