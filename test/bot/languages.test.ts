import type { Message } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishCommands } from "../../src/bot/create-bot.js";
import { citizen, type Harness, startHarness } from "../support/harness.js";
import { readUntil as readChatUntil } from "../support/reading.js";
import { last, readUntil, spacesIn } from "./story.js";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
  // The model of the other languages is read on their first message (a second or more on a
  // loaded machine): read before the stories, whose waits are a couple of seconds.
  const warmUp = citizen("Warm-up", "it");
  harness.emulator.sendText(warmUp, "hola");
  await readChatUntil(harness.emulator, warmUp.id, () => true, 30_000);
}, 60_000);
afterAll(async () => {
  await harness.close();
});

const matching = (pattern: RegExp) => (message: Message) => pattern.test(message.text ?? "");

/**
 * A care worker writes in their own language; the whole dialogue is in their language and
 * ends at via Statuto 15. The message already says the work is care work, so the one
 * question about work is not asked, nor the area: that service serves the whole city.
 */
async function careWorkerStory(
  language: { place: RegExp; question: RegExp; whereToGo: RegExp },
  message: string,
) {
  // Telegram set to Italian: the words decide, the client's language is only a hint.
  const user = citizen("Carer", "it");
  harness.emulator.sendText(user, message);
  // Unsure between "looking for work" and "looking for a carer", the bot asks, in their language.
  const [first] = await readUntil(harness.emulator, user, () => true);
  const read = [];
  if (first && harness.emulator.buttonsOf(first).some((b) => b.data === "a:lavoro")) {
    harness.emulator.pressButton(user, first, "a:lavoro");
    read.push(...(await readUntil(harness.emulator, user, matching(language.whereToGo))));
  } else if (first && !matching(language.whereToGo)(first))
    read.push(first, ...(await readUntil(harness.emulator, user, matching(language.whereToGo))));
  else if (first) read.push(first);
  expect(read.filter(matching(language.question))).toEqual([]);
  expect(read.filter(matching(language.place))).toEqual([]);
  const answer = last(read);
  expect(answer.text).toMatch(/via Statuto 15/);
  expect(spacesIn(answer)[0]).toBe("WeMi Tate/Colf/Badanti");
  return answer;
}

