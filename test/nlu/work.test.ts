// What a worker's own trade and the reading's «work» cue say: work sought, or a trade hired.

import { beforeAll, describe, expect, it } from "vitest";
import type { Classification, Ranking } from "../../src/nlu/decision.js";
import { isContentWord } from "../../src/nlu/features.js";
import { type IntentClassifier, loadClassifier } from "../../src/nlu/index.js";
import { readMessage } from "../../src/nlu/reading.js";
import { asWorkSought } from "../../src/nlu/work.js";

let classifier: IntentClassifier;
beforeAll(async () => {
  classifier = await loadClassifier();
});

const seeksWork = (text: string) => readMessage(text, isContentWord).cues.has("work");

describe("a worker who tells their trade and asks someone for another asks for that", () => {
  it.each([
    // Written for this test, in my own words, as a carer or a cleaner new to Italian writes.
    [
      "io lavoro come colf per una signora, lei 90 anni, vorrei trovare qualcuno che porta a lei la spesa il sabato",
      "spesa_domicilio",
    ],
    [
      "io lavoro badante giorno e notte, mio figlio 3 anni, cerco qualcuna che guarda lui mattina",
      "babysitter",
    ],
    // A working parent who names the job, then a girl for the children (session 27).
    [
      "Faccio la cuoca in un ristorante e attacco alle sette, mio marito è in fabbrica. Ci servirebbe una ragazza che porti i bambini all'asilo la mattina.",
      "babysitter",
    ],
  ])("%j", (text, need) => {
    expect(classifier.classify(text).intent).toBe(need);
  });

  it("asking for work, or someone who hires them, is still a job search", () => {
    expect(classifier.classify("io lavoro come colf, cerco lavoro anche la sera").intent).toBe(
      "lavoro",
    );
    expect(
      classifier.classify("faccio la badante da anni, cerco qualcuno che mi assuma a Milano")
        .intent,
    ).toBe("lavoro");
  });
});

describe("a worker who names their own trade looks for work", () => {
  it("a post named by its trade is a job search; a post offered is not", () => {
    expect(seeksWork("looking for caregiver job, i have 5 years experience")).toBe(true);
    expect(seeksWork("any cleaning work in Lorenteggio?")).toBe(true);
    expect(seeksWork("we are offering a nanny job, three afternoons a week")).toBe(false);
    expect(seeksWork("offro un lavoro come colf a ore")).toBe(false);
  });

  it.each([
    "faccio la babysitter da tre anni, cerco altre famiglie per il pomeriggio",
    "I work as a cleaner and I need more hours, can you help?",
    // The trades listed before the work is asked for lead no hiring.
    "io sono albanese, io pulizie, stiro, badante, tutto. Ho bisogno lavoro subito, abito a Quarto Oggiaro",
    // A post named by its trade, as non-native English says it.
    "i want babysitter job, i love kids",
    "kindly assist me to get job as housekeeper",
  ])("%j is read as looking for work, not as hiring", (text) => {
    expect(classifier.classify(text).intent).toBe("lavoro");
  });

  it.each([
    ["cerco una colf per stirare due volte a settimana", "colf"],
    ["no, I'm not looking for work, I need a nanny for my son", "babysitter"],
    ["non sono io che cerco lavoro, mi serve una tata per mia figlia", "babysitter"],
  ])("a family that hires still hires: %j", (text, intent) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });
});

