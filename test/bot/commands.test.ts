import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishCommands } from "../../src/bot/create-bot.js";
import { citizen, type Harness, startHarness } from "../support/harness.js";
import { answerTo, isPlaceQuestion, readUntil, spacesIn } from "./story.js";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
});

describe("the command menu", () => {
  it("is published in Italian for everyone and in English for English clients", async () => {
    await publishCommands(harness.app.bot.api, harness.app.texts);
    const italian = harness.emulator.commandsFor();
    const english = harness.emulator.commandsFor({ type: "default" }, "en");
    for (const menu of [italian, english]) {
      expect(menu.map((c) => c.command)).toEqual(
        expect.arrayContaining(["start", "aiuto", "annulla", "spazi", "privacy", "lingua"]),
      );
      // A missing text would show its key ("command-spazi") in the menu.
      for (const { description } of menu) expect(description).not.toMatch(/^command-|^$/);
    }
    expect(english.map((c) => c.command)).toEqual(italian.map((c) => c.command));
    expect(italian.find((c) => c.command === "spazi")?.description).toBe("Tutti gli spazi WeMi");
    expect(english.find((c) => c.command === "spazi")?.description).toMatch(/All WeMi spaces/i);
  });
});

describe("commands", () => {
  it("/start greets by name and offers the most requested needs; a need button leads to an answer", async () => {
    const user = citizen("Teresa");
    harness.emulator.sendText(user, "/start");
    const welcome = await harness.emulator.nextBotMessage(user.id);
    expect(welcome.text).toMatch(/^Ciao Teresa/);
    const buttons = harness.emulator.buttonsOf(welcome).map((b) => b.data);
    expect(buttons).toEqual(expect.arrayContaining(["n:badante", "n:dsa", "m:spaces"]));

    const press = harness.emulator.pressButton(user, welcome, "n:badante");
    await harness.emulator.waitForCallbackAnswer(press);
    await readUntil(harness.emulator, user, isPlaceQuestion);
    harness.emulator.sendText(user, "Municipio 6");
    const answer = await answerTo(harness.emulator, user);
    expect(spacesIn(answer)).toEqual(
      expect.arrayContaining(["WeMi Tate/Colf/Badanti", "WeMi Voltri"]),
    );
  });

  it("a name with HTML characters is shown as written, not refused by Telegram", async () => {
    const user = citizen("<Anna & Co>");
    harness.emulator.sendText(user, "/start");
    const welcome = await harness.emulator.nextBotMessage(user.id);
    expect(welcome.text).toMatch(/^Ciao <Anna & Co>/);
  });

  it("a need button pressed during another question switches to that need", async () => {
    const user = citizen("Walter");
    harness.emulator.sendText(user, "/start");
    const welcome = await harness.emulator.nextBotMessage(user.id);
    harness.emulator.sendText(user, "cerco lavoro");
    await readUntil(harness.emulator, user, isPlaceQuestion);

    harness.emulator.pressButton(user, welcome, "n:pasti_domicilio");
    await readUntil(harness.emulator, user, isPlaceQuestion);
    harness.emulator.sendText(user, "Municipio 8");
    const answer = await answerTo(harness.emulator, user);
    expect(answer.text).toMatch(/Pasti a domicilio/);
    expect(answer.text).not.toMatch(/Cerco lavoro/);
  });

  it("/spazi lists every WeMi space with its address", async () => {
    const user = citizen("Aldo");
    harness.emulator.sendText(user, "/spazi");
    const list = await harness.emulator.nextBotMessage(user.id);
    for (const line of [
      "WeMi Stelline, Palazzo delle Stelline, corso Magenta 63",
      "WeMi Venini, via Venini 83",
      "WeMi Capuana, via Capuana 3",
      "WeMi Pacinotti, via Pacinotti 8",
      "WeMi Ornato, via Ornato 7",
      "WeMi Tate/Colf/Badanti, via Statuto 15",
    ]) {
      expect(list.text).toContain(line);
    }
    expect(list.text?.match(/• WeMi /g)).toHaveLength(12);
  });

  it("/aiuto and /privacy explain themselves", async () => {
    const user = citizen("Bice");
    harness.emulator.sendText(user, "/aiuto");
    expect((await harness.emulator.nextBotMessage(user.id)).text).toMatch(/Come funziona/);
    harness.emulator.sendText(user, "/privacy");
    expect((await harness.emulator.nextBotMessage(user.id)).text).toMatch(/Privacy/);
  });

  it("/lingua switches an Italian client to English, and the bot keeps to it", async () => {
    const user = citizen("Yusuf");
    harness.emulator.sendText(user, "/lingua");
    const choice = await harness.emulator.nextBotMessage(user.id);
    harness.emulator.pressButton(user, choice, "l:en");
    expect((await harness.emulator.nextBotMessage(user.id)).text).toMatch(/English/);

    harness.emulator.sendText(user, "mio figlio ha la dislessia");
    const [question] = await readUntil(harness.emulator, user, isPlaceQuestion);
    expect(question?.text).toMatch(/Where in Milan do you live/);
    harness.emulator.sendText(user, "Municipio 8");
    expect((await answerTo(harness.emulator, user)).text).toMatch(/Where to go/);
  });
});
