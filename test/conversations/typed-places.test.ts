import { describe, expect, it } from "vitest";
import { sayTo, shown } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

const harness = useHarness();

const say = sayTo(harness);

describe("a citizen who lives in the centre", () => {
  it.each([
    ["it", "abito in centro", /In che zona/, /Ho capito: centro → Municipio 1/],
    ["it", "in centro", /In che zona/, /Ho capito: centro → Municipio 1/],
    ["en", "in the city centre", /Where in Milan/, /Got it: city centre → Municipio 1/],
  ])(
    "(%s) «%s» at the area question is Municipio 1, said back in their words",
    async (language, typed, question, understood) => {
      const user = citizen("Carla", language);
      await say(user, language === "en" ? "I need a cleaner" : "cerco una colf", question);
      expect(shown(await say(user, typed, /📍/))).toMatch(understood);
    },
  );

  it("«… mia madre, vive da sola in centro» is answered at once, without the area question", async () => {
    const user = citizen("Carlo");
    const story = "cerco una badante per mia madre, vive da sola in centro";
    const reply = await say(user, story, /📍|In che zona/);
    expect(shown(reply)).toMatch(/Ho capito: centro → Municipio 1/);
  });
});

describe("a person's name is not a place", () => {
  it.each(["Lucía Pérez", "Giulia Ferrari", "Lucía"])(
    "«%s» typed after the greeting is not read as a town one typo away",
    async (name) => {
      const user = citizen("Lucía");
      await say(user, "/start", /Di cosa hai bisogno/);
      const reply = shown(await say(user, name, /./));
      expect(reply).not.toMatch(/Ho capito|fuori Milano|Lucca|Ferrara/);
    },
  );

  it("«Lucía Pérez» at the area question is asked again, not taken as Lucca", async () => {
    const user = citizen("Lucía");
    await say(user, "cerco una colf", /In che zona/);
    const reply = shown(await say(user, "Lucía Pérez", /./));
    expect(reply).toMatch(/Non ho riconosciuto il luogo/);
  });
});

describe("a street said with the street word of the citizen's language", () => {
  const SPANISH = ["necesito una empleada doméstica", /¿En qué zona/] as const;
  it.each([
    ["es", "vivo en la calle Padova 120", SPANISH, /Entendido: calle Padova 120 → Municipio 2/],
    ["es", "avenida Monza 120", SPANISH, /Entendido: avenida Monza 120 → Municipio 2/],
    [
      "ro",
      "locuiesc pe str. Padova 120",
      ["caut o menajeră", /În ce zonă/] as const,
      /Am înțeles: str\. Padova 120 → Municipio 2/,
    ],
  ] as const)(
    "(%s) «%s» at the area question: the Milan street, said back in their words",
    async (language, typed, [need, question], understood) => {
      const user = citizen("Calle", language);
      await say(user, need, question);
      expect(shown(await say(user, typed, /📍/))).toMatch(understood);
    },
  );
});

describe("a street said with the Ukrainian street word", () => {
  it("«мама живе на вулиці Падова 120» is Via Padova 120, said back by its name (Cyrillic is not repeated transliterated)", async () => {
    const user = citizen("Вулиця", "uk");
    await say(user, "шукаю прибиральницю", /У якому районі/);
    expect(shown(await say(user, "мама живе на вулиці Падова 120", /📍/))).toMatch(
      /Зрозумів: via Padova 120, Municipio 2/,
    );
  });
});

describe("the house number written before the street", () => {
  it.each([
    [
      "en",
      "I need a cleaner",
      /Where in Milan/,
      "I live at 120 Via Padova",
      /Got it: 120 Via Padova → Municipio 2/,
    ],
    [
      "it",
      "cerco una colf",
      /In che zona/,
      "abito al 120 di via Padova",
      /Ho capito: 120 di via Padova → Municipio 2/,
    ],
    [
      "es",
      "necesito una empleada doméstica",
      /¿En qué zona/,
      "vivo en el 120 de la calle Padova",
      /Entendido: 120 de la calle Padova → Municipio 2/,
    ],
  ] as const)(
    "(%s) is read with the street: no house number asked again",
    async (language, need, question, typed, understood) => {
      const user = citizen("Numero", language);
      await say(user, need, question);
      expect(shown(await say(user, typed, /📍|numero civico|house number|número/))).toMatch(
        understood,
      );
    },
  );
});

