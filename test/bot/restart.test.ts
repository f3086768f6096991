import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, storageLocations } from "../support/backends.js";
import { citizen, type Harness, startHarness } from "../support/harness.js";
import { answerTo, isPlaceQuestion, last, readUntil, spacesIn } from "./story.js";

const locate = storageLocations();

describe.each(BACKENDS)("restarting the bot, on the %s storage", (kind) => {
  let harness: Harness;
  beforeAll(async () => {
    const { databaseUrl } = await locate(kind);
    harness = await startHarness(databaseUrl === undefined ? {} : { databaseUrl });
  });
  afterAll(async () => {
    await harness.close();
  });

  it("a restart in the middle of the place question: the answer still lands where it left off", async () => {
    const daughter = citizen("Giovanna");
    harness.emulator.sendText(daughter, "mia madre ha 87 anni e non riesce più a stare da sola");
    await readUntil(harness.emulator, daughter, isPlaceQuestion);

    await harness.stopBot();
    harness.emulator.sendText(daughter, "Quarto Oggiaro");
    await harness.startBot();

    const answer = await answerTo(harness.emulator, daughter);
    expect(answer.text).toMatch(/badante/i);
    expect(spacesIn(answer)).toEqual(
      expect.arrayContaining(["WeMi Tate/Colf/Badanti", "WeMi Capuana"]),
    );
  });

  it("a restart while «Intendevi…?» waits: a guess tapped or typed is still understood, its area asked again", async () => {
    const son = citizen("Piero");
    const daughter = citizen("Lucia");
    const asked = async (user: typeof son) => {
      harness.emulator.sendText(
        user,
        // «non ce la fa più da solo» alone is a carer's answer since session 39 (0.50): the house
        // is what leaves the model unsure between a carer, shopping and company.
        "mio papà Arturo è anziano e da solo non ce la fa più con la casa, abita in via Padova 120",
      );
      const messages = await readUntil(harness.emulator, user, (m) =>
        /Intendevi/.test(m.text ?? ""),
      );
      return last(messages);
    };
    const tapped = await asked(son);
    await asked(daughter);

    await harness.stopBot();
    await harness.startBot();

    const guess = harness.emulator.buttonsOf(tapped).find((b) => b.data?.startsWith("a:"));
    harness.emulator.pressButton(son, tapped, guess?.data as string);
    // The words (and the street in them) were in memory only: the area is asked plainly.
    await readUntil(harness.emulator, son, isPlaceQuestion);
    harness.emulator.sendText(daughter, guess?.text as string);
    await readUntil(harness.emulator, daughter, isPlaceQuestion);
  });

  it("after a restart the remembered place and language are still there", async () => {
    const tourist = citizen("Amy", "en");
    harness.emulator.sendText(tourist, "my son has dyslexia, can you help?");
    await readUntil(harness.emulator, tourist, isPlaceQuestion);
    harness.emulator.sendText(tourist, "Niguarda");
    await answerTo(harness.emulator, tourist);

    await harness.stopBot();
    await harness.startBot();

    harness.emulator.sendText(tourist, "I need a carer for my elderly mother");
    const messages = await readUntil(harness.emulator, tourist, (m) =>
      /Where to go/.test(m.text ?? ""),
    );
    expect(messages.some(isPlaceQuestion)).toBe(false);
    expect(messages.map((m) => m.text ?? "").join("\n")).toMatch(/Niguarda/);
    expect(spacesIn(last(messages))).toContain("WeMi Ornato");
  });
});
