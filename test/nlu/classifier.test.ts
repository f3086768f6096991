import { beforeAll, describe, expect, it } from "vitest";
import { decide, type IntentClassifier, loadClassifier } from "../../src/nlu/index.js";

let classifier: IntentClassifier;
beforeAll(async () => {
  classifier = await loadClassifier();
});

describe("a citizen describes a need in their own words", () => {
  it.each([
    ["mia madre ha 87 anni e non riesce più a stare da sola", "badante"],
    ["badnte x mia nonna ke nn sta bn", "badante"],
    ["mio fligio e dislesico", "dsa"],
    ["cerco una donna delle pulizie 2 volte a settimana", "colf"],
    ["i pasti a casa x mio papà", "pasti_domicilio"],
    ["mi aiutate a fare l'isee?", "caf_patronato"],
    ["vorrei parlare con una persona", "operatore"],
    ["ciaooo", "saluto"],
    ["dove sono gli spazi wemi?", "info_wemi"],
  ])("%j is understood as %s", (text, intent) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });

  it.each([
    // Milanese, and the Italian of someone still learning it: a story with no request word.
    ["la mia mama l'è vegia, la pò pù stà de per lee e mi laori tutt el dì", "badante"],
    [
      "mio papà vecchio e malato, io lavoro tutto giorno, lui ha bisogno qualcuno sempre vicino",
      "badante",
    ],
    // Sardinian, Neapolitan and Venetian: work sought, a maid for the house.
    ["seu circhendi traballu, fazzo de totu", "lavoro"],
    ["me serve na criata", "colf"],
    ["cerchemo na massera do volte a setimana", "colf"],
    // Milanese: a job lost at a warehouse, work sought.
    ["g'hoo sessant'ann, m'hann lassaa a cà dal magazzin, cerchi un laorà", "lavoro"],
    // Neapolitan and Milanese work sought in words that are other words in Italian (session 33).
    ["sto cercanno fatica, qualunque cosa, so' arrivata a Milano da poco", "lavoro"],
    ["voeuri laurà, foo de tutt, sont chì de du mes", "lavoro"],
  ])("a story told in dialect or learner's Italian, %j, is understood as %s", (text, intent) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });

  it("a Neapolitan «coccosa pe' magnà» is read as meals at home without asking which", () => {
    expect(
      classifier.classify("la nonna nun cucina cchiù, coccosa pe' magnà a casa?"),
    ).toMatchObject({
      intent: "pasti_domicilio",
      ambiguous: false,
    });
  });

  it.each([
    ["my mum is 90 and can't live alone anymore, we need a live-in carer", "badante"],
    ["I am looking for a job", "lavoro"],
  ])("English: %j is understood as %s", (text, intent) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });
});

describe("messages that are not WeMi needs get no intent", () => {
  it.each([
    "aggiungi il latte alla lista della spesa",
    "che tempo fa domani a milano",
    "ordina una pizza margherita",
    "asdfgh",
    "🙂🙂🙂",
  ])("%j", (text) => {
    expect(classifier.classify(text).intent).toBeNull();
  });
});

describe("statements that only mention a need are not requests", () => {
  it.each([
    "la babysitter di mia cugina è simpaticissima",
    "stamattina ho portato i pasti a mia nonna",
    "la badante non ci serve più, grazie",
  ])("%j", (text) => {
    expect(classifier.classify(text).intent).toBeNull();
  });
});

describe("news about a service of a need is not a request", () => {
  it("«la psicomotricità a mia figlia è servita tantissimo» tells what it did", () => {
    expect(
      classifier.classify("la psicomotricità a mia figlia è servita tantissimo").intent,
    ).toBeNull();
  });

  it("«mia figlia ha la discalculia ma in matematica adesso va alla grande» is good news", () => {
    const news = "mia figlia ha la discalculia ma in matematica adesso va alla grande";
    expect(classifier.classify(news).intent).toBeNull();
  });
});

describe("a need said with the place where it is needed is still that need", () => {
  it.each([
    ["badante per mia madre a Porta Romana", "badante"],
    ["corso di italiano per mia moglie a Porta Romana", "corsi_italiano"],
    ["spesa a casa per la nonna a Porta Romana", "spesa_domicilio"],
  ])("%j is %s", (text, intent) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });
});

