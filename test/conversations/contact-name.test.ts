import { describe, expect, it } from "vitest";
import type { TestUser } from "../../src/emulator/bot-api-emulator.js";
import {
  ASK_FOR_OPERATOR,
  REGISTERED,
  sayTo,
  shown,
  until,
  untilNameQuestion,
} from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

const harness = useHarness({ operatorChatId: -1001620 });

const say = sayTo(harness);

const NAME = /Come ti chiami|What is your name|Cómo te llamas|Як вас звати/;
const TIME = /Când preferi|Quando preferisci|When would you|Cuándo prefieres|Коли вам зручніше/;
const NOTE = /o notă|nota per l'operatore|note for the worker|una nota|примітку/;
const SUMMARY = /Controlla la tua richiesta|Check your request|Revisa tu solicitud|Перевірте запит/;

/** Asks for a person, agrees, answers the name question with `typed`: the summary it ends on. */
async function summaryAfterName(user: TestUser, typed: string, phone: string) {
  await untilNameQuestion(harness.emulator, user);
  return summaryFromName(user, typed, phone);
}

/** At the name question: `typed`, the phone and the rest, to the summary it ends on. */
async function summaryFromName(user: TestUser, typed: string, phone: string) {
  const english = user.language_code === "en";
  await say(user, typed, /A che numero|What number/);
  await say(user, phone, /Quando preferisci|When would you/);
  await say(
    user,
    english ? "any time" : "indifferente",
    /nota per l'operatore|note for the worker/,
  );
  return shown(await say(user, "no", /Controlla la tua richiesta|Check your request/));
}

describe("the name, said in a sentence", () => {
  it.each([
    ["it", "mi chiamo Dora Neri", "Dora Neri"],
    ["it", "Sono Dora Neri", "Dora Neri"],
    ["it", "il mio nome è Dora", "Dora"],
    ["en", "my name is Amy Lee", "Amy Lee"],
    ["en", "I'm Amy", "Amy"],
    // The classifier reads «Lola Flores» as «colf» at 0.48: a guess, not a need told.
    ["it", "Lola Flores", "Lola Flores"],
    // A greeting first, as many type to a stranger.
    ["it", "Buongiorno, mi chiamo Dora Neri", "Dora Neri"],
    ["en", "Hello, my name is Amy Lee", "Amy Lee"],
    ["it", "Salve, sono Dora", "Dora"],
    // Session 39, a Milanese trial: the article of the North before one's name was kept in it
    // («Nome: sont la Giuseppina Brambilla» on the operators' card).
    ["it", "sono la Giuseppina Brambilla", "Giuseppina Brambilla"],
    ["it", "sont la Giuseppina Brambilla", "Giuseppina Brambilla"],
    ["it", "mi sunt el Carlo Colombo", "Carlo Colombo"],
  ])("(%s) «%s» is the name «%s»", async (language, typed, name) => {
    const summary = await summaryAfterName(citizen("Dora", language), typed, "333 222 1130");
    expect(summary).toMatch(new RegExp(`(Nome|Name): ${name}\\n`));
  });
});

