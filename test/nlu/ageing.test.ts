import { beforeAll, describe, expect, it } from "vitest";
import { asActiveAgeing, toldWellButIdle } from "../../src/nlu/ageing.js";
import type { Ranking } from "../../src/nlu/decision.js";
import { type IntentClassifier, loadClassifier } from "../../src/nlu/index.js";
import { plainWords } from "../../src/nlu/told-need.js";
import { decided } from "../support/classification.js";
import { catalogueReading } from "../support/other-words.js";

let classifier: IntentClassifier;
beforeAll(async () => {
  classifier = await loadClassifier();
});

describe("an older person who is well but spends the days alone wants activities with others", () => {
  it.each([
    "My grandad is 82 and still sharp, he reads the paper every morning, but since his friends passed he barely talks to anyone.",
    "My mum is fully independent at 76 but she's lonely, her days are long and empty since she stopped working.",
  ])("%j is ageing actively, not refused", (text) => {
    expect(classifier.classify(text)).toMatchObject({
      intent: "invecchiamento_attivo",
      ambiguous: false,
    });
  });

  it("a grandmother who no longer walks after a fall is not read as wanting activities", () => {
    const text =
      "La nonna ha 85 anni e la testa c'è, ma dopo la caduta non cammina più e non esce più di casa, si annoia.";
    expect(toldWellButIdle(plainWords(text))).toBe(false);
    expect(classifier.classify(text).intent).not.toBe("invecchiamento_attivo");
  });
});

describe("the words of a well older person alone all day", () => {
  it.each([
    "mio padre è autonomo, ma da quando è in pensione si annoia",
    "la zia è una scheggia però non vede mai nessuno",
    "she's in good health but spends her days in front of the TV",
    "mia suocera è attivissima ma qui non conosce coetanei, sta chiusa in casa",
    "Dad is 70 and very active, but since the move he's stuck at home and would like to meet people",
    // Session 29, second round: the empty days told by how they are spent.
    "mio nonno va ancora al bar a leggere il giornale ma poi sta in casa tutto il giorno",
    "my aunt is perfectly fit yet she sits in her flat all day, she doesn't know a soul here",
    "la nonna è arzilla, vorrebbe trovare un po' di gente per fare due chiacchiere",
    // No wellness told, but others of her age sought for the empty days.
    "mia suocera sta sempre in casa da sola, c'è qualcosa con altre signore della sua età?",
    "grandma is so bored at home, are there any clubs for pensioners nearby?",
  ])("%j: well, and idle alone", (text) => {
    expect(toldWellButIdle(plainWords(text))).toBe(true);
  });

  it.each([
    // Well, with nothing lonely told.
    "mia madre sta benissimo, grazie",
    // Lonely, with nothing told of being well: may be care.
    "mio padre non esce più e non vede nessuno",
    // Well in the mind only.
    "sta bene di testa ma non di gambe e non esce più",
    // Others of her age already met, nothing idle told.
    "mia madre va al centro anziani il martedì e si diverte",
  ])("%j is not", (text) => {
    expect(toldWellButIdle(plainWords(text))).toBe(false);
  });
});

describe("a reading turned to activities with others", () => {
  const ranking: Ranking = {
    ranked: [
      { intent: "badante", confidence: 0.3 },
      { intent: "invecchiamento_attivo", confidence: 0.25 },
      { intent: "spesa_domicilio", confidence: 0.1 },
    ],
    outOfScope: 0.35,
    knownWords: 8,
  };
  const decision = (intent: string | null, ambiguous: boolean) => decided(intent, ambiguous);

  it("answers a refused or unsure story", () => {
    expect(asActiveAgeing(decision(null, false), ranking, { wellButIdle: true }).intent).toBe(
      "invecchiamento_attivo",
    );
    expect(asActiveAgeing(decision("badante", true), ranking, { wellButIdle: true })).toMatchObject(
      {
        intent: "invecchiamento_attivo",
        ambiguous: false,
      },
    );
  });

  it("reads the activities when the custodian was read first and they second (session 29)", () => {
    const both = { ...decision("custode_sociale", false), also: "invecchiamento_attivo" };
    const read = asActiveAgeing(both, ranking, { wellButIdle: true });
    expect(read.intent).toBe("invecchiamento_attivo");
    expect(read.also).toBeUndefined();
    expect(asActiveAgeing(both, ranking, { wellButIdle: false }).intent).toBe("custode_sociale");
  });

  it("keeps the other need asked beside an unsure custodian: the shopping stays offered (round 2)", () => {
    const withShopping = { ...decision("custode_sociale", true), also: "spesa_domicilio" };
    expect(asActiveAgeing(withShopping, ranking, { wellButIdle: true })).toMatchObject({
      intent: "invecchiamento_attivo",
      also: "spesa_domicilio",
    });
  });

  it("keeps a need read surely, and danger", () => {
    expect(asActiveAgeing(decision("badante", false), ranking, { wellButIdle: true }).intent).toBe(
      "badante",
    );
    expect(asActiveAgeing(decision("emergenza", true), ranking, { wellButIdle: true }).intent).toBe(
      "emergenza",
    );
  });
});

describe("an older person well but idle, told in another language's words (locales/<lang>/reading.yaml)", () => {
  let told: (text: string) => boolean;
  beforeAll(async () => {
    const read = await catalogueReading();
    told = (text) => read(text).wellButIdle;
  });

  // Written for these tests, in my own words.
  it.each([
    "Mi abuelo tiene 80, está sano y lúcido, pero desde que murió su amigo no habla con nadie",
    "Minha sogra tem 74, está bem de saúde, mas passa o dia todo em casa",
    "Tatăl meu e sănătos, dar de când s-a pensionat se plictisește",
    "Тато здоровий, але ні з ким не спілкується, бо тут нікого не знає",
    "Бабушка бодрая, но целыми днями дома смотрит телевизор",
    "Si lolo malakas pa, pero walang kausap maghapon",
    "Ma mère est en pleine forme mais elle ne voit personne de la semaine",
    "جدي صحته كويسة بس قاعد في البيت ومش بيكلم حد",
  ])("%j", (text) => {
    expect(told(text)).toBe(true);
  });

  it.each([
    // Well, and nothing told of the days: no activities asked.
    "Mi abuela está sana, gracias a Dios",
    // Alone and idle, with nothing told of being well: care, meals or a visit may be the need.
    "Бабушка целыми днями дома, после падения боится выходить",
  ])("%j is not", (text) => {
    expect(told(text)).toBe(false);
  });
});
