import { describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { answeredForNiguarda, shown, until } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

const operators: TestGroup = { id: -1001800, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

const CONSENT = /Sei d'accordo\?|Do you agree\?/;

/** What the bot says next to a typed text. */
async function replyTo(user: TestUser, text: string): Promise<string> {
  harness.emulator.sendText(user, text);
  return shown(await harness.emulator.nextBotMessage(user.id));
}

/** A need answered for Niguarda in the citizen's language, up to the offer and its map. */
async function answered(user: TestUser, need: string, asked: RegExp, offer: RegExp) {
  harness.emulator.sendText(user, need);
  await until(harness.emulator, user.id, asked);
  harness.emulator.sendText(user, "Niguarda");
  await until(harness.emulator, user.id, offer);
  await harness.emulator.nextBotMessage(user.id); // the map
}

describe("«Vuoi essere ricontattato?» is answered only while it is the last question asked", () => {
  it("a typed «ok» right after the answer asks for consent", async () => {
    const user = citizen("Ada");
    await answeredForNiguarda(harness.emulator, user);
    expect(await replyTo(user, "ok")).toMatch(CONSENT);
  });

  it("a grudging «vabbè» is a yes too, as «ok» is; after a goodbye it asks what is needed", async () => {
    const user = citizen("Ugo");
    await answeredForNiguarda(harness.emulator, user);
    expect(await replyTo(user, "vabbè")).toMatch(CONSENT);
    // «no grazie» to consent: nothing stored, and the space to go to, with its map.
    harness.emulator.sendText(user, "no grazie");
    await until(harness.emulator, user.id, /via Statuto 15/);
    const after = await replyTo(user, "vabbe");
    expect(after).toMatch(/^Di cosa hai bisogno\?/);
    expect(after).not.toMatch(/non posso aiutarti/);
  });

  it("after the spaces' details, a typed «sì» still answers it", async () => {
    const user = citizen("Bice");
    const answer = await answeredForNiguarda(harness.emulator, user);
    harness.emulator.pressButton(user, answer, "d:spaces");
    await harness.emulator.nextBotMessage(user.id);
    expect(await replyTo(user, "sì")).toMatch(CONSENT);
  });

  it("after /lingua and a language chosen, «ok» is no request for a person", async () => {
    const user = citizen("Carla");
    await answeredForNiguarda(harness.emulator, user);
    harness.emulator.sendText(user, "/lingua");
    const languages = await harness.emulator.nextBotMessage(user.id);
    harness.emulator.pressButton(user, languages, "l:it");
    expect(shown(await harness.emulator.nextBotMessage(user.id))).toMatch(/da ora ti scrivo/);
    expect(await replyTo(user, "ok")).not.toMatch(CONSENT);
  });

  it("after cancelling at the summary, «confermo» does not start the request again", async () => {
    const user = citizen("Dora");
    await answeredForNiguarda(harness.emulator, user);
    harness.emulator.sendText(user, "sì");
    const consent = await until(harness.emulator, user.id, CONSENT);
    harness.emulator.pressButton(user, consent, "h:consent:yes");
    const name = await until(harness.emulator, user.id, /Come ti chiami/);
    harness.emulator.pressButton(user, name, "h:name");
    await until(harness.emulator, user.id, /A che numero/);
    harness.emulator.shareContact(user, "+39 333 765 4321");
    const time = await until(harness.emulator, user.id, /Quando preferisci/);
    harness.emulator.pressButton(user, time, "h:time:morning");
    const note = await until(harness.emulator, user.id, /nota per l'operatore/);
    harness.emulator.pressButton(user, note, "h:nonote");
    const summary = await until(harness.emulator, user.id, /Controlla la tua richiesta/);
    harness.emulator.pressButton(user, summary, "h:confirm:no");
    await until(harness.emulator, user.id, /non ho inviato nulla/);
    expect(await replyTo(user, "confermo")).not.toMatch(CONSENT);
  });

  it("after a «grazie» answered with «prego», a later «sì» asks what is needed", async () => {
    const user = citizen("Elsa");
    await answeredForNiguarda(harness.emulator, user);
    expect(await replyTo(user, "grazie")).toMatch(/Prego/);
    expect(await replyTo(user, "sì")).not.toMatch(CONSENT);
  });

  it("after /stato, «ok» is no request for a person", async () => {
    const user = citizen("Fede");
    await answeredForNiguarda(harness.emulator, user);
    harness.emulator.sendText(user, "/stato");
    await harness.emulator.nextBotMessage(user.id);
    expect(await replyTo(user, "ok")).not.toMatch(CONSENT);
  });

  it("after a sticker (only pointed to text), «sì» still answers it", async () => {
    const user = citizen("Ilde");
    await answeredForNiguarda(harness.emulator, user);
    harness.emulator.sendSticker(user);
    await harness.emulator.nextBotMessage(user.id);
    expect(await replyTo(user, "sì")).toMatch(CONSENT);
  });

  it("after «English» typed to change language, «ok» is no request for a person", async () => {
    const user = citizen("Lia");
    await answeredForNiguarda(harness.emulator, user);
    expect(await replyTo(user, "English")).toMatch(/in English/);
    expect(await replyTo(user, "ok")).not.toMatch(CONSENT);
  });

  it("asking for a person in words still carries the last need", async () => {
    const user = citizen("Gina");
    await answeredForNiguarda(harness.emulator, user);
    await replyTo(user, "grazie");
    expect(await replyTo(user, "vorrei parlare con un operatore")).toMatch(CONSENT);
  });
});

describe("a yes with a «but» after it", () => {
  it.each([
    ["sì ma prima vorrei sapere se il servizio è gratuito", CONSENT],
    ["yes but how much does it cost?", CONSENT],
    ["no, ma grazie lo stesso", /Va bene|Prego|bocca al lupo/],
  ])("«%s» answers the question, not «Intendevi…?»", async (typed, next) => {
    const user = citizen("Ines");
    await answeredForNiguarda(harness.emulator, user);
    const reply = await replyTo(user, typed);
    expect(reply).not.toMatch(/Intendevi|Did you mean/);
    expect(reply).toMatch(next);
  });

  it("«sì, ma cerco anche una colf» is the new need, not a yes", async () => {
    const user = citizen("Irma");
    await answeredForNiguarda(harness.emulator, user);
    expect(await replyTo(user, "sì, ma cerco anche una colf")).not.toMatch(CONSENT);
  });
});

describe("a question about costs right after an answer", () => {
  it.each([
    ["it", "ma è gratuito?", /Non conosco i costi/, /Vuoi essere ricontattato/, "sì"],
    [
      "en",
      "is it free?",
      /I don't know what the services cost/,
      /Would you like a WeMi worker/,
      "yes",
    ],
  ])(
    "(%s) «%s» is answered honestly, the offer of a person asked again, and a yes then starts it",
    async (language, typed, honest, offer, yes) => {
      const { emulator } = harness;
      const user = citizen("Paola", language);
      emulator.sendText(
        user,
        language === "en"
          ? "I need a carer for my mother, she lives in Niguarda"
          : "cerco una badante per mia madre, abita a Niguarda",
      );
      await until(emulator, user.id, offer);
      await emulator.nextBotMessage(user.id); // the venue
      const answer = await replyTo(user, typed);
      expect(answer).toMatch(honest);
      expect(answer).toMatch(/www\.wemi\.milano\.it/);
      expect(answer).toMatch(offer);
      expect(await replyTo(user, yes)).toMatch(CONSENT);
    },
  );
});

describe("«non lo so» to «Vuoi essere ricontattato?»", () => {
  it("is met with the offer again, its button at hand, and a «sì» after it asks for consent", async () => {
    const user = citizen("Elsa");
    await answeredForNiguarda(harness.emulator, user);
    harness.emulator.sendText(user, "non lo so");
    const reply = await harness.emulator.nextBotMessage(user.id);
    expect(shown(reply)).not.toMatch(/Di cosa hai bisogno/);
    expect(harness.emulator.buttonsOf(reply).map((b) => b.text)).toContain(
      "📞 Voglio essere ricontattato",
    );
    expect(await replyTo(user, "sì")).toMatch(CONSENT);
  });
});

describe("«I don't know» to the offer, in the citizen's language", () => {
  it.each([
    [
      "es",
      "necesito una niñera para mi hijo, vivo en Niguarda",
      /Quieres que te contacte/,
      "no sé",
      "📞 Quiero que me contacten",
    ],
    [
      "ro",
      "caut o bonă pentru fetița mea, locuiesc în Niguarda",
      /Vrei să te contacteze/,
      "nu știu",
      "📞 Vreau să mă contacteze cineva",
    ],
    [
      "uk",
      "шукаю няню для доньки, живу в районі Niguarda",
      /Хочете, щоб із вами/,
      "не знаю",
      "📞 Хочу, щоб зі мною зв'язалися",
    ],
  ])("(%s) gets the offer again with its button", async (language, need, offer, unsure, button) => {
    const user = citizen("Elsa", language);
    harness.emulator.sendText(user, need);
    await until(harness.emulator, user.id, offer);
    await harness.emulator.nextBotMessage(user.id); // the space's pin
    harness.emulator.sendText(user, unsure);
    const reply = await harness.emulator.nextBotMessage(user.id);
    expect(harness.emulator.buttonsOf(reply).map((b) => b.text)).toContain(button);
  });
});

describe("taking leave after an answer", () => {
  it.each([
    ["it", "cerco una colf", "arrivederci", /^Va bene\. Se ti serve altro/],
    ["it", "cerco una colf", "ciao ciao!", /^Va bene\. Se ti serve altro/],
    ["it", "cerco una colf", "Buona giornata", /^Va bene\. Se ti serve altro/],
    ["en", "I need a cleaner", "bye bye", /^All right\. If you need anything else/],
    ["es", "busco una empleada doméstica", "adiós", /^De acuerdo\. Si necesitas algo más/],
  ])(
    "(%s) «%s», then «%s»: a short goodbye, not the bot's introduction again",
    async (language, need, farewell, bye) => {
      const user = citizen("Lena", language);
      await answered(
        user,
        need,
        /In che zona|Where in Milan|En qué zona/,
        /ricontattato|contact you|contacte/,
      );
      const reply = await replyTo(user, farewell);
      expect(reply).toMatch(bye);
      expect(reply).not.toMatch(/Sono l'assistente|I'm the assistant|Soy el asistente/);
    },
  );

  it("«ciao aiuto» is no goodbye: a call for help after a greeting gets 112 and 1522", async () => {
    const user = citizen("Lino");
    await answeredForNiguarda(harness.emulator, user);
    const reply = await replyTo(user, "ciao aiuto");
    expect(reply).toMatch(/\b112\b/);
    expect(reply).toMatch(/\b1522\b/);
  });
});

describe("«why not?» is a yes, in every language", () => {
  it.each([
    ["it", "cerco una colf", "perché no?", /In che zona/, /ricontattato/, CONSENT],
    ["en", "I need a cleaner", "why not?", /Where in Milan/, /contact you/, CONSENT],
    [
      "es",
      "necesito una niñera para mi hijo",
      "¿por qué no?",
      /En qué zona/,
      /contacte/,
      /¿Estás de acuerdo\?/,
    ],
    [
      "ro",
      "caut o bonă pentru fetița mea",
      "de ce nu?",
      /În ce zonă/,
      /contacteze/,
      /Ești de acord\?/,
    ],
    ["uk", "шукаю няню для доньки", "чому б і ні", /У якому районі/, /зв'язався/, /Ви згодні\?/],
  ])(
    "(%s) «%s», then «%s» to the offer of a person: the consent question, not a goodbye",
    async (language, need, whyNot, asked, offer, consent) => {
      const user = citizen("Nico", language);
      await answered(user, need, asked, offer);
      expect(await replyTo(user, whyNot)).toMatch(consent);
    },
  );

  it("«sì, perché no» to the consent question goes on to the name", async () => {
    const user = citizen("Nora");
    await answeredForNiguarda(harness.emulator, user);
    expect(await replyTo(user, "sì")).toMatch(CONSENT);
    expect(await replyTo(user, "sì, perché no")).toMatch(/Come ti chiami/);
  });
});

describe("a button under the answer typed instead of tapped", () => {
  it.each([
    ["en", "I want to be contacted", "I need a cleaner", /Where in Milan/, CONSENT],
    ["en", "Another need", "I need a cleaner", /Where in Milan/, /What do you need\?/],
    ["it", "Voglio essere ricontattato", "cerco una colf", /In che zona/, CONSENT],
    ["es", "Otra necesidad", "necesito una empleada doméstica", /¿En qué zona/, /¿Qué necesitas\?/],
  ])(
    "(%s) «%s» typed under the answer to «%s» does what the tap would",
    async (language, typed, need, asked, next) => {
      const user = citizen("Tipo", language);
      await answered(user, need, asked, /\?/);
      expect(await replyTo(user, typed)).toMatch(next);
    },
  );
});

describe("a Romanian «si» (their «and») at the contact offer", () => {
  it("is told how to answer, not «I can't help», and the offer still stands for «da»", async () => {
    const user = citizen("Ioana", "ro");
    await answered(
      user,
      "caut o bonă pentru fiul meu după școală",
      /În ce zonă din Milano/,
      /Vrei să te contacteze/,
    );
    const again = await replyTo(user, "si");
    expect(again).toMatch(/scrie "da"/);
    expect(again).not.toMatch(/nu te pot ajuta/);
    expect(await replyTo(user, "da")).toMatch(/O persoană de la WeMi te poate contacta/);
  });
});

describe("a Filipino worker who answers «Vuoi essere ricontattato?» with her area, politely", () => {
  it("«Baggio po» is the area, not the Albanian «po» (yes): no consent is asked", async () => {
    const user = citizen("Maricel");
    await answeredForNiguarda(harness.emulator, user);
    const reply = await replyTo(user, "Baggio po");
    expect(reply).not.toMatch(CONSENT);
    expect(reply).toMatch(/Baggio → Municipio 7/);
  });
});