describe("a citizen who denies the name the bot proposed", () => {
  it.each([
    ["it", "mi chiamo Giulia Rossi, non Maria", "Giulia Rossi"],
    ["it", "mi chiamo Giulia e non Maria", "Giulia"],
    ["it", "non mi chiamo Maria, mi chiamo Giulia Rossi", "Giulia Rossi"],
    ["it", "non Maria ma Giulia", "Giulia"],
    ["en", "my name is not Maria, it's Amy Lee", "Amy Lee"],
  ])("(%s) «%s» is the name «%s», not the one denied", async (language, typed, name) => {
    const summary = await summaryAfterName(citizen("Maria", language), typed, "333 222 1131");
    expect(summary).toMatch(new RegExp(`(Nome|Name): ${name}\\n`));
  });

  it("«non mi chiamo Maria» alone is no name: asked again, then the name typed is kept", async () => {
    const user = citizen("Maria");
    await untilNameQuestion(harness.emulator, user);
    const again = await say(user, "non mi chiamo Maria", /Mi serve solo il nome|A che numero/);
    expect(shown(again)).toMatch(/Mi serve solo il nome/);
    const summary = await summaryFromName(user, "Giulia Rossi", "333 222 1132");
    expect(summary).toMatch(/Nome: Giulia Rossi\n/);
  });

  it("(uk) «мене звати не Марія, а Олена» is Олена", async () => {
    const user = citizen("Марія", "uk");
    await say(user, "/operatore", /Ви згодні\?/);
    await say(user, "так", /Як вас звати/);
    await say(user, "мене звати не Марія, а Олена", /За яким номером|Мені потрібне лише/);
    await say(user, "333 222 1133", /Коли вам зручніше/);
    await say(user, "вранці", /примітку/);
    expect(shown(await say(user, "ні", /Перевірте запит/))).toMatch(/Ім'я: Олена\n/);
  });
});

const YES: Record<string, string> = { it: "sì", en: "yes", es: "sí", ro: "da", uk: "так" };
const PHONE_OR_AGAIN =
  /A che numero|What number|A qué número|La ce număr|За яким номером|serve solo|only need|Solo necesito|doar de numele|потрібне лише/;
const AGAIN = /serve solo|only need|Solo necesito|doar de numele|потрібне лише/;
/** What each language answers at the time and note questions, and how its summary opens. */
const REST: Record<string, readonly [string, string]> = {
  it: ["indifferente", "no"],
  en: ["any time", "no"],
  es: ["por la tarde", "no"],
  ro: ["dimineata", "nu"],
  uk: ["вранці", "ні"],
};
const CHECK = /Controlla la tua|Check your|Revisa tu|Verifică cererea|Перевірте запит/;

/** In the citizen's language: an operator asked for, agreed, `typed` at the name question. */
async function answerName(user: TestUser, typed: string) {
  await say(user, "/operatore", /\?/);
  await say(user, YES[user.language_code ?? "it"] ?? "sì", /.+/);
  return shown(await say(user, typed, PHONE_OR_AGAIN));
}

describe("a real name holding a word that also means «no»", () => {
  // Korean «No», Vietnamese «Nu», «Не» in Cyrillic: a name's word, not a denial, unless the
  // message has a denial's shape («non mi chiamo…», «Giulia, non Maria»).
  it.each([
    ["es", "No Min-ji", "No Min-ji"],
    ["es", "me llamo No Min-ji", "No Min-ji"],
    ["en", "my name is Kim No Min", "Kim No Min"],
    ["it", "mi chiamo Kim No Min-ji", "Kim No Min-ji"],
    ["ro", "Nguyen Thi Nu", "Nguyen Thi Nu"],
    ["ro", "Nu Thi Hoa", "Nu Thi Hoa"],
    ["uk", "Нгуєн Тхі Не", "Нгуєн Тхі Не"],
    ["uk", "мене звати Нгуєн Не", "Нгуєн Не"],
    ["uk", "мене звати Не Ван Лам", "Не Ван Лам"],
  ])("(%s) «%s» is the name on the summary, as typed", async (language, typed, name) => {
    const user = citizen("Maria", language);
    expect(await answerName(user, typed)).not.toMatch(AGAIN);
    const [time, note] = REST[language] ?? ["", ""];
    await say(user, "+39 333 222 1134", TIME);
    await say(user, time, NOTE);
    expect(shown(await say(user, note, CHECK))).toMatch(new RegExp(`: ${name}\\n`));
  });

  it.each([
    ["es", "no me llamo Maria"],
    ["ro", "nu ma numesc Maria"],
    ["en", "I'm not Maria"],
  ])("(%s) «%s» alone is still a name denied: asked again", async (language, typed) => {
    expect(await answerName(citizen("Maria", language), typed)).toMatch(AGAIN);
  });
});

describe("the name and the phone in one message", () => {
  it.each([
    "Rosa Bianchi 3331234567",
    "Rosa Bianchi, 333 123 4567",
    "mi chiamo Rosa Bianchi, tel. 333 123 4567",
    "mi chiamo Rosa Bianchi e il mio numero è 333 123 4567",
  ])("«%s»: both are taken, and the phone is not asked", async (typed) => {
    const user = citizen("Rosa");
    await say(user, ASK_FOR_OPERATOR, /Sei d'accordo\?/);
    await say(user, "sì", /Come ti chiami/);
    await say(user, typed, /Quando preferisci|A che numero|Mi serve solo il nome/).then((m) =>
      expect(shown(m)).toMatch(/Quando preferisci/),
    );
    await say(user, "indifferente", /nota per l'operatore/);
    const summary = shown(await say(user, "no", /Controlla la tua richiesta/));
    expect(summary).toMatch(/Nome: Rosa Bianchi\n/);
    expect(summary).toMatch(/Telefono: \+393331234567\n/);
  });
});

describe("the name and the phone told in one sentence in the citizen's language", () => {
  it.each([
    ["es", "me llamo Lucía Gómez y mi número es 351 987 6543", "Lucía Gómez", "+393519876543"],
    ["uk", "мене звати Олена Коваль, мій номер 333 765 4321", "Олена Коваль", "+393337654321"],
    ["en", "my name is Amy Lee and my number is 333 123 4567", "Amy Lee", "+393331234567"],
  ])("(%s) «%s»: both taken, the time asked next", async (language, typed, name, phone) => {
    const user = citizen("Rosa", language);
    await say(user, "/operatore", /\?/);
    await say(
      user,
      ({ es: "sí", uk: "так", en: "yes" } as Record<string, string>)[language] ?? "",
      NAME,
    );
    const next = shown(await say(user, typed, /\+39|\?|\./));
    expect(next).toContain(phone);
    expect(next).not.toMatch(/Solo necesito tu nombre|Мені потрібне лише|I only need your name/);
    await until(harness.emulator, user.id, TIME);
    await say(user, "9-12", NOTE);
    const summary = shown(await say(user, language === "uk" ? "ні" : "no", SUMMARY));
    expect(summary).toContain(`${name}\n`);
    expect(summary).toContain(phone);
  });
});

describe("«me» at the name question", () => {
  it.each([
    ["en", "me"],
    ["it", "io"],
  ])("(%s) «%s» takes the name the bot proposed", async (language, typed) => {
    const summary = await summaryAfterName(citizen("Amy", language), typed, "333 222 1131");
    expect(summary).toMatch(/(Nome|Name): Amy\n/);
  });
});

describe("a daughter who speaks of her mother as «lei»", () => {
  it("typing «lei» at the name question is whom the request is for: the name is asked again", async () => {
    const user = citizen("Carla");
    await say(
      user,
      "lei vive da sola in via Padova 120 e non cucina più",
      /Vuoi essere ricontattato/,
    );
    await say(user, "voglio essere ricontattata", /Sei d'accordo\?/);
    await say(user, "sì", /Come ti chiami/);
    await say(user, "lei", /Mi serve solo il nome/);
    await say(user, "Carla Neri", /A che numero/);
  });
});

describe("the name corrected at a later question", () => {
  it("(en) «actually my name is John Smith» at the phone question is the name, and the phone is asked again", async () => {
    const user = citizen("Jon", "en");
    await say(user, "I would like to talk to a person, I live in Niguarda", /Do you agree\?/);
    await say(user, "yes", /What is your name/);
    await say(user, "John", /What number/);
    await say(user, "actually my name is John Smith", /What number/);
    await say(user, "contact me here on telegram", /note for the worker/);
    const summary = shown(await say(user, "no", /Check your request/));
    expect(summary).toMatch(/Name: John Smith/);
  });

  it("(it) «scusa, mi chiamo Anna Neri» at the note question is the name, not the note", async () => {
    const user = citizen("Anna");
    await say(user, ASK_FOR_OPERATOR, /Sei d'accordo\?/);
    await say(user, "sì", /Come ti chiami/);
    await say(user, "Anna", /A che numero/);
    await say(user, "333 222 1150", /Quando preferisci/);
    await say(user, "mattina", /nota per l'operatore/);
    await say(user, "scusa, mi chiamo Anna Neri", /nota per l'operatore/);
    const summary = shown(await say(user, "no", /Controlla la tua richiesta/));
    expect(summary).toMatch(/Nome: Anna Neri/);
    expect(summary).toMatch(/Nota: —/);
  });
});

describe("the name corrected at the phone question, said as people say it", () => {
  /** Asks for a person with /operatore in the citizen's language, up to the phone question. */
  async function atThePhone(user: TestUser, yes: string, name: string) {
    await say(user, "/operatore", /d'accordo\?|agree\?|acuerdo\?|acord\?|згодні\?/);
    await say(
      user,
      yes,
      /Come ti chiami|What is your name|¿Cómo te llamas|Cum te numești|Як вас звати/,
    );
    await say(user, name, /A che numero|What number|¿A qué número|La ce număr|За яким номером/);
  }

  it.each([
    ["it", "sì", "Anna", "no, mi chiamo Anna Neri", /Nome: Anna Neri\n/],
    ["it", "sì", "Anna", "anzi scusa, mi chiamo Anna Neri", /Nome: Anna Neri\n/],
    ["en", "yes", "John", "sorry, my name's John Smith", /Name: John Smith\n/],
    ["es", "sí", "Lucía", "perdón, en realidad me llamo Lucía Pérez", /Lucía Pérez\n/],
    ["uk", "так", "Олена", "вибачте, мене звуть Олена Коваль", /Олена Коваль\n/],
  ])(
    "(%s) after «%s» and the name «%s», «%s» at the phone question corrects the name",
    async (language, yes, first, typed, onSummary) => {
      const user = citizen("Ada", language);
      await atThePhone(user, yes, first);
      const back = shown(await say(user, typed, /✅/));
      expect(back).toMatch(/✅ \S+ \S+/);
      await say(user, "333 222 1180", /Quando preferisci|When would you|¿Cuándo|Când|Коли/);
      harness.emulator.sendText(user, "indifferente");
      await until(harness.emulator, user.id, /nota|note|notă|примітку/);
      const summary = shown(
        await say(user, "no", /Controlla|Check your request|Revisa|Verifică|Перевірте/),
      );
      expect(summary).toMatch(onSummary);
    },
  );
});

describe("the name edited instead of typed again", () => {
  it.each([
    ["it", "Anna", "Anna Neri", /mi chiamo/, "mi chiamo Anna Neri", /Nome: Anna Neri\n/],
    ["en", "John", "John Smith", /my name is/, "my name is John Smith", /Name: John Smith\n/],
  ])(
    "(%s) «%s» edited to «%s» at the phone question: the reply says how to correct the name, and it works",
    async (language, first, edited, hint, typed, onSummary) => {
      const user = citizen("Ada", language);
      await untilNameQuestion(harness.emulator, user);
      const sent = harness.emulator.sendText(user, first);
      await until(harness.emulator, user.id, /A che numero|What number/);
      harness.emulator.editText(user, sent, edited);
      const reply = shown(await until(harness.emulator, user.id, /./));
      expect(reply).toMatch(/modificato un messaggio|edited a message/);
      expect(reply).toMatch(hint);
      await say(user, typed, /✅/);
      await say(user, "333 222 1190", /Quando preferisci|When would you/);
      await say(user, "mattina", /nota|note/);
      const summary = shown(await say(user, "no", /Controlla|Check your request/));
      expect(summary).toMatch(onSummary);
    },
  );

  it("an edit outside the contact steps gets the plain reply, with no word about names", async () => {
    const user = citizen("Enzo");
    const first = harness.emulator.sendText(user, "cerco una badante");
    await until(harness.emulator, user.id, /zona|Municipio|dove/i);
    harness.emulator.editText(user, first, "cerco una colf");
    const reply = shown(await until(harness.emulator, user.id, /modificato/));
    expect(reply).not.toMatch(/mi chiamo/);
  });
});

describe("at the summary, the name corrected and the cost asked", () => {
  /** Up to the summary, with the name «Anna». */
  async function atTheSummary(user: TestUser) {
    await untilNameQuestion(harness.emulator, user);
    await say(user, "Anna", /A che numero/);
    await say(user, "333 222 1195", /Quando preferisci/);
    await say(user, "mattina", /nota per l'operatore/);
    await say(user, "no", /Controlla la tua richiesta/);
  }

  it("«scusa, mi chiamo Anna Neri» at the summary corrects the name and shows the summary again", async () => {
    const user = citizen("Anna");
    await atTheSummary(user);
    const summary = shown(
      await say(user, "scusa, mi chiamo Anna Neri", /Controlla la tua richiesta/),
    );
    expect(summary).toMatch(/Nome: Anna Neri\n/);
    await say(user, "confermo", REGISTERED);
  });

  it("«ma è gratuito?» at the summary is answered honestly, then how to confirm", async () => {
    const user = citizen("Anna");
    await atTheSummary(user);
    const answer = shown(await say(user, "ma è gratuito?", /./));
    expect(answer).toMatch(/Non conosco i costi/);
    expect(answer).toMatch(/www\.wemi\.milano\.it/);
    expect(answer).toMatch(/conferma/);
    await say(user, "confermo", REGISTERED);
  });
});

describe("at the consent question, a name given before the yes", () => {
  it("(en) «sorry, my name is Mark Jones» is told the name comes next and costs no try; «yes» then agrees", async () => {
    const user = citizen("Mark", "en");
    await say(user, "I would like to talk to a person, I live in Niguarda", /Do you agree\?/);
    for (const _ of [1, 2, 3]) {
      const hint = shown(await say(user, "sorry, my name is Mark Jones", /./));
      expect(hint).toMatch(/name/);
      expect(hint).not.toMatch(/I store no data/);
    }
    const next = shown(await say(user, "yes", /./));
    expect(next).toMatch(/What is your name/);
  });
});
