import { cueId, type DangerCues } from "./danger.js";
import { type LabelledText, type ModelReading, trainDangerModel } from "./danger-model.js";

/** One held-out message's log-odds, from a model that never saw its set. */
export interface HeldOutScore {
  readonly odds: number;
  readonly danger: boolean;
}

/**
 * Leave one set out: every development set in turn is scored by a model trained on the other
 * sets and the background examples (the catalogue's). A threshold picked on these scores is
 * picked on messages the model had not learned, unlike one picked on its training data, where
 * every set reads 100%.
 */
export function heldOutScores(
  sets: Readonly<Record<string, readonly LabelledText[]>>,
  background: readonly LabelledText[],
  reading?: ModelReading,
): HeldOutScore[] {
  const names = Object.keys(sets);
  return names.flatMap((held) => {
    const others = names.filter((name) => name !== held).flatMap((name) => sets[name] ?? []);
    const model = trainDangerModel([...others, ...background], reading);
    return (sets[held] ?? []).map((m) => ({ odds: model(m.text), danger: m.danger }));
  });
}

export interface OddsChoice {
  readonly odds: number;
  /** Held-out dangers the model alone recognises at these odds. */
  readonly recall: number;
  readonly falseAlarms: number;
}

/** Recall and false alarms of the model alone, on held-out scores, at the given odds. */
export function atOdds(scores: readonly HeldOutScore[], odds: number): OddsChoice {
  const dangers = scores.filter((s) => s.danger);
  const ordinary = scores.filter((s) => !s.danger);
  const share = (of: readonly HeldOutScore[]) =>
    of.length === 0 ? 0 : of.filter((s) => s.odds >= odds).length / of.length;
  return { odds, recall: share(dangers), falseAlarms: share(ordinary) };
}

/**
 * The lowest odds, rounded up to a half, at which the model alone raises at most
 * `maxFalseAlarms` of the held-out ordinary messages.
 */
export function chooseOdds(scores: readonly HeldOutScore[], maxFalseAlarms: number): OddsChoice {
  const ordinary = scores
    .filter((s) => !s.danger)
    .map((s) => s.odds)
    .sort((a, b) => b - a);
  const allowed = Math.floor(maxFalseAlarms * ordinary.length);
  let odds = Math.ceil((ordinary[allowed] ?? Number.NEGATIVE_INFINITY) * 2) / 2;
  if (odds === (ordinary[allowed] ?? Number.NaN)) odds += 0.5;
  return atOdds(scores, odds);
}

/**
 * The cues that match messages of one development set and of no other, by set: the phrases
 * written from that writer's messages, as far as the sets can tell (a cue written from a
 * set's message and matching another set's too generalised, and is kept). Leaving them out
 * when their set is held out reads that writer as the cues would have without them.
 */
export function cuesOnlyIn(
  sets: Readonly<Record<string, readonly LabelledText[]>>,
  cuesIn: (text: string) => readonly string[],
): Map<string, Set<string>> {
  const setsOf = new Map<string, Set<string>>();
  for (const [name, set] of Object.entries(sets))
    for (const message of set)
      for (const cue of cuesIn(message.text)) {
        const found = setsOf.get(cue) ?? new Set<string>();
        found.add(name);
        setsOf.set(cue, found);
      }
  const only = new Map<string, Set<string>>(Object.keys(sets).map((name) => [name, new Set()]));
  for (const [cue, found] of setsOf)
    if (found.size === 1) only.get([...found][0] as string)?.add(cue);
  return only;
}

/** Every language's cues but the ones named (by `cueId`). */
export function withoutCues(
  cuesByLanguage: Readonly<Record<string, DangerCues>>,
  left: ReadonlySet<string>,
): Record<string, DangerCues> {
  return Object.fromEntries(
    Object.entries(cuesByLanguage).map(([language, byRole]) => [
      language,
      Object.fromEntries(
        Object.entries(byRole).map(([role, phrases]) => [
          role,
          phrases?.filter((source) => !left.has(cueId(language, role, source))),
        ]),
      ),
    ]),
  );
}