describe("a story that asks nothing is not rescued by a piece of it", () => {
  it.each([
    "la nostra colf Maria e bravissima, con i bambini ha tanta pazienza",
    "mia nipote e dislessica ma quest'anno ha preso tutti otto, ha trovato il suo modo",
  ])('%j ("e" typed for "è")', (text) => {
    expect(classifier.classify(text).intent).toBeNull();
  });
});

describe("a negated need is not the one asked for", () => {
  it.each([
    ["non cerco una colf: mi serve qualcuno che stia con mio padre di notte", "badante"],
    ["non voglio la babysitter, vorrei un corso di italiano per me", "corsi_italiano"],
    ["i pasti glieli preparo io, le manca solo chi le porti la spesa", "spesa_domicilio"],
    ["I don't need a babysitter, I need a cleaner", "colf"],
    ["non cerco il corso di nuoto, ha 4 anni, vorrei la psicomotricità", "psicomotricita"],
    ["non sono io che cerco lavoro, sono una mamma e cerco una tata", "babysitter"],
  ])("%j is %s", (text, intent) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });
});

describe("two needs in one message", () => {
  it("the main need comes with the second one to offer", () => {
    const result = classifier.classify(
      "cerco lavoro come badante e vorrei fare un corso di italiano",
    );
    expect([result.intent, result.also]).toEqual(["lavoro", "corsi_italiano"]);
  });

  it("two needs said with where the father lives are still both offered", () => {
    const result = classifier.classify(
      "mi servono una badante e i pasti a domicilio per mio padre, abita a Baggio",
    );
    expect([result.intent, result.also].sort()).toEqual(["badante", "pasti_domicilio"]);
  });

  it("a message with one need has no second one", () => {
    expect(classifier.classify("cerco una badante per mio padre").also).toBeUndefined();
  });
});

describe("places are where the citizen lives, not what they need", () => {
  it.each([
    "Quarto Oggiaro",
    "via Padova 120",
    "municipio 8",
    "zona 2",
    "Niguarda",
    "abito a Baggio",
    "I live in Lambrate",
  ])("%j alone states no need", (text) => {
    expect(classifier.classify(text).intent).toBeNull();
  });

  it.each([
    ["badante per mia madre a Quarto Oggiaro", "badante"],
    ["pasti a domicilio in via Padova", "pasti_domicilio"],
    ["corso di italiano zona Niguarda", "corsi_italiano"],
  ])("%j is still %s", (text, intent) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });

  it.each([
    ["badante a Quarto Oggiaro", "badante"],
    ["colf a Gratosoglio", "colf"],
  ])("%j, a need and a neighbourhood alone, is %s", (text, intent) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });

  it("the same need is as sure in any neighbourhood", () => {
    const sureness = (place: string) =>
      classifier.classify(`cerco una badante per mia madre a ${place}`).confidence;
    expect(sureness("Quarto Oggiaro")).toBe(sureness("Gratosoglio"));
    expect(sureness("Quarto Oggiaro")).toBe(sureness("via Padova 120"));
  });

  it("«corso» that starts a course, not a street, still asks for the course", () => {
    const text = "me serve un corso de italian par me mugèr";
    expect(classifier.classify(text).intent).toBe("corsi_italiano");
  });
});

