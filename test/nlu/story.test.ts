import { describe, expect, it } from "vitest";
import type { Classification, Ranking } from "../../src/nlu/decision.js";
import { isContentWord } from "../../src/nlu/features.js";
import { readMessage } from "../../src/nlu/reading.js";
import { withAgreedStory, withStoryNeed } from "../../src/nlu/story.js";

/** What a story's sentences of difficulty say, from where the difficulty starts. */
const hardSentences = (text: string) => {
  const { segments, hard } = readMessage(text, isContentWord);
  return [...hard].map(([i, from]) =>
    (segments[i] ?? [])
      .slice(from)
      .map((w) => w.word)
      .join(" "),
  );
};

describe("the sentence of a story that says what has become hard", () => {
  it.each([
    [
      "buongiorno, mia mamma ha 88 anni, è caduta il mese scorso, vive da sola e non riesce più a cucinare",
      ["riesce piu cucinare"],
    ],
    [
      "Hello, my mum is 84, she lives alone and she fell last month, now she cant do the shopping and cleaning. We live in via padova 12",
      ["not shopping", "cleaning"],
    ],
    ["mia nonna non ce la fa più con le pulizie", ["ce fa piu pulizie"]],
    ["il nonno non cucina più, apre solo scatolette", ["cucina piu"]],
    ["my grandma is 88 and carrying bags up is impossible", ["carrying bags impossible"]],
  ])("%j: %j", (text, sentences) => {
    expect(hardSentences(text)).toEqual(sentences);
  });

  it.each([
    // Told of the past: the need was met, or is told, not felt now.
    "mia madre non riusciva più a cucinare, ora le portano i pasti",
    "non so più come fare",
    "non mi serve più la badante",
    "vive da sola e sta benissimo",
  ])("%j says nothing has become hard now", (text) => {
    expect(hardSentences(text)).toEqual([]);
  });

  it("a pet's trouble is no citizen's need", () => {
    expect(
      hardSentences("il mio gatto è anziano e non mangia più, conoscete un veterinario?"),
    ).toEqual([]);
  });
});

const ranking = (scores: Record<string, number>, outOfScope: number): Ranking => ({
  ranked: Object.entries(scores)
    .map(([intent, confidence]) => ({ intent, confidence }))
    .sort((a, b) => b.confidence - a.confidence),
  outOfScope,
  knownWords: 3,
});
const rejected: Classification = {
  text: "",
  intent: null,
  confidence: 0.12,
  alternatives: [],
  ambiguous: false,
};

