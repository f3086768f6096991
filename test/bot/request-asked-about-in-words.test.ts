import { describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { askForOperator } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";
import { last, readUntil } from "./story.js";

/**
 * Session 41 typed trial: Anna registered a request, read «con /annulla_richiesta puoi
 * ritirarla», and typed «ritiro la richiesta»; Lucía typed «¿cómo va mi solicitud?». Both were
 * told «Su questo non posso aiutarti» and shown the needs. Withdrawing asked for in words is
 * /annulla_richiesta: the request is named and a «sì» withdraws it; where it stands asked in
 * words is /stato. With none, the citizen is told so, in her language.
 */
const operators: TestGroup = { id: -1001741, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

const says = async (user: TestUser, text: string, next: RegExp) => {
  harness.emulator.sendText(user, text);
  return last(await readUntil(harness.emulator, user, (m) => next.test(m.text ?? ""))).text ?? "";
};

const CANT_HELP = /non posso aiutarti|can't help/;

describe("a citizen who asks in words to withdraw her request, or where it stands", () => {
  it.each([
    [
      "it",
      "ritiro la richiesta",
      /Vuoi ritirare la richiesta (WM-\w+)|non posso aiutarti/,
      "sì",
      /Ho ritirato/,
    ],
    [
      "it",
      "vorrei annullare la mia richiesta",
      /Vuoi ritirare la richiesta (WM-\w+)|non posso aiutarti/,
      "sì",
      /Ho ritirato/,
    ],
    ["en", "please cancel my request", /withdraw request (WM-\w+)|can't help/, "yes", /I withdrew/],
  ] as const)(
    "(%s) «%s» is asked which request, and withdraws it",
    async (language, typed, asked, yes, done) => {
      const user = citizen("Anna", language);
      const reference = await askForOperator(harness.emulator, user);
      const question = await says(user, typed, asked);
      expect(question).not.toMatch(CANT_HELP);
      expect(question).toContain(reference);
      expect(await says(user, yes, done)).toContain(reference);
    },
  );

  it.each([
    ["es", "quiero anular mi solicitud", /No tienes solicitudes abiertas|no puedo ayudarte/],
    ["ro", "vreau să anulez cererea", /Nu ai cereri deschise|nu te pot ajuta/],
    ["uk", "хочу скасувати заявку", /немає відкритих запитів|не можу допомогти/],
  ] as const)("(%s) «%s» with none open is told there is none", async (language, typed, told) => {
    const user = citizen("Ana", language);
    expect(await says(user, typed, told)).toMatch(/No tienes|Nu ai cereri|немає відкритих/);
  });

  it("(it) a need that names a request is still a need: «come ritiro la richiesta ISEE al CAF?»", async () => {
    const user = citizen("Ada");
    const reply = await says(user, "come ritiro la richiesta ISEE al CAF?", /./);
    expect(reply).not.toMatch(/richieste aperte|ritirare la richiesta/);
  });

  it.each([
    ["it", "a che punto è la mia richiesta?", /Le tue richieste|non posso aiutarti/],
    ["en", "what's the status of my request?", /Your requests|can't help/],
  ] as const)(
    "(%s) «%s» lists the request and where it stands",
    async (language, typed, listed) => {
      const user = citizen("Anna", language);
      const reference = await askForOperator(harness.emulator, user);
      const reply = await says(user, typed, listed);
      expect(reply).not.toMatch(CANT_HELP);
      expect(reply).toContain(reference);
    },
  );

  it.each([
    ["es", "¿cómo va mi solicitud?", /No tienes solicitudes|no puedo ayudarte/],
    ["ro", "ce se întâmplă cu cererea mea?", /Nu ai cereri|nu te pot ajuta/],
    ["uk", "що з моєю заявкою?", /немає|не можу допомогти/],
  ] as const)("(%s) «%s» with none is told there is none", async (language, typed, told) => {
    const user = citizen("Ana", language);
    expect(await says(user, typed, told)).toMatch(/registradas|înregistrate|зареєстрованих/);
  });
});
