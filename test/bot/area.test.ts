import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDirectory } from "../../src/directory/index.js";
import type { TestUser } from "../../src/emulator/bot-api-emulator.js";
import { distanceKm } from "../../src/geo/index.js";
import { resolver } from "../geo/resolver-fixture.js";
import { citizen, type Harness, startHarness } from "../support/harness.js";
import {
  answerTo,
  cardOf,
  isAnswer,
  isPlaceQuestion,
  readUntil,
  shown,
  spacesIn,
} from "./story.js";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
});

const says = (user: TestUser, text: string) => harness.emulator.sendText(user, text);
const allSaid = async (user: TestUser, done: Parameters<typeof readUntil>[2]) =>
  (await readUntil(harness.emulator, user, done)).map(shown).join("\n");

/** A need answered for a first area: the dialogue now waits after the answer. */
async function answeredIn(user: TestUser, need: string, area: string) {
  says(user, need);
  await readUntil(harness.emulator, user, isPlaceQuestion);
  says(user, area);
  const answer = await answerTo(harness.emulator, user);
  // The first space follows as a venue.
  expect((await harness.emulator.nextBotMessage(user.id)).venue).toBeDefined();
  return answer;
}

describe("the area is said back in the citizen's own words, with its Municipio", () => {
  it.each([
    ["cerco una colf in via Padova 120", /Ho capito: via Padova 120 → Municipio 2/],
    ["cerco una colf a Gratosoglio", /Ho capito: Gratosoglio → Municipio 5/],
    ["cerco una colf, abito vicino alla metro Dateo", /Ho capito: metro Dateo → Municipio 3/],
  ])("«%s»", async (need, understood) => {
    const user = citizen("Ada");
    says(user, need);
    expect(await allSaid(user, isAnswer)).toMatch(understood);
  });

  it.each([
    ["it", "cerco una colf, abito a Bagio"],
    ["uk", "шукаю прибиральницю, живу в Баджо"],
    ["en", "I need a cleaner, I live in Баджо"],
  ])("(%s) «%s»: Baggio, not the register's whole name", async (lang, need) => {
    const user = citizen("Bogdana", lang);
    says(user, need);
    const said = await allSaid(user, (m) => /📍 .*Municipio/.test(shown(m)));
    expect(said).toMatch(/📍 .*: Baggio, Municipio 7\./);
    expect(said).not.toMatch(/Olmi|Valsesia/);
  });

  it.each([
    ["via Padova 120", /Ho capito: via Padova 120 → Municipio 2\./],
    ["120", /Ho capito: Via Padova 120 → Municipio 2\./],
  ])("asked the house number, «%s» is read with it", async (reply, understood) => {
    const user = citizen("Adele");
    says(user, "cerco una colf per mia madre che vive in via Padova");
    await readUntil(harness.emulator, user, (m) => /numero civico/.test(shown(m)));
    says(user, reply);
    expect(await allSaid(user, isAnswer)).toMatch(understood);
  });

  it("a town outside Milan is named: «Sesto San Giovanni, fuori Milano»", async () => {
    const user = citizen("Alba");
    says(user, "cerco una colf");
    await readUntil(harness.emulator, user, isPlaceQuestion);
    says(user, "Sesto San Giovanni");
    expect(await allSaid(user, isAnswer)).toMatch(/Ho capito: Sesto San Giovanni, fuori Milano/);
  });

  it("with a button to correct it, wherever an area is used or remembered", async () => {
    const user = citizen("Bice");
    await answeredIn(user, "mi serve una badante", "Niguarda");
    says(user, "cerco anche una colf");
    const messages = await readUntil(harness.emulator, user, isAnswer);
    const remembered = messages.find((m) => /Uso la zona che mi hai indicato/.test(shown(m)));
    expect(harness.emulator.buttonsOf(remembered as never).map((b) => b.text)).toContain(
      "✏️ Non è giusto, cambia zona",
    );
    const answer = messages.at(-1);
    expect(harness.emulator.buttonsOf(answer as never).map((b) => b.text)).toContain(
      "✏️ Non è giusto, cambia zona",
    );
  });
});