describe("the remembered area said back in words the citizen recognises", () => {
  it("Niguarda, not the official «Niguarda - Ca' Granda - Prato Centenaro - Q.re Fulvio Testi»", async () => {
    const user = citizen("Nives");
    await say(user, "cerco una badante per mia madre", /In che zona/);
    await say(user, "Niguarda", /Vuoi essere ricontattato/);
    const again = shown(await say(user, "cerco anche una colf", /Uso la zona/));
    expect(again).toMatch(/Uso la zona che mi hai indicato: Niguarda, Municipio 9\./);
  });
});

describe("a question about costs at the area question", () => {
  it.each([
    [
      "it",
      "cerco una badante per mio padre",
      "quanto costa?",
      /Non conosco i costi/,
      /In che zona/,
    ],
    [
      "en",
      "I need a cleaner",
      "is it free?",
      /I don't know what the services cost/,
      /Where in Milan/,
    ],
    [
      "es",
      "busco una niñera para mi hijo",
      "¿cuánto cuesta?",
      /No conozco los costes/,
      /En qué zona/,
    ],
  ])(
    "(%s) «%s», then «%s»: answered honestly and the area asked again, not «place not recognised»",
    async (language, need, typed, honest, again) => {
      const user = citizen("Dario", language);
      await say(user, need, again);
      const reply = shown(await say(user, typed, /./));
      expect(reply).toMatch(honest);
      expect(reply).toMatch(/www\.wemi\.milano\.it/);
      expect(reply).toMatch(new RegExp(again.source, "i"));
      expect(shown(await say(user, "Niguarda", /📍/))).toMatch(/Niguarda → Municipio 9/);
    },
  );
});

describe("going back from the area question", () => {
  it.each([
    ["it", "cerco una badante per mio padre", "indietro", /In che zona/, /^Di cosa hai bisogno\?/],
    ["it", "cerco una colf", "ricominciamo da capo", /In che zona/, /^Di cosa hai bisogno\?/],
    ["en", "I need a cleaner", "start over", /Where in Milan/, /^What do you need\?/],
  ])(
    "(%s) «%s», then «%s»: the needs again, not «I did not recognise the place»",
    async (language, need, typed, asked, needs) => {
      const user = citizen("Rita", language);
      await say(user, need, asked);
      const reply = await say(user, typed, needs);
      expect(shown(reply)).toMatch(needs);
      expect(harness.emulator.buttonsOf(reply).length).toBeGreaterThan(3);
      // The area question's keyboard (send location, rather not say) is gone with it.
      expect(harness.emulator.replyKeyboardOf(user.id)).toBeUndefined();

      // Another need then starts afresh: its area is asked, the first need forgotten.
      const next = await say(
        user,
        language === "it" ? "mi serve una tata" : "I need a babysitter",
        asked,
      );
      expect(shown(next)).toMatch(asked);
    },
  );
});

describe("an area the register abbreviates", () => {
  it("«Porta Romana» is remembered as Porta Romana, not the register's «Pta Romana»", async () => {
    const user = citizen("John", "en");
    await say(user, "I need a nanny for my 2 kids", /Where in Milan/);
    await say(user, "we live near Porta Romana", /📍/);
    const remembered = shown(await say(user, "I also need a cleaner", /📍/));
    expect(remembered).toMatch(/Porta Romana/);
    expect(remembered).not.toMatch(/Pta/);
  });
});

describe("a street that crosses Municipi, told with the station or neighbourhood beside it", () => {
  it.each([
    ["via Padova vicino a Rovereto", /Ho capito: via Padova vicino a Rovereto → Municipio 2/],
    ["via Padova, zona Turro", /Ho capito: via Padova, zona Turro → Municipio 2/],
  ])(
    "«%s» at the area question is answered there, without asking the house number",
    async (typed, understood) => {
      const user = citizen("Rovereto");
      await say(user, "cerco una colf", /In che zona/);
      const reply = shown(await say(user, typed, /📍|numero civico/));
      expect(reply).not.toMatch(/numero civico/);
      expect(reply).toMatch(understood);
    },
  );

  it("«via Padova vicino a Loreto», a station on the border, still asks the house number", async () => {
    const user = citizen("Loreto");
    await say(user, "cerco una colf", /In che zona/);
    const reply = shown(await say(user, "via Padova vicino a Loreto", /📍|numero civico/));
    expect(reply).toMatch(/Via Padova attraversa più Municipi\. Mi dici il numero civico\?/);
  });
});