describe("a story that asks nothing is about what it says has become hard", () => {
  // "… è caduta, vive da sola e non riesce più a cucinare": the whole story leans to a carer.
  const story = ranking({ badante: 0.52, pasti_domicilio: 0.23, saluto: 0.12 }, 0.05);
  const carer: Classification = { ...rejected, intent: "badante", confidence: 0.52 };

  it("takes the need of the sentence of difficulty, when the whole story counts it among its best", () => {
    const meals = ranking({ pasti_domicilio: 0.85, spesa_domicilio: 0.08 }, 0.01);
    const decision = withStoryNeed(carer, story, [meals]);
    expect(decision.intent).toBe("pasti_domicilio");
    expect(decision.also).toBeUndefined();
  });

  it("offers a second thing listed as hard as the second need", () => {
    const shopping = ranking({ spesa_domicilio: 0.85, pasti_domicilio: 0.01 }, 0.12);
    const cleaning = ranking({ colf: 0.7, saluto: 0.01 }, 0.28);
    const whole = ranking({ spesa_domicilio: 0.12, custode_sociale: 0.08, colf: 0.05 }, 0.6);
    const decision = withStoryNeed(rejected, whole, [shopping, cleaning]);
    expect(decision.intent).toBe("spesa_domicilio");
    expect(decision.also).toBe("colf");
  });

  it("keeps the decision when the sentence is unsure, or names a need the story does not lean to", () => {
    const unsure = ranking({ pasti_domicilio: 0.45 }, 0.3);
    expect(withStoryNeed(carer, story, [unsure])).toBe(carer);
    const elsewhere = ranking({ dsa: 0.9 }, 0.01);
    expect(withStoryNeed(carer, story, [elsewhere])).toBe(carer);
  });

  it("keeps the whole story's need when it is surer than the sentence is of its own", () => {
    // "… sta benissimo, prima andava sempre al circolo a giocare a bocce, adesso non esce più".
    const whole = ranking({ invecchiamento_attivo: 0.83, spesa_domicilio: 0.1 }, 0.02);
    const active: Classification = {
      ...rejected,
      intent: "invecchiamento_attivo",
      confidence: 0.83,
    };
    const goingOut = ranking({ spesa_domicilio: 0.7, invecchiamento_attivo: 0.2 }, 0.05);
    expect(withStoryNeed(active, whole, [goingOut])).toBe(active);
  });

  it("takes the sentence's need though the whole story leans to the carer the family refuses", () => {
    // «mama mea are 84 de ani și locuiește singură, nu are nevoie de o îngrijitoare, dar nu mai
    // poate găti»: age and living alone lean to a carer, surer than the sentence of its meals.
    const leaning = ranking({ badante: 0.9, pasti_domicilio: 0.05 }, 0.01);
    const refusing: Classification = { ...rejected, intent: "badante", confidence: 0.9 };
    const meals = ranking({ pasti_domicilio: 0.85, spesa_domicilio: 0.08 }, 0.01);
    const carer = ranking({ badante: 0.8, colf: 0.05 }, 0.05);
    expect(withStoryNeed(refusing, leaning, [meals], [carer]).intent).toBe("pasti_domicilio");
  });

  it("never takes the need the message refuses, nor reads a story beside a refusal of no named need", () => {
    const meals = ranking({ pasti_domicilio: 0.85, spesa_domicilio: 0.08 }, 0.01);
    // «… non riesce più a cucinare, ma i pasti a domicilio non li vuole».
    const refusedMeals = ranking({ pasti_domicilio: 0.8 }, 0.05);
    expect(withStoryNeed(rejected, story, [meals], [refusedMeals])).toBe(rejected);
    // «non sono io che ho bisogno, è mio marito: … non esce più di casa».
    const refusedNothing = ranking({ saluto: 0.2, colf: 0.1 }, 0.6);
    expect(withStoryNeed(rejected, story, [meals], [refusedNothing])).toBe(rejected);
  });

  it("never takes «non riesce a parlare» for a wish to talk to an operator", () => {
    const speaking = ranking({ operatore: 0.65 }, 0.02);
    const whole = ranking({ operatore: 0.2, badante: 0.1 }, 0.6);
    expect(withStoryNeed(rejected, whole, [speaking])).toBe(rejected);
  });
});

describe("a story the model leaves below the bar, where a piece of it agrees on the need", () => {
  // «Da ottobre torno al lavoro e al nido non c'è posto fino a febbraio. I nonni sono a Napoli.
  // Non so come organizzarmi.»: the whole story leans to childcare, under the bar.
  const story = "Da ottobre torno al lavoro e al nido non c'è posto. Non so come organizzarmi.";
  const refused: Classification = { ...rejected, text: story, confidence: 0.3 };
  const whole = ranking({ babysitter: 0.3, lavoro: 0.05 }, 0.45);
  const nursery = ranking({ babysitter: 0.7, lavoro: 0.1 }, 0.1);

  it("takes the need when the whole story and one of its asking pieces lean to it first", () => {
    const decision = withAgreedStory(refused, whole, [nursery], false);
    expect(decision.intent).toBe("babysitter");
    expect(decision.ambiguous).toBe(false);
  });

  it("keeps the refusal when no piece leans to the story's need, or only faintly", () => {
    const work = ranking({ lavoro: 0.6, babysitter: 0.2 }, 0.1);
    expect(withAgreedStory(refused, whole, [work], false)).toBe(refused);
    const faint = ranking({ babysitter: 0.2, lavoro: 0.1 }, 0.1);
    expect(withAgreedStory(refused, whole, [faint], false)).toBe(refused);
  });

  it("keeps the refusal of a story that asks nothing WeMi does, or of one sentence, or a question", () => {
    expect(withAgreedStory(refused, whole, [nursery], true)).toBe(refused);
    const oneSentence = { ...refused, text: "al nido non c'è posto per Bianca" };
    expect(withAgreedStory(oneSentence, whole, [nursery], false)).toBe(oneSentence);
    const asked = { ...refused, text: "Torno al lavoro. Sapete se il nido apre a luglio?" };
    expect(withAgreedStory(asked, whole, [nursery], false)).toBe(asked);
  });

  it("never takes a need no difficulty implies, however the readings agree", () => {
    const wemi = ranking({ info_wemi: 0.3, caf_patronato: 0.2 }, 0.3);
    const piece = ranking({ info_wemi: 0.6 }, 0.1);
    expect(withAgreedStory(refused, wemi, [piece], false)).toBe(refused);
  });
});
