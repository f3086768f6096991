import { describe, expect, it } from "vitest";
import type { TestGroup } from "../../src/emulator/bot-api-emulator.js";
import { shown, until } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

/**
 * A word of one language does not answer a question in a dialogue held in another when it
 * means something else there: Romanian «și» is «and», not Italian «sì» (yes).
 */
const operators: TestGroup = { id: -1001520, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

describe("a Romanian citizen asked whether they agree to be contacted", () => {
  it("«și apoi?» («and then?») is no consent: the bot names the answers, and waits for one", async () => {
    const user = citizen("Ioana", "ro");
    harness.emulator.sendText(user, "/operatore");
    await until(harness.emulator, user.id, /de acord/);

    harness.emulator.sendText(user, "și apoi?");
    // Not the name question that consent leads to: a hint, in Romanian.
    expect(shown(await harness.emulator.nextBotMessage(user.id))).toMatch(/"da" sau "nu"/);
    harness.emulator.sendText(user, "da");
    expect(shown(await harness.emulator.nextBotMessage(user.id))).toMatch(/Cum te numești/);
  });

  it("«da» still is consent, and so is the Italian «sì» typed in an Italian dialogue", async () => {
    const ioana = citizen("Ioana", "ro");
    harness.emulator.sendText(ioana, "/operatore");
    await until(harness.emulator, ioana.id, /de acord/);
    harness.emulator.sendText(ioana, "da");
    expect(shown(await harness.emulator.nextBotMessage(ioana.id))).toMatch(/nume/i);

    const anna = citizen("Anna", "it");
    harness.emulator.sendText(anna, "/operatore");
    await until(harness.emulator, anna.id, /d'accordo/);
    harness.emulator.sendText(anna, "sì");
    expect(shown(await harness.emulator.nextBotMessage(anna.id))).toMatch(/nome/i);
  });
});

describe("a Romanian citizen asked to confirm the erasure of their data", () => {
  it("«și?» erases nothing: the bot says how to confirm", async () => {
    const user = citizen("Mihai", "ro");
    harness.emulator.sendText(user, "/cancella_dati");
    await until(harness.emulator, user.id, /Da, șterge tot|șterg/);

    harness.emulator.sendText(user, "și?");
    expect(shown(await harness.emulator.nextBotMessage(user.id))).toMatch(
      /Scrie "da" ca să ștergi/,
    );
  });
});