describe("a care worker looking for a job, in their own language", () => {
  it("Spanish: answered in Spanish and sent to WeMi Tate/Colf/Badanti", async () => {
    const answer = await careWorkerStory(
      {
        place: /¿En qué zona de Milán vives\?/,
        question: /¿Buscas trabajo como asistente familiar/,
        whereToGo: /Adónde ir/,
      },
      "Hola, soy boliviana y busco trabajo como cuidadora de personas mayores",
    );
    expect(answer.text).toMatch(/también es para ti/);
  });

  it("Romanian: answered in Romanian and sent to WeMi Tate/Colf/Badanti", async () => {
    const answer = await careWorkerStory(
      {
        place: /În ce zonă din Milano locuiești\?/,
        question: /Cauți de lucru ca asistent familial/,
        whereToGo: /Unde să mergi/,
      },
      "Bună ziua, sunt din Moldova și caut de lucru ca îngrijitoare la o familie",
    );
    expect(answer.text).toMatch(/este și pentru tine/);
  });

  it("Ukrainian: answered in Ukrainian and sent to WeMi Tate/Colf/Badanti", async () => {
    const answer = await careWorkerStory(
      {
        place: /У якому районі Мілана ви живете\?/,
        question: /Ви шукаєте роботу помічником у сім'ї/,
        whereToGo: /Куди звернутися/,
      },
      "Добрий день, я з Харкова, шукаю роботу доглядальницею для літньої людини",
    );
    expect(answer.text).toMatch(/працює і для вас/);
  });

  it("Spanish, the work not said: the one question in Spanish, answered by a typed «sí»", async () => {
    const user = citizen("Rosa", "it");
    harness.emulator.sendText(user, "hola, busco trabajo, vivo en Milán desde hace un año");
    await readUntil(harness.emulator, user, matching(/¿En qué zona de Milán vives\?/));
    harness.emulator.sendText(user, "Municipio 8");
    await readUntil(harness.emulator, user, matching(/¿Buscas trabajo como asistente familiar/));
    harness.emulator.sendText(user, "sí");
    const answer = last(await readUntil(harness.emulator, user, matching(/Adónde ir/)));
    expect(spacesIn(answer)[0]).toBe("WeMi Tate/Colf/Badanti");
  });

  it("Spanish in two words: «hola», then «busco trabajo», answered in Spanish up to via Statuto 15", async () => {
    // Telegram set to Italian, and too few words for the n-grams: the words themselves decide.
    const user = citizen("Rosa", "it");
    harness.emulator.sendText(user, "hola");
    expect((await harness.emulator.nextBotMessage(user.id)).text).toMatch(
      /¡Hola! Soy el asistente/,
    );
    harness.emulator.sendText(user, "busco trabajo");
    // Each question in Spanish, answered by typing, in whatever order the dialogue asks them.
    const answers: ReadonlyArray<readonly [RegExp, string]> = [
      [/¿En qué zona de Milán vives\?/, "Municipio 8"],
      [/¿Buscas trabajo como asistente familiar/, "sí"],
    ];
    const asks = (m: Message) => answers.some(([question]) => question.test(m.text ?? ""));
    let read = await readUntil(
      harness.emulator,
      user,
      (m) => asks(m) || /Adónde ir/.test(m.text ?? ""),
    );
    while (!/Adónde ir/.test(last(read).text ?? "")) {
      const [, reply] = answers.find(([question]) => question.test(last(read).text ?? "")) ?? [];
      harness.emulator.sendText(user, reply ?? "");
      read = await readUntil(
        harness.emulator,
        user,
        (m) => asks(m) || /Adónde ir/.test(m.text ?? ""),
      );
    }
    expect(last(read).text).toMatch(/via Statuto 15/);
  });

  it("Ukrainian in two words: «шукаю роботу» is answered in Ukrainian", async () => {
    const user = citizen("Oksana", "it");
    harness.emulator.sendText(user, "шукаю роботу");
    const [first] = await readUntil(harness.emulator, user, () => true);
    expect(first?.text).toMatch(
      /У якому районі Мілана ви живете\?|Ви шукаєте роботу помічником у сім'ї/,
    );
  });

  it("the buttons after the answer keep to the language the citizen wrote in", async () => {
    const user = citizen("Lucía", "it");
    harness.emulator.sendText(user, "necesito una niñera para mi hijo por las tardes");
    const place = last(
      await readUntil(harness.emulator, user, matching(/¿En qué zona de Milán vives\?/)),
    );
    expect(place.text).toMatch(/Escribe el barrio/);
    harness.emulator.sendText(user, "Municipio 3");
    const answer = last(await readUntil(harness.emulator, user, matching(/Adónde ir/)));
    harness.emulator.pressButton(user, answer, "m:spaces");
    const spaces = last(
      await readUntil(harness.emulator, user, matching(/espacios WeMi de Milán/)),
    );
    expect(spaces.text).toMatch(/Para toda la ciudad/);
    // Who runs a space is said in Spanish too, not left in English.
    expect(spaces.text).toMatch(/gestionado por la cooperativa social Eureka!/);
    expect(spaces.text).not.toMatch(/run by|together with|The social cooperative/);
  });

  it.each([
    ["ro", "Bună ziua, caut o bonă pentru fetița mea", /Unde să mergi/, /cooperativa socială/],
    ["uk", "Доброго дня, шукаю няню для доньки", /Куди звернутися/, /соціальний кооператив/i],
  ])(
    "%s: the details of the spaces (who runs them, where they are) in the citizen's language",
    async (_, message, whereToGo, cooperative) => {
      const user = citizen("Ioana", "it");
      harness.emulator.sendText(user, message);
      await readUntil(harness.emulator, user, () => true);
      harness.emulator.sendText(user, "Municipio 9");
      const answer = last(await readUntil(harness.emulator, user, matching(whereToGo)));
      harness.emulator.pressButton(user, answer, "d:spaces");
      const details = last(await readUntil(harness.emulator, user, matching(/Cascina Biblioteca/)));
      expect(details.text).toMatch(cooperative);
      expect(details.text).not.toMatch(/run by|together with|The social cooperative|courtyard/);
    },
  );
});

describe("the area said back to a Ukrainian", () => {
  it("a place written in Cyrillic is said back by its name, not a lower-case transliteration", async () => {
    const user = citizen("Olena", "uk");
    harness.emulator.sendText(
      user,
      "Доброго дня, шукаю роботу доглядальницею, живу біля метро Лорето",
    );
    const answer = last(await readUntil(harness.emulator, user, matching(/Куди звернутися/)));
    expect(answer.text).toMatch(/Зрозумів: .*Loreto/);
    expect(answer.text).not.toMatch(/metro loreto/);
  });

  it("«живу в Нігуарді», the neighbourhood declined after «в», is Niguarda, as «в Нігуарда» is", async () => {
    const user = citizen("Oksana", "uk");
    harness.emulator.sendText(user, "шукаю доглядальницю для моєї мами");
    await readUntil(harness.emulator, user, matching(/У якому районі/));
    harness.emulator.sendText(user, "живу в Нігуарді");
    const answer = last(
      await readUntil(harness.emulator, user, matching(/Куди звернутися|не впізнав/)),
    );
    expect(answer.text).toMatch(/Зрозумів: Niguarda.*Municipio 9/);
  });
});

