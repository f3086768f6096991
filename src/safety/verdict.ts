import { pastOpening } from "../language/cue-reading.js";
import type { PlaceSpans } from "../nlu/places.js";
import { unmutedText } from "./clauses.js";
import type { FoundCues } from "./cue-index.js";
import {
  type DangerModel,
  MODEL_SURE_ODDS,
  MODEL_SURE_ORDINARY_ODDS,
  modelOddsFor,
} from "./danger-model.js";
import { alarmOrBackground } from "./gentle.js";
import type { DangerKind, DangerSignal, DangerVerdict } from "./kinds.js";
import { modelInput } from "./model-input.js";
import { isCry, type Reading, readingOf } from "./reading.js";
import { framingOf, heardAlarms } from "./silencing.js";

/**
 * The verdict on one message: the cues' alarm first, else their caution (the gentle line),
 * else the model for what the cues miss, unless the message is silenced.
 */
export function createVerdict(
  findCues: (text: string) => FoundCues,
  model?: DangerModel,
): (text: string, places?: PlaceSpans) => DangerVerdict {
  return (text, places) => {
    const r = readingOf(text, findCues(text));
    const framing = framingOf(r);
    const { alarm, background } = alarmOrBackground(r, heardAlarms(r));
    const oddsOf = (read: Reading, withTopics = false): ModelRead => {
      const input = modelInput(read, withTopics);
      const odds = model && input.words > 0 ? model(input.text, places, r.text) : -Infinity;
      return { odds, input };
    };
    const whole = model && (alarm || !background) ? oddsOf(r) : undefined;
    // A cue's alarm on a message the model is sure is ordinary (a past told as history, a
    // figure of speech, someone else's story) is answered with the need and the gentle line,
    // which still gives 112 and 1522 (MODEL_SURE_ORDINARY_ODDS). A model that read nothing (a
    // cry that opens the message, a sentence about a topic) is sure of nothing. A wish to die is
    // never vetoed: told beside a request for a relative's carer, the request's words fill what
    // the model reads («busco una cuidadora para mi madre, pero … pienso en el suicidio»).
    const vetoed =
      alarm &&
      alarm.cue.role !== "self_harm" &&
      whole &&
      whole.input.words > 0 &&
      whole.odds < MODEL_SURE_ORDINARY_ODDS
        ? alarm
        : undefined;
    const cry = cryAlone(r);
    const signal =
      alarm && !vetoed ? signalOf(alarm) : cry && { kind: "distress" as const, cue: cry };
    if (signal) return { signal, silenced: framing.quiet };
    const caution = vetoed ?? background;
    if (caution) return { signal: null, silenced: true, caution: signalOf(caution) };
    if (!whole) return { signal: null, silenced: framing.quiet };
    // A model sure of danger is heard over a silencer that matched by chance or a request
    // (MODEL_SURE_ODDS); never over a joke (silencing.ts, framingOf).
    const heard = !framing.modelQuiet || (!framing.framed && whole.odds >= MODEL_SURE_ODDS);
    // What a figure of speech, a past or a resolution leaves is read on its own (clauses.ts).
    const rest =
      !heard && framing.byClause && alarms(whole) ? unmutedText(r, framing.past) : undefined;
    const restRead = rest === undefined ? undefined : readingOf(rest, findCues(rest));
    // A topic keeps its sentences from the model (a film's plot, the news), but a model sure of
    // danger on the whole message, the topic's sentences read too, is heard over it as over a
    // request: the topic matched words of a story that is the citizen's own.
    const sureOverTopic = () =>
      r.has("not_danger") && !framing.framed && oddsOf(r, true).odds >= MODEL_SURE_ODDS;
    const byModel =
      (heard && alarms(whole)) ||
      sureOverTopic() ||
      (restRead !== undefined &&
        !framingOf(restRead).modelQuiet &&
        oddsOf(restRead).odds >= MODEL_SURE_ODDS);
    return { signal: byModel ? { kind: "distress", cue: "model" } : null, silenced: framing.quiet };
  };
}

/** The model's odds on what it reads of a message, and how many words that is. */
interface ModelRead {
  readonly odds: number;
  readonly input: { readonly words: number };
}

const alarms = ({ odds, input }: ModelRead) => odds >= modelOddsFor(input.words);

const signalOf = (found: { cue: { role: string; source: string } }): DangerSignal => ({
  kind: found.cue.role as DangerKind,
  cue: found.cue.source,
});

/**
 * A call for help or despair alone, or after greetings only («ciao aiuto», «buongiorno, ho
 * paura», «non ce la faccio più»): the cry as written, or undefined.
 */
function cryAlone({ found, words }: Reading): string | undefined {
  const greetings = found.filter((f) => f.cue.role === "greeting");
  const greeted = pastOpening((at) =>
    Math.max(at, ...greetings.filter((f) => f.start === at).map((f) => f.end)),
  );
  return found.find((f) => isCry(f) && f.start === greeted && f.end === words.length)?.cue.source;
}
