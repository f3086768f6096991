// Work lost, found or told with what the teller can do (split from work.test.ts, session 36).

import { beforeAll, describe, expect, it } from "vitest";
import type { Ranking } from "../../src/nlu/decision.js";
import { type IntentClassifier, loadClassifier } from "../../src/nlu/index.js";
import { plainWords } from "../../src/nlu/told-need.js";
import { asWorkAfterLoss, toldWorkFound, toldWorkLost } from "../../src/nlu/work.js";
import { decided } from "../support/classification.js";

let classifier: IntentClassifier;
beforeAll(async () => {
  classifier = await loadClassifier();
});

// Stories written for these tests, in my own words.
const workLost = (text: string) => toldWorkLost(plainWords(text));

describe("a worker who lost their work and tells what they can do looks for work", () => {
  it.each([
    "Il supermercato dove facevo la cassiera ha chiuso a gennaio. Ho 49 anni, sono precisa e ho la patente, abito a Quarto Oggiaro.",
    "My contract at the hotel laundry ended in March. I'm 47, I can iron and cook and I can start straight away.",
    "sono a spasso da maggio, faccio di tutto, avete qualcosa per me?",
  ])("%j is read as looking for work, not refused", (text) => {
    expect(classifier.classify(text)).toMatchObject({ intent: "lavoro", ambiguous: false });
  });

  it.each([
    // A carer who lost her work asks for herself; a family that hires still hires.
    [
      "Ho perso il lavoro e mia madre ha l'Alzheimer, sono sfinita, vorrei parlare con qualcuno.",
      "caregiver",
    ],
    [
      "Ho perso il lavoro da poco e sono stanca, mi serve una badante per papà che non cammina più.",
      "badante",
    ],
  ])("a need asked in so many words keeps it: %j", (text, intent) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });
});

describe("work lost, told with oneself offered as a worker", () => {
  it.each([
    "sono stato licenziato dal magazzino, so guidare il furgone",
    "hanno chiuso la fabbrica e ho bisogno di uno stipendio",
    // The rent pressing, or nowhere to turn, with no verb of asking (session 22).
    "mi hanno licenziata a settembre e ho l'affitto da pagare",
    "I was laid off in May and I don't know where to turn",
    "la ditta di trasporti dove guidavo il furgone ha chiuso, da dove si comincia?",
    "I was laid off in May, I have ten years of experience in kitchens",
    // «A spasso» is out of work, in Italian and in Milanese.
    "sono a spasso da maggio, faccio di tutto",
    "son a spass de l'estaa, foo de tutt",
    // A student's income lost is work needed too.
    "my grant was cut in June and I need some income for the rent",
  ])("%j", (text) => {
    expect(workLost(text)).toBe(true);
  });

  it.each([
    // Work lost by someone else, or with nothing offered.
    "mio marito ha perso il lavoro, non riusciamo a pagare le bollette",
    "ho perso il lavoro e sono in ansia per l'affitto",
    // Skills without work lost.
    "so cucinare ma mia madre non mangia più da sola",
    // Out for a walk is no work lost.
    "sono a spasso col cane, so fare di tutto con gli animali",
    "la borsa di studio è finita e a luglio torno a casa",
  ])("%j is not", (text) => {
    expect(workLost(text)).toBe(false);
  });
});

describe("work just found asks for none", () => {
  it("a parent who found work and has children left alone after school wants a babysitter", () => {
    const text =
      "Ho appena trovato lavoro in un negozio fino alle sette, i miei figli hanno 7 e 10 anni e la scuola finisce alle 16. Chi li tiene?";
    expect(toldWorkFound(plainWords(text))).toBe(true);
    expect(classifier.classify(text).intent).toBe("babysitter");
  });

  it.each([
    "I've just been offered part-time work at a school",
    "mi hanno offerto un posto in mensa",
  ])("%j is work found", (text) => {
    expect(toldWorkFound(plainWords(text))).toBe(true);
  });

  it.each([
    "cerco lavoro come colf, non ho ancora trovato niente",
    "I need to find a job before the summer",
  ])("%j is no work found", (text) => {
    expect(toldWorkFound(plainWords(text))).toBe(false);
  });
});

describe("a reading turned to looking for work after a loss", () => {
  const ranking: Ranking = {
    ranked: [
      { intent: "colf", confidence: 0.3 },
      { intent: "lavoro", confidence: 0.2 },
      { intent: "badante", confidence: 0.1 },
    ],
    outOfScope: 0.4,
    knownWords: 12,
  };
  const decision = (intent: string | null, ambiguous: boolean) => decided(intent, ambiguous);
  /** Work lost told, in a message that tells no good news. */
  const LOST = {
    workLost: true,
    satisfied: false,
    languageBarrier: false,
    requests: false,
    seeksWork: false,
  };

  it("answers a refused or unsure story", () => {
    expect(asWorkAfterLoss(decision(null, false), ranking, LOST).intent).toBe("lavoro");
    expect(asWorkAfterLoss(decision("colf", true), ranking, LOST)).toMatchObject({
      intent: "lavoro",
      ambiguous: false,
    });
  });

  it("keeps a need read surely, and a story without the cue", () => {
    expect(asWorkAfterLoss(decision("colf", false), ranking, LOST).intent).toBe("colf");
    expect(
      asWorkAfterLoss(decision(null, false), ranking, { ...LOST, workLost: false }).intent,
    ).toBeNull();
  });
});

// Read by the learnt model since session 38, which removed the reader that turned these refusals
// into work (data/nlu/README.md, session 38, eng-nlu): each a story of the reader's own tests.
describe("a worker who tells what they can do and asks for a post looks for work", () => {
  it.each([
    "Good morning, I am having 5 years experience as housekeeper in hotels, any vacancy in Milano?",
    "ho esperienza come badante, c'è qualche lavoro per me?",
  ])("%j is read as looking for work, not refused", (text) => {
    expect(classifier.classify(text).intent).toBe("lavoro");
  });
});

describe("a worker who tells their past trade and what presses now looks for work", () => {
  // Session 34, my own sentences: the need is never asked, only the trade told in passing.
  it.each([
    "Ho fatto la colf per una famiglia di Brera finché si sono trasferiti. Adesso non ho nessun reddito.",
    "I worked as a carer in Bergamo for five years. I moved to Milan in May and I can start anytime.",
    "Ho lavorato come cameriera per tanti anni, accetterei anche di fare le pulizie.",
  ])("%j is work", (text) => {
    expect(classifier.classify(text).intent).toBe("lavoro");
  });
});
