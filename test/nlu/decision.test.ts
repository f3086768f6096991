import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../src/catalogue/load.js";
import { aloneReader } from "../../src/nlu/alone.js";
import { decide, decideWithSegments, type Ranking } from "../../src/nlu/decision.js";
import type { Thresholds } from "../../src/nlu/thresholds.js";

const thresholds: Thresholds = {
  minConfidence: 0.42,
  ambiguityMargin: 0.39,
  suggestConfidence: 0.36,
  alsoConfidence: 0.9,
};
const ranking = (meals: number, outOfScope: number): Ranking => ({
  ranked: [
    { intent: "pasti_domicilio", confidence: meals },
    { intent: "operatore", confidence: 0.002 },
  ],
  outOfScope,
  knownWords: 3,
});

describe("a segment that names a need, in a message that leans elsewhere", () => {
  // "pasti a domicilio per me stasera, sushi o pizza?": the first segment is sure of the meal
  // service, the whole message of a dinner for oneself.
  const text = "pasti a domicilio per me stasera, sushi o pizza?";
  const segments = [ranking(0.95, 0.04), ranking(0.01, 0.98)];

  it("is not taken for the need when the whole message is surely out of scope", () => {
    const decision = decideWithSegments(text, ranking(0.02, 0.97), segments, false, thresholds);
    expect(decision.intent).toBeNull();
  });

  it("is taken for it when the whole message leans to the same need, only unsure", () => {
    const decision = decideWithSegments(text, ranking(0.3, 0.2), segments, false, thresholds);
    expect(decision.intent).toBe("pasti_domicilio");
  });
});

describe("someone living alone, in a story that names no difficulty", () => {
  // A worried child's story: unsure between needs, the care of an older person alone first.
  const story: Ranking = {
    ranked: [
      { intent: "lavoro", confidence: 0.3 },
      { intent: "invecchiamento_attivo", confidence: 0.2 },
      { intent: "custode_sociale", confidence: 0.15 },
      { intent: "badante", confidence: 0.1 },
    ],
    outOfScope: 0.25,
    knownWords: 6,
  };
  const offered = (text: string, reader: ReturnType<typeof aloneReader>) => {
    const decision = decide(text, story, thresholds, reader);
    return decision.ambiguous ? decision.alternatives.map((a) => a.intent) : [];
  };

  it("is asked about with the carer and the social custodian first, by the shipped cues", async () => {
    const loaded = await loadCatalogue();
    if (!loaded.ok) throw new Error("the shipped catalogue does not load");
    const reader = aloneReader(loaded.catalogue.livesAlone);
    for (const text of [
      "mio papà ha 91 anni e vive da solo, io lavoro tutto il giorno",
      "my dad is 91 and lives on his own, I work all day and I'm worried",
    ])
      expect(offered(text, reader).slice(0, 2), text).toEqual(["custode_sociale", "badante"]);
  });

  it("is asked about care first in the other languages the bot reads, by the shipped cues", async () => {
    // A Romanian daughter who says «eu lucrez» about her own day is not asking for a job.
    const loaded = await loadCatalogue();
    if (!loaded.ok) throw new Error("the shipped catalogue does not load");
    const reader = aloneReader(loaded.catalogue.livesAlone);
    for (const text of [
      "mi padre tiene 91 años y vive solo en Bovisa, yo trabajo todo el día",
      "Bunica trăiește singură la Niguarda și eu lucrez de dimineața până seara",
      "мама живе сама, а я працюю з ранку до ночі",
      "папа живёт один, я работаю в Монце",
      "o meu pai mora sozinho no Gratosoglio e eu trabalho em Monza",
      "ma mère vit seule à Lambrate, je travaille toute la journée",
      "babai jeton vetëm në Bovisa, unë punoj gjithë ditën",
      "ang lola ko ay nakatira nang mag-isa sa Milano, nagtatrabaho ako buong araw",
      "أمي تعيش وحدها في ميلانو وأنا أشتغل طول النهار",
    ])
      expect(offered(text, reader).slice(0, 2), text).toEqual(["custode_sociale", "badante"]);
  });

  it("is asked about care first even when the story's telling outweighs every need", async () => {
    // «mio papà ha 91 anni e vive da solo vicino a Loreto, lavoro tutto il giorno e sono
    // preoccupata per lui»: custodian 0.26 under the told class (session 43).
    const loaded = await loadCatalogue();
    if (!loaded.ok) throw new Error("the shipped catalogue does not load");
    const told: Ranking = { ...story, outOfScope: 0.5 };
    const decision = decide(
      "mio papà ha 91 anni e vive da solo, io lavoro tutto il giorno",
      told,
      thresholds,
      aloneReader(loaded.catalogue.livesAlone),
    );
    expect(decision.ambiguous).toBe(true);
    expect(decision.alternatives.slice(0, 2).map((a) => a.intent)).toEqual([
      "custode_sociale",
      "badante",
    ]);
  });

  it("is read by a cue an admin adds to intents/_lives_alone.yaml, in any language", () => {
    const reader = aloneReader({
      description: "test",
      offered_first: ["custode_sociale"],
      cues: { it: ["vive (solo|sola)"], en: [], es: ["vive (solo|sola)"] },
    });
    const text = "mi padre tiene 91 años y vive solo, trabajo todo el día";
    expect(offered(text, reader)[0]).toBe("custode_sociale");
  });
});

describe("a message that says only whom the help is for", () => {
  // The model's confidence in a carer for «for my elderly grandmother» moved with each retraining
  // (0.59 taken, 0.30 refused): whatever it is, the citizen never said which help.
  const carer = (confidence: number): Ranking => ({
    ranked: [
      { intent: "badante", confidence },
      { intent: "custode_sociale", confidence: (1 - confidence) / 2 },
    ],
    outOfScope: (1 - confidence) / 2,
    knownWords: 2,
  });

  it.each([
    ["for my elderly grandmother", 0.59],
    ["per mia nonna anziana", 0.3],
    ["help for my mum", 0.95],
    ["ciao, per mio papà di 88 anni", 0.2],
  ])("«%s» (a carer at %s) is asked which help, a carer first", (text, confidence) => {
    const decision = decide(text, carer(confidence), thresholds);
    expect(decision.intent).toBeNull();
    expect(decision.ambiguous).toBe(true);
    expect(decision.alternatives[0]?.intent).toBe("badante");
  });

  it("a need named beside whom it is for is taken", () => {
    const decision = decide("badante per mia nonna anziana", carer(0.9), thresholds);
    expect(decision.intent).toBe("badante");
  });
});
