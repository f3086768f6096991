import { describe, expect, it } from "vitest";
import type { Classification, Ranking } from "../../src/nlu/index.js";
import {
  confirmedRunnerUp,
  hiredPair,
  inAskedOrder,
  secondNeed,
  twoSplitNeeds,
  withSecondNeed,
} from "../../src/nlu/two-needs.js";

const ranking = (scores: Record<string, number>, outOfScope = 0.01, knownWords = 2): Ranking => ({
  ranked: Object.entries(scores)
    .map(([intent, confidence]) => ({ intent, confidence }))
    .sort((a, b) => b.confidence - a.confidence),
  outOfScope,
  knownWords,
});

describe("a message asking for two needs", () => {
  it("offers the need of another segment when that segment is sure of it", () => {
    const segments = [ranking({ badante: 0.95 }), ranking({ caf_patronato: 0.93 })];
    expect(secondNeed("badante", segments, 0.9)).toBe("caf_patronato");
  });

  it("offers nothing when the other segment is unsure, out of scope or only a greeting", () => {
    expect(secondNeed("badante", [ranking({ colf: 0.6 })], 0.9)).toBeUndefined();
    expect(secondNeed("badante", [ranking({ colf: 0.95 }, 0.99)], 0.9)).toBeUndefined();
    expect(secondNeed("badante", [ranking({ saluto: 0.99 })], 0.9)).toBeUndefined();
  });

  it("is understood even when its probability is split between the two needs", () => {
    const whole = ranking({ pasti_domicilio: 0.45, spesa_domicilio: 0.4 });
    const segments = [ranking({ pasti_domicilio: 0.96 }), ranking({ spesa_domicilio: 0.94 })];
    expect(twoSplitNeeds(whole, segments, 0.55, 0.9)).toEqual({
      intent: "pasti_domicilio",
      also: "spesa_domicilio",
    });
  });

  it("a split without a sure segment for each need stays unsure", () => {
    const whole = ranking({ badante: 0.45, caregiver: 0.4 });
    expect(twoSplitNeeds(whole, [ranking({ badante: 0.96 })], 0.55, 0.9)).toBeUndefined();
  });
});

describe("a trade a family hires and another need, one added to the other («e anche»)", () => {
  const cleaner = ranking({ colf: 0.99, lavoro: 0.01 });
  const nanny = ranking({ babysitter: 0.98, lavoro: 0.01 });

  it("are both meant when each piece surely names one, in the order asked", () => {
    expect(hiredPair("cerco una colf e anche una baby sitter", [cleaner, nanny])).toEqual({
      intent: "colf",
      also: "babysitter",
    });
  });

  it("are not a family's when a piece reads work sought", () => {
    // «sono colf e anche baby sitter, cerco lavoro»: a worker lists the trades offered.
    const work = ranking({ lavoro: 0.9, colf: 0.05 });
    expect(hiredPair("sono colf e anche baby sitter, cerco lavoro", [cleaner, nanny, work])).toBe(
      undefined,
    );
  });

  it("a person hired with a service added beside them are both meant, the person first as asked", () => {
    // «cerco una badante per mia madre e anche qualcuno che mi aiuti con la domanda di invalidità»
    const carer = ranking({ badante: 0.97, lavoro: 0.01 });
    const paperwork = ranking({ caf_patronato: 0.9, disabilita: 0.05 });
    expect(
      hiredPair("cerco una badante per mia madre e anche qualcuno per l'invalidità", [
        carer,
        paperwork,
      ]),
    ).toEqual({ intent: "badante", also: "caf_patronato" });
  });

  it("two services with no person hired are left to the model's reading", () => {
    const meals = ranking({ pasti_domicilio: 0.95 });
    const paperwork = ranking({ caf_patronato: 0.9 });
    expect(hiredPair("i pasti a domicilio e anche l'ISEE", [meals, paperwork])).toBeUndefined();
  });

  it("are not taken without a word that adds, nor with a piece unsure", () => {
    expect(hiredPair("cerco una colf, la babysitter ce l'ho", [cleaner, nanny])).toBeUndefined();
    const unsure = ranking({ babysitter: 0.5, colf: 0.3 });
    expect(hiredPair("cerco una colf e anche qualcuno", [cleaner, unsure])).toBeUndefined();
  });
});

describe("a second need two readings agree on", () => {
  // «My dad needs a carer in the mornings, and someone to bring his shopping once a week.»
  const whole = ranking({ badante: 0.5, spesa_domicilio: 0.3, colf: 0.05 });
  const carer = ranking({ badante: 0.85, caregiver: 0.08 });
  const shopping = ranking({ spesa_domicilio: 0.7, colf: 0.04 });

  it("is offered when the whole message leans to it second and a piece of it asks for it", () => {
    expect(confirmedRunnerUp("badante", whole, [carer, shopping])).toBe("spesa_domicilio");
  });

  it("is not offered when no piece asks for the main need on its own", () => {
    // «non mi serve un'altra badante, ce l'abbiamo già. Ho bisogno io di parlare con qualcuno»
    expect(confirmedRunnerUp("badante", whole, [ranking({ colf: 0.3 }), shopping])).toBeUndefined();
  });

  it("is not offered when the piece is unsure or the whole message barely leans to it", () => {
    expect(
      confirmedRunnerUp("badante", whole, [carer, ranking({ spesa_domicilio: 0.5 })]),
    ).toBeUndefined();
    const barely = ranking({ badante: 0.9, spesa_domicilio: 0.05 });
    expect(confirmedRunnerUp("badante", barely, [carer, shopping])).toBeUndefined();
  });

  it("is not read in a long story, whose sentences tell more than they ask", () => {
    const story = [carer, ranking({ lavoro: 0.4 }), ranking({ saluto: 0.9 }), shopping];
    expect(confirmedRunnerUp("badante", whole, story)).toBeUndefined();
  });
});

describe("two needs keep the order they were asked in", () => {
  it("the need of the earlier segment leads, whichever weighs more in the whole message", () => {
    const segments = [ranking({ badante: 0.95 }), ranking({ caf_patronato: 0.97 })];
    expect(inAskedOrder({ intent: "caf_patronato", also: "badante" }, segments)).toEqual({
      intent: "badante",
      also: "caf_patronato",
    });
    expect(inAskedOrder({ intent: "badante", also: "caf_patronato" }, segments)).toEqual({
      intent: "badante",
      also: "caf_patronato",
    });
  });
});

describe("a place-named message read both without its place and whole", () => {
  const read = (intent: string | null, runnerUp: string, also?: string): Classification => ({
    text: "una badante e i pasti a domicilio, abito a Baggio",
    intent,
    confidence: 0.5,
    alternatives: [{ intent: runnerUp, confidence: 0.4 }],
    ambiguous: also === undefined,
    ...(also === undefined ? {} : { also }),
  });

  it("keeps both needs when the reading without the place hesitates between the same two", () => {
    const whole = read("badante", "pasti_domicilio", "pasti_domicilio");
    expect(withSecondNeed(read("badante", "pasti_domicilio"), whole).also).toBe("pasti_domicilio");
  });

  it("offers no second need beside no need at all", () => {
    const whole = read(null, "pasti_domicilio", "pasti_domicilio");
    expect(withSecondNeed(read(null, "pasti_domicilio"), whole).also).toBeUndefined();
  });
});
