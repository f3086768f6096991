import { describe, expect, it } from "vitest";
import type { TestGroup } from "../../src/emulator/bot-api-emulator.js";
import { citizen, useHarness } from "../support/harness.js";
import { until } from "./steps.js";

/**
 * Session 39 typed trials: a Brazilian mother asked for a person, gave her name, and at the
 * phone question wrote «não tenho telefone italiano, prefiro aqui pelo Telegram» (no Italian
 * phone, here on Telegram, please). She got «this number does not look valid» to that and to
 * everything after («de manhã», «obrigada»): only «não tenho telefone» with at most two more
 * words was read. The same in French and Albanian; in Sinhala «මෙතන ලියන්න» (write here) was
 * taken for a name. Each now gets «no phone: the worker writes
 * here», as «no tengo teléfono, por Telegram» does in Spanish.
 */
const operators: TestGroup = { id: -1001650, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

describe("no phone, said in a language the bot only reads, at the phone question", () => {
  it.each([
    [
      "pt",
      "quero falar com uma pessoa, moro em Turro",
      "não tenho telefone italiano, prefiro aqui pelo Telegram",
    ],
    [
      "fr",
      "je voudrais parler à une personne, j'habite à Turro",
      "je n'ai pas de numéro italien, écrivez-moi ici",
    ],
    ["si", "මට කෙනෙක් එක්ක කතා කරන්න ඕනේ, මම ඉන්නේ Niguarda වල", "මෙතන ලියන්න"],
    ["sq", "dua të flas me një person, jetoj në Turro", "nuk kam numër italian, më shkruani këtu"],
  ])("(%s) «%s», then «%s»: the worker will write here", async (_language, ask, noPhone) => {
    const { emulator } = harness;
    const user = citizen("Ana");
    emulator.sendText(user, ask);
    const consent = await until(emulator, user.id, /Sei d'accordo\?|Do you agree\?/);
    emulator.pressButton(user, consent, "h:consent:yes");
    const name = await until(emulator, user.id, /Come ti chiami|What is your name/);
    emulator.pressButton(user, name, "h:name");
    await until(emulator, user.id, /A che numero|What number/);
    emulator.sendText(user, noPhone);
    const said = await until(emulator, user.id, /niente telefono|no phone|non sembra valido|valid/);
    expect(said.text).toMatch(/niente telefono|no phone/);
  });
});
