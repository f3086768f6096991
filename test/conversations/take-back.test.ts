import { describe, expect, it } from "vitest";
import type { TestGroup } from "../../src/emulator/bot-api-emulator.js";
import { shown, until } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

/** A yes taken back at the next question («anzi no»): the citizen stops, nothing is kept. */
const operators: TestGroup = { id: -1001818, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

const NAME_QUESTION = /Come ti chiami|What is your name|Cómo te llamas|Cum te numești|Як вас звати/;
const CANCELLED =
  /non ho inviato nulla|I sent nothing|no he enviado nada|nu am trimis nimic|нічого не надіслав/;

describe("«anzi no» right after the yes to consent", () => {
  it.each([
    ["it", "anzi no"],
    ["it", "sì... anzi no"],
    ["en", "actually no"],
    ["es", "pensándolo bien, no"],
    ["ro", "de fapt nu"],
    ["uk", "хоча ні"],
  ])(
    "(%s) «%s» at the name question stops, rather than going on with no name",
    async (language, typed) => {
      const { emulator } = harness;
      const user = citizen("Dario", language);
      emulator.sendText(user, "/operatore");
      emulator.pressButton(user, await until(emulator, user.id, /\?$/m), "h:consent:yes");
      await until(emulator, user.id, NAME_QUESTION);
      emulator.sendText(user, typed);
      expect(shown(await emulator.nextBotMessage(user.id))).toMatch(CANCELLED);
    },
  );
});

const DECLINED =
  /non salvo nessun dato|I store no data|no guardo ningún dato|nu păstrez nicio dată|не зберігаю жодних даних/;

describe("an answer to consent taken back in the same message: the last one counts", () => {
  it.each([
    ["it", "no anzi sì", NAME_QUESTION],
    ["it", "no, aspetta, sì", NAME_QUESTION],
    ["it", "sì... no anzi no", DECLINED],
    ["en", "no wait, yes", NAME_QUESTION],
    ["en", "yes, I mean no", DECLINED],
    ["es", "no, espera, sí", NAME_QUESTION],
    ["ro", "nu, stai, da", NAME_QUESTION],
    ["uk", "ні, зачекай, так", NAME_QUESTION],
  ])("(%s) «%s»", async (language, typed, expected) => {
    const { emulator } = harness;
    const user = citizen("Ilaria", language);
    emulator.sendText(user, "/operatore");
    await until(emulator, user.id, /\?$/m);
    emulator.sendText(user, typed);
    expect(shown(await emulator.nextBotMessage(user.id))).toMatch(expected);
  });

  it("«no, va bene così» still declines: no answer was taken back", async () => {
    const { emulator } = harness;
    const user = citizen("Ilaria", "it");
    emulator.sendText(user, "/operatore");
    await until(emulator, user.id, /\?$/m);
    emulator.sendText(user, "no, va bene così");
    expect(shown(await emulator.nextBotMessage(user.id))).toMatch(DECLINED);
  });
});
