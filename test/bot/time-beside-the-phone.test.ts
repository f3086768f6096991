import { describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { sayTo } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

/**
 * Session 40 typed trial (uk): Olena typed her number and when to call in one message,
 * «333 1234567, краще дзвонити вранці» (better call in the morning); the number was taken and
 * the time asked again, as if she had not said it. The time typed beside the number is kept:
 * the next question is the note, and the summary says when to call, as the buttons say it
 * («дзвонити», to call, beside the time changes nothing: «Зранку»).
 */
const operators: TestGroup = { id: -1001740, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });
const say = sayTo(harness);

const STORIES = {
  uk: {
    need: "шукаю доглядальницю для мами, живу в Niguarda",
    yes: "так",
    name: "Олена",
    phone: /За яким номером/,
    time: /Коли вам зручніше/,
    note: /примітку/,
    summary: /Перевірте запит/,
    no: "ні",
  },
  it: {
    need: "cerco una badante per mia madre, abito a Niguarda",
    yes: "sì",
    name: "Maria",
    phone: /A che numero/,
    time: /Quando preferisci essere chiamato/,
    note: /nota/,
    summary: /Controlla la tua richiesta/,
    no: "no",
  },
} as const;

async function untilPhone(user: TestUser, language: keyof typeof STORIES) {
  const story = STORIES[language];
  await say(user, story.need, /Vuoi essere ricontattato|Хочете, щоб із вами/);
  await say(user, story.yes, /Sei d'accordo\?|Ви згодні\?/);
  await say(user, story.yes, /Come ti chiami|Як вас звати/);
  await say(user, story.name, story.phone);
}

describe("the time to call typed beside the phone number", () => {
  it.each([
    ["uk", "333 1234567, краще дзвонити вранці", /Зранку/],
    ["uk", "+39 333 123 4567 після обіду", /Після обіду/],
    ["it", "333 1234567, meglio la mattina", /Mattina/],
    ["it", "333 123 4567 chiamatemi dopo le 17", /dopo le 17/],
  ] as const)(
    "(%s) «%s» is not asked again: the note is next, and the summary says when",
    async (language, typed, when) => {
      const story = STORIES[language];
      const user = citizen("Olena", language);
      await untilPhone(user, language);
      const next = await say(user, typed, new RegExp(`${story.time.source}|${story.note.source}`));
      expect(next.text).toMatch(story.note);
      const summary = await say(user, story.no, story.summary);
      expect(summary.text).toMatch(when);
      expect(summary.text).toMatch(/\+393331234567/);
    },
  );

  it("(it) a number alone still gets the time question", async () => {
    const user = citizen("Maria", "it");
    await untilPhone(user, "it");
    const next = await say(user, "333 1234567", /Quando preferisci essere chiamato|nota/);
    expect(next.text).toMatch(/Quando preferisci essere chiamato/);
  });

  it("(it) «chiamatemi la mattina» with nothing asked is a request for a call, not a time alone", async () => {
    const user = citizen("Maria", "it");
    const reply = await say(user, "chiamatemi la mattina", /In che zona|Sei d'accordo|orario/);
    expect(reply.text).toMatch(/In che zona|Sei d'accordo/);
  });
});