describe("a command from a phone set to a language the bot only reads", () => {
  it.each([
    ["tl", "/cancella_dati", /Do you want to delete all the data/],
    ["ru", "/start", /I am the assistant of WeMi/],
    ["zh", "/aiuto", /How it works/],
    ["pt", "/cancella_dati", /Vuoi cancellare tutti i dati/],
  ])(
    "(%s) %s is answered in the language that language's notice answers in",
    async (language, command, expected) => {
      const user = citizen("Tala", language);
      harness.emulator.sendText(user, command);
      const [reply] = await readUntil(harness.emulator, user, () => true);
      expect(reply?.text).toMatch(expected);
      if (language !== "pt") expect(reply?.text).not.toMatch(/Vuoi|Ciao|Cosa posso/);
    },
  );
});

describe("a language the bot reads but does not speak", () => {
  it("Russian: one line in Russian about the languages spoken and a person, then the answer in English", async () => {
    const user = citizen("Olga", "ru");
    harness.emulator.sendText(user, "Здравствуйте, ищу работу сиделкой у пожилого человека");
    const [notice] = await readUntil(harness.emulator, user, () => true);
    expect(notice?.text).toMatch(/отвечаю только на итальянском, английском/);
    expect(notice?.text).toMatch(/\/operatore/);
    // "сиделкой" (as a carer) says which work: no question about it, nor about the area.
    const answer = last(await readUntil(harness.emulator, user, matching(/Where to go/)));
    expect(answer.text).toMatch(/via Statuto 15/);
  });

  it("after the answer in English, the conversation stays in English: a typed «yes» is answered in English", async () => {
    // Telegram set to Italian: the answer's language, not the client's, goes on.
    const user = citizen("Nadia", "it");
    harness.emulator.sendText(user, "Здравствуйте, ищу работу сиделкой у пожилого человека");
    await readUntil(harness.emulator, user, (m) => m.venue !== undefined);
    harness.emulator.sendText(user, "yes");
    // (No operators' group in this harness: the English "I can't pass you" stands for consent.)
    const consent = await harness.emulator.nextBotMessage(user.id);
    expect(consent.text).toMatch(/Do you agree\?|I can't pass you to a worker/);
  });

  it.each([
    ["Russian «да»", "Здравствуйте, ищу сиделку для мамы, она живёт одна", "да", /Where to go/],
    [
      "Portuguese «sim»",
      "Olá, procuro uma cuidadora para a minha mãe que mora sozinha",
      "sim",
      /Dove rivolgerti/,
    ],
    [
      "Tagalog «opo»",
      "Magandang araw po, naghahanap kami ng caregiver para sa lola namin",
      "opo",
      /Where to go/,
    ],
  ])(
    "%s to «would you like a WeMi worker to contact you?» is a yes",
    async (_, message, yes, whereToGo) => {
      const user = citizen("Olga", "it");
      harness.emulator.sendText(user, message);
      await readUntil(harness.emulator, user, (m) =>
        /Where in Milan|In che zona di Milano/.test(m.text ?? ""),
      );
      harness.emulator.sendText(user, "Municipio 8");
      await readUntil(harness.emulator, user, matching(whereToGo));
      await readUntil(harness.emulator, user, (m) => m.venue !== undefined);
      harness.emulator.sendText(user, yes);
      const consent = await harness.emulator.nextBotMessage(user.id);
      // (No operators' group in this harness: "I can't pass you" stands for consent.)
      expect(consent.text).toMatch(
        /Do you agree\?|I can't pass you|Sei d'accordo\?|non posso passarti/,
      );
    },
  );

  it("a short greeting says too little: the Telegram language (a hint) or Italian answers", async () => {
    const user = citizen("Ivan", "ru");
    harness.emulator.sendText(user, "привет");
    const [reply] = await readUntil(harness.emulator, user, () => true);
    expect(reply?.text).not.toMatch(/отвечаю только/);
    expect(reply?.text).toMatch(/Ciao|WeMi/);
  });
});

describe("a story that only implies the need, in the citizen's language", () => {
  it("Ukrainian: not understanding the son's school nor the doctor is Italian courses", async () => {
    const user = citizen("Halyna", "it");
    harness.emulator.sendText(
      user,
      "Я приїхала пів року тому. У школі сина я нічого не розумію, а до лікаря ходжу з перекладачем. Дуже хочу нормально говорити.",
    );
    const whereToGo = matching(/Куди звернутися/);
    const asked = (m: Message) => whereToGo(m) || /У якому районі Мілана/.test(m.text ?? "");
    let answer = last(await readUntil(harness.emulator, user, asked));
    if (!whereToGo(answer)) {
      harness.emulator.sendText(user, "Municipio 2");
      answer = last(await readUntil(harness.emulator, user, whereToGo));
    }
    expect(answer.text).toMatch(/Курси італійської для іноземців/);
  });
});

describe("a greeting that goes on is not only a greeting", () => {
  it("«hola buenas, necesito ayuda con mi madre»: asked which help, in Spanish", async () => {
    const user = citizen("Lucía", "it");
    harness.emulator.sendText(user, "hola buenas, necesito ayuda con mi madre");
    const reply = await harness.emulator.nextBotMessage(user.id);
    expect(reply.text).toMatch(/¿Qué tipo de ayuda necesitas\?/);
    expect(harness.emulator.buttonsOf(reply).length).toBeGreaterThan(2);
  });

  it("«hola buenas, mi madre ya no puede estar sola»: the need, in Spanish", async () => {
    const user = citizen("Rosa", "it");
    harness.emulator.sendText(user, "hola buenas, mi madre ya no puede estar sola");
    const [first] = await readUntil(harness.emulator, user, () => true);
    expect(first?.text).not.toMatch(/¡Hola! Soy el asistente/);
    expect(first?.text).toMatch(/¿|Adónde ir/);
  });

  it("«buongiorno, come stai?» is still a greeting", async () => {
    const user = citizen("Gino", "it");
    harness.emulator.sendText(user, "buongiorno, come stai?");
    expect((await harness.emulator.nextBotMessage(user.id)).text).toMatch(/Sono l'assistente/);
  });
});

describe("«Salut», Romanian and French for hello", () => {
  it.each([
    ["ro", /Bună! Sunt asistentul/],
    ["fr", /Ciao! Sono l'assistente/],
    ["it", /Ciao! Sono l'assistente/],
  ])(
    "with Telegram in «%s», a greeting, not activities for the elderly",
    async (code, greeting) => {
      const user = citizen("Ioana", code);
      harness.emulator.sendText(user, "Salut");
      const reply = await harness.emulator.nextBotMessage(user.id);
      expect(reply.text).toMatch(greeting);
      expect(reply.text).not.toMatch(/anziani|vârstnici|elderly/i);
    },
  );
});

describe("choosing a language", () => {
  it("/lingua offers Italian, English, Spanish, Romanian and Ukrainian; the choice sticks", async () => {
    const user = citizen("Oksana", "it");
    harness.emulator.sendText(user, "/lingua");
    const choice = await harness.emulator.nextBotMessage(user.id);
    expect(harness.emulator.buttonsOf(choice).map((b) => b.data)).toEqual([
      "l:it",
      "l:en",
      "l:es",
      "l:ro",
      "l:uk",
    ]);
    harness.emulator.pressButton(user, choice, "l:uk");
    expect((await harness.emulator.nextBotMessage(user.id)).text).toMatch(/пишу українською/);
    harness.emulator.sendText(user, "/aiuto");
    expect((await harness.emulator.nextBotMessage(user.id)).text).toMatch(/Як це працює/);
  });

  it.each([
    ["cambia lingua", /Scegli la lingua/],
    ["change language", /Choose your language/],
    ["english please", /from now on I will write in English/],
    ["in italiano per favore", /da ora ti scrivo in italiano/],
  ])("typed instead of /lingua: «%s»", async (typed, reply) => {
    const user = citizen("Oriana", "it");
    harness.emulator.sendText(user, typed);
    expect((await harness.emulator.nextBotMessage(user.id)).text).toMatch(reply);
  });

  it("the command menu is published in every language the bot speaks", async () => {
    await publishCommands(harness.app.bot.api, harness.app.texts);
    const italian = harness.emulator.commandsFor();
    const expected = { es: /espacios WeMi/, ro: /spațiile WeMi/, uk: /простори WeMi/ };
    for (const [code, spaces] of Object.entries(expected)) {
      const menu = harness.emulator.commandsFor({ type: "default" }, code);
      expect(menu.map((c) => c.command)).toEqual(italian.map((c) => c.command));
      for (const { description } of menu) expect(description).not.toMatch(/^command-|^$/);
      expect(menu.find((c) => c.command === "spazi")?.description).toMatch(spaces);
    }
  });
});