describe("a remembered neighbourhood is named by the part of its name the citizen used", () => {
  // The official names join several places: «Lodi - Corvetto» (Lodi is also a town), «Loreto -
  // Casoretto - NoLo». Its first part alone would name a place the citizen never said.
  it.each([
    ["Corvetto", "Corvetto, Municipio 4."],
    ["abito a NoLo", "Nolo, Municipio 2 / 3."],
    ["Niguarda", "Niguarda, Municipio 9."],
  ])("«%s»", async (area, named) => {
    const user = citizen("Dora");
    await answeredIn(user, "mi serve una badante", area);
    says(user, "cerco anche una colf");
    expect(await allSaid(user, isAnswer)).toContain(`Uso la zona che mi hai indicato: ${named}\n`);
  });
});

describe("a typed correction replaces the area and gives the answer again for it", () => {
  it("«in realtà abito a Gratosoglio, non a NoLo» right after an answer", async () => {
    const user = citizen("Carla");
    const first = await answeredIn(user, "mio figlio ha la dislessia", "NoLo");
    says(user, "in realtà abito a Gratosoglio, non a NoLo");
    const said = await allSaid(user, isAnswer);
    expect(said).toMatch(/Ho capito: Gratosoglio → Municipio 5/);
    expect(said).toMatch(/Dislessia|DSA/i);
    expect(spacesIn(first)).not.toEqual([]);
  });

  it.each([
    [
      "in realtà abito a Quarto Oggiaro, non a Gratosoglio",
      /Ho capito: Quarto Oggiaro → Municipio 8\./,
    ],
    ["non abito più a Gratosoglio, ora sto a Baggio", /Ho capito: Baggio → Municipio 7\./],
  ])("«%s»: the place denied is not taken with the new one", async (correction, understood) => {
    const user = citizen("Cleo");
    await answeredIn(user, "cerco una colf", "Gratosoglio");
    says(user, correction);
    const said = await allSaid(user, isAnswer);
    expect(said).toMatch(understood);
    expect(said).not.toMatch(/Municipio 5 \/|\/ 5|Gratosoglio →/);
  });

  // Session 35, a typed trial: a long story about a mother, then her street corrected behind
  // «scusate, ho sbagliato:». Before, the opening made it too long for a sentence about the
  // area: «Su questo non posso aiutarti».
  it("«scusate, ho sbagliato: mia madre abita in via Padova 120, non a Niguarda» after a story", async () => {
    const user = citizen("Rosa");
    says(
      user,
      "Buongiorno, vi scrivo per mia madre che ha 84 anni e vive da sola a Niguarda. Da quando è caduta non riesce più a fare la spesa e le scale sono un problema, e io lavoro tutto il giorno.",
    );
    expect(await allSaid(user, isAnswer)).toMatch(/Ho capito: Niguarda → Municipio 9/);
    says(user, "scusate, ho sbagliato: mia madre abita in via Padova 120, non a Niguarda");
    const said = await allSaid(user, isAnswer);
    expect(said).toMatch(/Ho capito: via Padova 120 → Municipio 2/);
    expect(said).toMatch(/Spesa a domicilio/);
  });

  // Session 35, a typed trial: the father's area and the writer's own, the writer's said after
  // the street with «ci abito io». Before, the father's «sta» was read for both: «Baggio →
  // Municipio 2 / 3 / 7».
  it("«anzi no, mio padre sta a Baggio, in via Padova ci abito io» at «Intendevi…?»", async () => {
    const user = citizen("Pia");
    says(
      user,
      "Salve, mio padre ha 85 anni e vive solo in via Padova 120, non riesce più a cucinare e mangia solo biscotti. Poi mio figlio di 7 anni esce da scuola alle 16 e io lavoro fino alle 19, mi servirebbe anche qualcuno che lo vada a prendere.",
    );
    await allSaid(user, (m) => /Intendevi|Dove rivolgerti/.test(shown(m)));
    says(user, "anzi no, mio padre sta a Baggio, in via Padova ci abito io");
    const said = await allSaid(user, (m) => /Ho capito/.test(shown(m)));
    expect(said).toMatch(/Ho capito: Baggio → Municipio 7\./);
    expect(said).not.toMatch(/Municipio 2 \/|\/ 7/);
  });

  it("an area alone right after an answer («Municipio 8»)", async () => {
    const user = citizen("Dora");
    await answeredIn(user, "cerco una badante per mio padre", "Municipio 2");
    says(user, "Municipio 8");
    const said = await allSaid(user, isAnswer);
    expect(said).toMatch(/Ho capito: Municipio 8/);
    expect(said).toMatch(/Municipio 8/);
  });

  it("a street alone of more words right after an answer («via dei Missaglia 117»)", async () => {
    const user = citizen("Delia");
    await answeredIn(user, "cerco una colf", "Niguarda");
    says(user, "via dei Missaglia 117");
    const said = await allSaid(user, isAnswer);
    expect(said).toMatch(/Ho capito: via dei Missaglia 117 → Municipio 5/);
  });

  it("«cambia zona» asks the area again, and the answer follows for the new one", async () => {
    const user = citizen("Elsa");
    await answeredIn(user, "cerco una badante per mio padre", "Municipio 2");
    says(user, "cambia zona");
    await readUntil(harness.emulator, user, isPlaceQuestion);
    says(user, "Quarto Oggiaro");
    const said = await allSaid(user, isAnswer);
    expect(said).toMatch(/Ho capito: Quarto Oggiaro → Municipio 8/);
  });

  it("later, «abito a Baggio» outside any question also replaces it and answers again", async () => {
    const user = citizen("Fede");
    await answeredIn(user, "cerco una badante per mio padre", "Municipio 2");
    says(user, "grazie");
    expect(shown(await harness.emulator.nextBotMessage(user.id))).toMatch(/Prego/);
    says(user, "abito a Baggio");
    const said = await allSaid(user, isAnswer);
    expect(said).toMatch(/Ho capito: Baggio → Municipio 7/);
  });
});