describe("what the classifier returns", () => {
  it("a confidence in [0, 1] and ranked alternatives that exclude the chosen intent", () => {
    const result = classifier.classify("cerco una badante per mio padre");
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(result.alternatives.map((a) => a.intent)).not.toContain(result.intent);
    const confidences = result.alternatives.map((a) => a.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    expect(confidences.every((c) => c <= result.confidence)).toBe(true);
  });

  it("probabilities over every intent and no need sum to no more than one", () => {
    // No need is the stronger of out of scope and the told class the model learns from the
    // older writers (model.ts, session 37): the weaker one's share is not listed.
    const ranking = classifier.rank("ho bisogno di una mano con mia nonna");
    const total = ranking.ranked.reduce((sum, r) => sum + r.confidence, ranking.outOfScope);
    expect(ranking.outOfScope).toBeGreaterThanOrEqual(0);
    expect(total).toBeGreaterThan(0.5);
    expect(total).toBeLessThanOrEqual(1.001);
  });

  it("the same message always gets the same answer", () => {
    const text = "qualcuno che porti la spesa a mia zia";
    expect(classifier.classify(text)).toEqual(classifier.classify(text));
  });
});

describe("deciding from probabilities", () => {
  const thresholds = { minConfidence: 0.5, ambiguityMargin: 0.2, suggestConfidence: 0.3 };
  const ranking = (a: number, b: number, outOfScope: number, knownWords = 2) => ({
    ranked: [
      { intent: "badante", confidence: a },
      { intent: "caregiver", confidence: b },
    ],
    outOfScope,
    knownWords,
  });

  it("a message that only tells must be surer; below that it is asked about, not answered", () => {
    const gated = { ...thresholds, statementConfidence: 0.8 };
    const telling = { ...ranking(0.7, 0.1, 0.2), tells: true };
    expect(decide("x", telling, gated)).toMatchObject({ intent: null, ambiguous: true });
    expect(decide("x", { ...ranking(0.9, 0.05, 0.05), tells: true }, gated).intent).toBe("badante");
    expect(decide("x", ranking(0.7, 0.1, 0.2), gated).intent).toBe("badante");
  });

  it("accepts a clear winner", () => {
    expect(decide("x", ranking(0.9, 0.05, 0.05), thresholds)).toMatchObject({
      intent: "badante",
      ambiguous: false,
    });
  });

  it("flags two close intents as ambiguous, so the bot can ask 'Intendevi…?'", () => {
    expect(decide("x", ranking(0.55, 0.4, 0.05), thresholds)).toMatchObject({
      intent: "badante",
      ambiguous: true,
    });
  });

  it("rejects an unsure intent but still offers it as a suggestion", () => {
    const result = decide("x", ranking(0.4, 0.3, 0.3), thresholds);
    expect(result).toMatchObject({ intent: null, ambiguous: true });
    expect(result.alternatives[0]?.intent).toBe("badante");
  });

  it("asks which need when a need is sure but none of them is («cerco una persona per mia madre»)", () => {
    const sure = { ...thresholds, suggestConfidence: 0.6, suggestOutOfScope: 0.02 };
    const spread = (outOfScope: number) => ({
      ranked: [
        { intent: "operatore", confidence: 0.33 },
        { intent: "badante", confidence: 0.24 },
      ],
      outOfScope,
      knownWords: 3,
    });
    expect(decide("x", spread(0.01), sure)).toMatchObject({ intent: null, ambiguous: true });
    expect(decide("x", spread(0.2), sure)).toMatchObject({ intent: null, ambiguous: false });
  });

  it("rejects when out of scope is the likeliest reading", () => {
    expect(decide("x", ranking(0.3, 0.1, 0.6), thresholds)).toMatchObject({
      intent: null,
      ambiguous: false,
    });
  });

  it("rejects a message with no word the catalogue knows, whatever the probabilities say", () => {
    expect(decide("x", ranking(0.9, 0.05, 0.05, 0), thresholds).intent).toBeNull();
  });
});

describe("a reply typed when no question waits names no need", () => {
  it.each(["preferisco non dirlo", "ok", "non lo so", "prefer not to say", "va bene"])(
    "%j",
    (text) => {
      expect(classifier.classify(text).intent).toBeNull();
    },
  );

  it("a reply with a need in it still names the need", () => {
    expect(classifier.classify("no, cerco una badante per mia madre").intent).toBe("badante");
  });
});

describe("a message surely about some need, not which, is asked about", () => {
  // «per mia madre anziana» until session 36: the model that learns from the older writers,
  // whose bare «per mia madre»-like lines are mostly no need, refuses it without asking. Since
  // session 41 the question comes from what the message lacks (a need), not from a low score.
  it("«per mia nonna anziana» gets «Intendevi…?», a carer first, not a refusal", () => {
    const result = classifier.classify("per mia nonna anziana");
    expect(result.ambiguous).toBe(true);
    expect(result.intent ?? result.alternatives[0]?.intent).toBe("badante");
  });
});
