// Work wished for in so many words (split from work.test.ts, session 36).

import { beforeAll, describe, expect, it } from "vitest";
import type { Ranking } from "../../src/nlu/decision.js";
import { type IntentClassifier, loadClassifier } from "../../src/nlu/index.js";
import { asWorkWished } from "../../src/nlu/work.js";
import { decided } from "../support/classification.js";

let classifier: IntentClassifier;
beforeAll(async () => {
  classifier = await loadClassifier();
});

describe("work wished for in so many words, in a story the model left unsure", () => {
  it.each([
    "Faccio il rider da quattro anni, sempre in bici tra Bovisa e Dergano. La schiena non regge più e vorrei cambiare mestiere, magari facendo un corso che mi dia una qualifica. Da dove si comincia?",
    "buongiorno signori, io Moldova, 52 anni, disponibile come badante convivente, anche fuori Milano va bene",
    "Non ho bisogno del CAF, ho già fatto tutto. Quello che mi manca è un lavoro part time",
  ])("is read as looking for work: %j", (text) => {
    expect(classifier.classify(text).intent).toBe("lavoro");
  });

  const ranking: Ranking = {
    ranked: [
      { intent: "badante", confidence: 0.3 },
      { intent: "colf", confidence: 0.2 },
      { intent: "lavoro", confidence: 0.15 },
    ],
    outOfScope: 0.3,
    knownWords: 10,
  };
  const read = (intent: string | null, ambiguous: boolean, text: string) => ({
    ...decided(intent, ambiguous),
    text,
  });

  it("turns a refused or unsure reading, never a sure one", () => {
    const text = "vorrei cambiare lavoro, sono stanca di fare la cassiera";
    expect(asWorkWished(read(null, false, text), ranking).intent).toBe("lavoro");
    expect(asWorkWished(read("badante", true, text), ranking).intent).toBe("lavoro");
    expect(asWorkWished(read("badante", false, text), ranking).intent).toBe("badante");
  });

  it.each([
    // A family asks for a worker who is available: that is hiring.
    "cerco una signora disponibile come badante convivente per mia madre",
    // Work refused is no work wished for.
    "non voglio cambiare lavoro, vorrei solo qualcuno per la nonna",
    // Missing something else is no job.
    "quello che manca è un posto dove parlare con altri genitori",
    // Anything an older person would do is an outing, not a job taken.
    "mia madre vorrebbe uscire, ballo, cucito, qualsiasi cosa con altre signore",
  ])("leaves %j", (text) => {
    expect(asWorkWished(read(null, false, text), ranking).intent).toBeNull();
  });

  // Written for this test, in my own words (session 29).
  it.each([
    "sono arrivato a Milano il mese scorso, faccio qualsiasi cosa, anche le pulizie",
    "finita la scuola alberghiera, mi va bene qualunque lavoro",
    "I'm new in Milan and I'll do anything, cleaning or kitchen work",
    "vorrei fare un corso per imparare un mestiere, ho 20 anni",
    "i figli sono grandi, vorrei guadagnare qualcosa anch'io con qualche ora di pulizie",
  ])("turns a refused %j, any work taken or a trade to learn, to work", (text) => {
    expect(asWorkWished(read(null, false, text), ranking).intent).toBe("lavoro");
  });

  it("turns a sure hiring of the trade the writer offers themselves for", () => {
    const offered =
      "ho 20 anni, studio, sono disponibile come badante nei weekend. Come mi candido?";
    expect(asWorkWished(read("badante", false, offered), ranking).intent).toBe("lavoro");
    const apply = "I've cared for my own grandmother for years, how do I apply as a carer?";
    expect(asWorkWished(read("badante", false, apply), ranking).intent).toBe("lavoro");
    // A family asks for someone available: the hiring stays.
    const family = "cerco una ragazza disponibile come badante nei weekend per mio nonno";
    expect(asWorkWished(read("badante", false, family), ranking).intent).toBe("badante");
  });

  // Written for this test, in my own words (session 30).
  it.each([
    "mia sorella vuole lavorare come badante, ha già fatto il corso in Moldavia",
    "my husband would like to work as a carer, he looked after his father for years",
    "faccio la commessa il sabato ma non basta, vorrei arrotondare con qualche ora da colf",
    "cerco una o due famiglie per arrotondare, stiro e pulisco bene",
  ])(
    "turns a sure hiring to work when the trade is wished for oneself or a relative: %j",
    (text) => {
      // Work ranked far below the trade the model read: the words still say whose side it is.
      const workLow: Ranking = {
        ...ranking,
        ranked: ["badante", "colf", "babysitter", "caregiver", "lavoro"].map((intent, i) => ({
          intent,
          confidence: 0.6 / (i + 1),
        })),
      };
      expect(asWorkWished(read("badante", false, text), workLow).intent).toBe("lavoro");
    },
  );

  it("leaves earning a little told of someone else, or a relative's wish beside a sitter asked", () => {
    for (const text of [
      "mio nipote fa il babysitter per arrotondare, è bravissimo coi bambini",
      "mia moglie vuole tornare a lavorare, ci serve una babysitter per la piccola",
    ])
      expect(asWorkWished(read("babysitter", false, text), ranking).intent).toBe("babysitter");
  });

  it("turns an Italian course read where the language is neither asked for nor a barrier", () => {
    const told =
      "Vengo dalla Moldavia, ho fatto la badante per dieci anni a Torino e parlo bene italiano. Adesso vorrei continuare a lavorare qui.";
    const withItalian: Ranking = {
      ...ranking,
      ranked: [
        { intent: "corsi_italiano", confidence: 0.6 },
        { intent: "lavoro", confidence: 0.2 },
      ],
    };
    expect(asWorkWished(read("corsi_italiano", false, told), withItalian).intent).toBe("lavoro");
    // The course asked, or the language told as what stands in the way: the course stays.
    for (const text of [
      "vorrei lavorare come colf, ma prima mi serve un corso di italiano",
      "vorrei lavorare, ma non capisco quando mi parlano e ho paura di sbagliare",
    ])
      expect(asWorkWished(read("corsi_italiano", false, text), withItalian).intent).toBe(
        "corsi_italiano",
      );
  });

  it("reads a story that ends «va bene qualsiasi cosa» as work, not as a need over", () => {
    const text =
      "Ho 21 anni e ho finito la scuola a Bari. Sono venuto a Milano da mio zio. Va bene qualsiasi cosa, anche un corso per imparare un mestiere.";
    expect(classifier.classify(text).intent).toBe("lavoro");
  });
});
