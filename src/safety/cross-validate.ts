import { type LabelledText, trainDangerModel } from "./danger-model.js";

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
): HeldOutScore[] {
  const names = Object.keys(sets);
  return names.flatMap((held) => {
    const others = names.filter((name) => name !== held).flatMap((name) => sets[name] ?? []);
    const model = trainDangerModel([...others, ...background]);
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
