/**
 * The needs told beside a danger: offered when asked after the talk turned, kept when the
 * message tells one plainly apart from the danger's own words. Kept apart from understand.ts,
 * which reads every first message and reply.
 */

import type { Intent } from "../catalogue/schema.js";
import { asksFor, type Classification, type ScoredIntent } from "../nlu/index.js";
import { GREETING_INTENT, OPERATOR_INTENT } from "../nlu/need.js";
import { DANGER_INTENT, wordsAfterTurn } from "../safety/danger.js";
import { clausesOf } from "../safety/sentences.js";
import type { Turn } from "./turn.js";

/** Needs never offered beside the danger answer: it offers a person itself. */
const NOT_BESIDE_DANGER: ReadonlySet<string> = new Set([
  DANGER_INTENT,
  GREETING_INTENT,
  OPERATOR_INTENT,
]);

/**
 * A need asked once the talk turned from danger («a volte mio marito alza le mani quando beve,
 * ma io volevo chiedere un corso di italiano»): offered as a button beside 112 and 1522, never
 * instead of them. Only words after the turn that ask are read, and only a sure need is
 * offered: over the 1,985 dangers of the development sets, without the asking it offered 5
 * needs nobody asked («…ma non so dove andare con due bambini»: babysitter), with it none.
 */
async function askedBesideDanger(turn: Turn, text: string): Promise<{ also?: Intent }> {
  const rest = wordsAfterTurn(text);
  if (!asksFor(rest)) return {};
  const need = await turn.readAsNeed(rest.join(" "), true, () => undefined);
  const intent = need.ambiguous ? undefined : turn.intentOf(need.intent);
  return intent && !NOT_BESIDE_DANGER.has(intent.id) ? { also: intent } : {};
}

/**
 * How sure the reading of a danger's whole message must be for its need to be kept. Over the
 * 2,857 dangers of the danger development sets, 213 read a need surely; below 0.5 they were
 * mostly the danger itself read as a need («non ho nessuno a Milano»: babysitter 0.47; a son
 * who beats his mother: custode sociale 0.24). Of the 19 read from 0.5 in danger-dev-41 and
 * -42, read by hand, 11 were a need nobody asked, 7 of them below 0.66 (two panic attacks read
 * as a caregiver at 0.52 and 0.65, a carer's «non posso perdere lavoro» as work at 0.56), and
 * 1 asked (meals at 0.65): a need not sure is not kept, so «where do I go?» next asks which
 * help instead of answering one never asked. 101 are kept from 0.66 (169 from 0.5).
 */
const TOLD_BESIDE_DANGER_FROM = 0.66;

/**
 * The needs beside a danger: one asked after the turn is offered (askedBesideDanger); one the
 * message tells plainly («…è caduta in bagno, non riesce più a lavarsi da sola»: a carer) is
 * only kept, not offered, so that «mi basta sapere dove andare» next gets its answer.
 */
export async function needsBesideDanger(
  turn: Turn,
  text: string,
): Promise<{ also?: Intent; told?: Intent; guessed?: true }> {
  const asked = await askedBesideDanger(turn, text);
  if (asked.also) return { also: asked.also, told: asked.also };
  const need = await turn.readAsNeed(text, true, () => undefined);
  const sure = surely(need);
  const enough = sure ? surely : guessable;
  const intent = enough(need) ? turn.intentOf(leaningOf(need).intent) : undefined;
  const answerable = intent && !NOT_BESIDE_DANGER.has(intent.id) && intent.services.length > 0;
  if (!answerable || !(await toldApart(turn, text, intent.id, enough))) return {};
  return sure ? { told: intent } : { told: intent, guessed: true };
}

/**
 * Below the bar a need beside a danger is only guessed: «where do I go?» next asks «Intendevi…?»
 * with it (session 36's 0.5, below which the model mostly read the danger itself as a need).
 */
const GUESSED_BESIDE_DANGER_FROM = 0.5;

const surely = (need: Classification) =>
  !need.ambiguous && leaningOf(need).confidence >= TOLD_BESIDE_DANGER_FROM;
const guessable = (need: Classification) =>
  leaningOf(need).confidence >= GUESSED_BESIDE_DANGER_FROM;
/**
 * The need a reading leans to, with its own probability. A silenced emergenza keeps its
 * confidence but not its intent: measured by it, «mio marito mi picchia, stanotte ho paura»
 * (emergenza 0.99) kept its first other need, a carer at 0.0014, as told. Over the older danger
 * development sets (model learnt from the older writers), measured so it kept 9 needs nobody
 * asked, in 8 writers' files (a badante's «sono la badante» as a carer, «fuori per lavoro» as
 * work, «non parlo bene italiano» as a course…), and missed one asked («cerco una badante per
 * mia mamma ma prima non so cosa fare con lui», now guessed).
 */
const leaningOf = (need: Classification): ScoredIntent =>
  need.intent !== null
    ? { intent: need.intent, confidence: need.confidence }
    : (need.alternatives[0] ?? { intent: "", confidence: 0 });

/**
 * The need read in the words apart from the danger: the clauses the danger reader does not
 * alarm on, together or one alone, read it surely. The model reads a carer in «mia madre con
 * l'alzheimer è uscita in vestaglia e non torna», a custode sociale in «nessuno se ne
 * accorgerebbe»: the danger's own words, no need told. Over the 2,857 dangers of the danger
 * development sets before -43, 101 needs were kept, read by hand mostly never asked (a parent
 * with dementia gone missing, a fall, a carer who beats, a wish to die); 25 now, every need asked
 * among them («cercavo un corso di italiano per adulti. Ah e un'altra cosa, mio cognato…»).
 */
async function toldApart(
  turn: Turn,
  text: string,
  intent: string,
  enough: (need: Classification) => boolean,
) {
  const calm: string[] = [];
  for (const clause of clausesOf(text)) if (!(await turn.dangerIn(clause)).alarm) calm.push(clause);
  for (const words of calm.length > 1 ? [calm.join(", "), ...calm] : calm) {
    const need = await turn.readAsNeed(words, true, () => undefined);
    if (enough(need) && leaningOf(need).intent === intent) return true;
  }
  return false;
}
/**
 * The need a clause asks surely, read apart from the story of violence told as ended beside it
 * («lui non mi picchia, ma… mi controlla i soldi. adesso però voglio solo trovare lavoro»:
 * emergenza 0.79 whole, lavoro 0.75 alone). Over the older danger development sets, of 16
 * gentle lines followed by a person offered, 6 now answer the need each writer asked (danger-dev,
 * -13, -14, -15, -20, -21: work ×3, a cleaner, a patronato, a person to talk to), none other.
 */
export async function needToldApart(turn: Turn, text: string) {
  for (const clause of clausesOf(text)) {
    if ((await turn.dangerIn(clause)).alarm) continue;
    const need = await turn.readAsNeed(clause, true, () => undefined);
    const told = !need.ambiguous && need.confidence >= TOLD_BESIDE_DANGER_FROM;
    const intent = told && need.intent !== GREETING_INTENT ? turn.intentOf(need.intent) : undefined;
    if (intent) return intent;
  }
  return undefined;
}