describe("the reading's «work» cue", () => {
  it.each([
    "lavoro come colf in una famiglia, cerco altra famiglia",
    "faccio la badante da otto anni",
    "I've worked as a nanny for ten years",
    "looking for a job as a housekeeper",
    "Bună ziua, caut de lucru ca îngrijitoare",
    "busco trabajo de limpieza por horas",
    "шукаю роботу доглядальницею",
    // Colloquial words for a job, and Sinhala's job before its verb.
    "je cherche boulot baby-sitter urgent",
    "busco chamba de limpieza por horas",
    "procuro trampo de faxina",
    "mata colf wadak oney, part time",
    "මට badante වැඩක් ඕනේ",
    // Work needed in so many words (session 33).
    "necesito trabajo por horas, sé planchar y cocinar",
    "am nevoie de un loc de muncă, orice",
    "мені потрібна робота на вихідні",
    "kailangan ko ng trabaho, kahit part time",
    // A husband's or wife's search, and work asked whether there is any.
    "мій чоловік шукає роботу на будові",
    "муж ищет работу, любую",
    "soțul meu caută de lucru de o lună",
    "¿hay trabajo de limpieza por las mañanas?",
    "чи є робота доглядальниці на вихідні?",
    "есть ли работа для няни?",
    "y a-t-il du travail comme aide ménagère ?",
    // Neapolitan «fatica» is work after «cerco» (session 30).
    "cerco fatica comme cameriera o pe' stirà",
    // A post in a trade, oneself offered as one, part-time work, a job asked for (session 31).
    "caut un post de menajeră în weekend",
    "можу працювати доглядальницею, маю досвід",
    "могу быть сиделкой по ночам",
    "I'm looking for part-time work in the mornings",
    "babysitting වැඩක් තියෙනවද?",
    // The post named before the verb; a job asked as known of, in Tagalog (session 32).
    "trabajo de limpieza busco, por horas",
    "may alam po ba kayo na trabaho bilang yaya?",
  ])("%j looks for work or tells one's trade", (text) => {
    expect(seeksWork(text)).toBe(true);
  });

  it.each([
    "faccio da badante a mia madre da due anni",
    "non sono io che cerco lavoro, cerco una tata",
    "cerco una colf per due mattine",
    "my sister is looking after our dad",
    "cerco una signora che ha fatto la badante",
    "offriamo lavoro come badante convivente",
    "looking for someone with experience as a nanny",
    "je cherche une nounou pour mes enfants",
    "ammata badante kenek oni",
    // Work missing in one's country, or a job had.
    "en mi país no hay trabajo, por eso vine",
    "у мужа есть работа, а мне нужна няня",
    // A worker needed by a family, not work (session 33).
    "necesito una trabajadora para mi madre",
    "kailangan ko ng yaya para sa anak ko",
    // A family that cannot be there itself (session 31).
    "я працюю і не можу бути з мамою вдень",
  ])("%j does not: a family hires, or a family carer tells", (text) => {
    expect(seeksWork(text)).toBe(false);
  });
});

describe("a hiring need read with the cue", () => {
  const ranking: Ranking = {
    ranked: [
      { intent: "colf", confidence: 0.6 },
      { intent: "lavoro", confidence: 0.3 },
      { intent: "badante", confidence: 0.1 },
    ],
    outOfScope: 0,
    knownWords: 4,
  };
  const decision = (intent: string | null, also?: string): Classification => ({
    text: "x",
    intent,
    confidence: 0.6,
    alternatives: [],
    ambiguous: true,
    ...(also === undefined ? {} : { also }),
  });

  it("becomes looking for work, sure of it, and drops the same trade as a second need", () => {
    const read = asWorkSought(decision("colf", "badante"), ranking, true, false);
    expect(read).toMatchObject({ intent: "lavoro", ambiguous: false });
    expect(read.also).toBeUndefined();
    expect(read.alternatives.map((a) => a.intent)).toEqual(["colf", "badante"]);
  });

  it("keeps a second need of another kind («e un corso di italiano»)", () => {
    expect(asWorkSought(decision("colf", "corsi_italiano"), ranking, true, false).also).toBe(
      "corsi_italiano",
    );
  });

  it("looking for work already, is no longer asked whether hiring the trade was meant", () => {
    const unsure = {
      ...decision("lavoro"),
      alternatives: [{ intent: "badante", confidence: 0.3 }],
    };
    expect(asWorkSought(unsure, ranking, true, false).ambiguous).toBe(false);
    const other = { ...unsure, alternatives: [{ intent: "corsi_italiano", confidence: 0.3 }] };
    expect(asWorkSought(other, ranking, true, false).ambiguous).toBe(true);
  });

  it("leaves a refusal, another need, and a message without the cue as they were", () => {
    for (const read of [decision(null), decision("caf_patronato")])
      expect(asWorkSought(read, ranking, true, false)).toBe(read);
    expect(asWorkSought(decision("colf"), ranking, false, false).intent).toBe("colf");
  });

  it("a job asked for in another language, refused with work first, is looking for work («أريد أن أعمل ممرضة»)", () => {
    const spread: Ranking = {
      ...ranking,
      ranked: [ranking.ranked[1], ranking.ranked[0]] as Ranking["ranked"],
    };
    expect(asWorkSought(decision(null), spread, true, true).intent).toBe("lavoro");
    // In Italian or English the cue may only tell one's trade: a refusal stays one.
    expect(asWorkSought(decision(null), spread, true, false).intent).toBeNull();
  });

  it("a job asked for in another language, refused with its trade first and work next, is looking for work («Busco trabajo de niñera…»)", () => {
    const trade = (confidence: number): Ranking => ({
      ...ranking,
      ranked: [
        { intent: "babysitter", confidence },
        { intent: "lavoro", confidence: confidence * 0.7 },
        { intent: "corsi_italiano", confidence: 0.02 },
      ],
    });
    expect(asWorkSought(decision(null), trade(0.14), true, true).intent).toBe("lavoro");
    expect(asWorkSought(decision(null), trade(0.14), true, false).intent).toBeNull();
    // Barely the trade: one's own trade told, nothing asked («أعمل colf… والحمد لله», 0.01).
    expect(asWorkSought(decision(null), trade(0.01), true, true).intent).toBeNull();
  });
});