describe("an English citizen corrects the area after an answer", () => {
  it.each([
    ["I live in Baggio", /Got it: Baggio → Municipio 7/],
    ["I live in Quarto Oggiaro", /Got it: Quarto Oggiaro → Municipio 8/],
    ["actually I live in Baggio", /Got it: Baggio → Municipio 7/],
    ["sorry, actually we live in Quarto Oggiaro", /Got it: Quarto Oggiaro → Municipio 8/],
  ])("«%s» gives the answer again for the new area, in English", async (correction, understood) => {
    const user = citizen("Jane", "en");
    await answeredIn(user, "I need a babysitter for my son", "Municipio 3");
    says(user, correction);
    const said = await allSaid(user, isAnswer);
    expect(said).toMatch(understood);
    expect(said).toMatch(/Where to go/);
    expect(said).not.toMatch(/Dove rivolgerti|can contact you/);
  });
});

describe("politeness at the area question", () => {
  it.each([
    ["it", "cerco una badante per mia madre", "grazie", "Isola", /Non ho riconosciuto il luogo/],
    ["en", "hi, I'm looking for a babysitter for my son", "thank you", "Isola", /recognise/],
  ])(
    "(%s) a thanks typed at the area question keeps the need: the area is asked again, then answered",
    async (lang, need, thanks, area, hint) => {
      const user = citizen(`Grazia-${lang}`, lang);
      says(user, need);
      await readUntil(harness.emulator, user, isPlaceQuestion);
      says(user, thanks);
      const reply = shown(await harness.emulator.nextBotMessage(user.id));
      expect(reply).toMatch(hint);
      expect(reply).not.toMatch(/Prego|welcome|senza la zona|without the area/);
      says(user, area);
      const said = await allSaid(user, isAnswer);
      expect(said).toMatch(/Municipio 9/);
    },
  );
});

describe("the closing question after an answer, typed", () => {
  it("«no grazie» closes warmly; «grazie» gets a short «prego», not the greeting", async () => {
    const user = citizen("Gina");
    await answeredIn(user, "cerco una colf", "Isola");
    says(user, "no grazie");
    const bye = shown(await harness.emulator.nextBotMessage(user.id));
    expect(bye).toMatch(/Prego|Va bene/);
    expect(bye).not.toMatch(/Di cosa hai bisogno|assistente di/);
    says(user, "grazie");
    const welcome = shown(await harness.emulator.nextBotMessage(user.id));
    expect(welcome).toMatch(/^Prego/);
  });

  it.each(["thanks", "thx", "cheers"])(
    "(en) «%s» gets a short «you're welcome», not «I can't help» and the menu",
    async (thanks) => {
      const user = citizen(`Grace-${thanks}`, "en");
      await answeredIn(user, "I'm looking for a cleaner", "Isola");
      says(user, thanks);
      const reply = shown(await harness.emulator.nextBotMessage(user.id));
      expect(reply).toMatch(/^You're welcome/);
    },
  );
});

describe("two needs in one message", () => {
  // Lost in sessions 37 and 39 on the model's edge («Intendevi…?»); since session 42 each piece,
  // read alone, surely names a trade a family hires, so both are meant whatever the whole says.
  it("the main one is answered and the other offered as a button", async () => {
    const user = citizen("Ilda");
    says(user, "cerco una colf e anche una babysitter, abito a Niguarda");
    const answer = (await readUntil(harness.emulator, user, isAnswer)).at(-1);
    const buttons = harness.emulator.buttonsOf(answer as never).map((b) => b.text);
    expect(buttons.some((text) => /Hai chiesto anche: (Colf|Tata|Baby)/i.test(text))).toBe(true);
    says(user, buttons.find((text) => /Hai chiesto anche/.test(text)) as string);
    const second = (await readUntil(harness.emulator, user, isAnswer)).at(-1);
    expect(shown(second as never)).not.toBe(shown(answer as never));
  });

  it.each([
    ["change area", "Baggio"],
    ["I live in Baggio", undefined],
  ])(
    "(en) the area corrected by «%s»: the answer again still offers the other need",
    async (correction, area) => {
      const user = citizen("Ivy", "en");
      await answeredIn(user, "I need a cleaner and also a babysitter", "Municipio 3");
      says(user, correction);
      if (area !== undefined) {
        await readUntil(harness.emulator, user, isPlaceQuestion);
        says(user, area);
      }
      const again = (await readUntil(harness.emulator, user, isAnswer)).at(-1);
      expect(shown(again as never)).toMatch(/Municipio 7/);
      const buttons = harness.emulator.buttonsOf(again as never).map((b) => b.text);
      expect(buttons.some((text) => /You also asked about: Nanny/.test(text))).toBe(true);
    },
  );
});

describe("distances start from the citizen's own point, not a rounded one", () => {
  const directory = loadDirectory();
  const spaceNamed = (name: string) => {
    const space = directory.spaces.find((s) => s.name === name);
    if (!space) throw new Error(`no space named ${name}`);
    return space;
  };
  const kmText = (km: number) =>
    km.toLocaleString("it-IT", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

  it.each([
    ["via Padova 120", "cerco una badante"],
    // Here the rounded point would rank WeMi Capuana before WeMi Pacinotti.
    ["via Gallarate 200", "cerco una badante"],
  ])("«%s»: the spaces are ranked and measured from that house number", async (address, need) => {
    const home = resolver.resolve(address).point;
    if (!home) throw new Error(`${address} has no point`);
    const answer = await answeredIn(citizen("Dario"), need, address);
    const shownSpaces = spacesIn(answer);
    expect(shownSpaces.length).toBeGreaterThan(0);
    for (const name of shownSpaces) {
      const km = distanceKm(home, spaceNamed(name).location);
      expect(cardOf(answer, name)).toContain(`A circa ${kmText(km)} km da te`);
    }
    const local = shownSpaces.map(spaceNamed).filter((space) => space.scope === "municipio");
    const nearestFirst = [...local].sort(
      (a, b) => distanceKm(home, a.location) - distanceKm(home, b.location),
    );
    expect(local.map((s) => s.name)).toEqual(nearestFirst.map((s) => s.name));
  });
});
