import { describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { askForOperator, notificationOf } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";
import { answerTo, cardOf, isPlaceQuestion, readUntil, shown } from "./story.js";

const operators: TestGroup = { id: -1001700, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

async function answered(user: TestUser, need: string, area: string) {
  harness.emulator.sendText(user, need);
  await readUntil(harness.emulator, user, isPlaceQuestion);
  harness.emulator.sendText(user, area);
  return answerTo(harness.emulator, user);
}

describe("small things that confused citizens", () => {
  it("/aiuto lists every citizen command", async () => {
    const user = citizen("Ugo");
    harness.emulator.sendText(user, "/aiuto");
    const help = shown(await harness.emulator.nextBotMessage(user.id));
    for (const command of [
      "/operatore",
      "/stato",
      "/annulla_richiesta",
      "/cancella_dati",
      "/spazi",
      "/lingua",
      "/privacy",
    ])
      expect(help).toContain(command);
  });

  it("the needs menu reaches every need through «Altri bisogni»", async () => {
    const user = citizen("Vera");
    harness.emulator.sendText(user, "/start");
    const welcome = await harness.emulator.nextBotMessage(user.id);
    harness.emulator.pressButton(user, welcome, "m:needs");
    const all = await harness.emulator.nextBotMessage(user.id);
    const offered = harness.emulator.buttonsOf(all).map((b) => b.data);
    const needs = harness.app.knowledge.current.catalogue.intents
      .map((intent) => intent.id)
      .filter((id) => !["saluto", "operatore", "emergenza"].includes(id));
    expect(needs.length).toBeGreaterThan(10);
    for (const id of needs) expect(offered).toContain(`n:${id}`);
  });

  it("the first space is a short card; who runs it and its host are behind a button; unknown contacts point to the WeMi portal", async () => {
    const user = citizen("Wanda");
    const answer = await answered(user, "cerco una badante", "Quarto Oggiaro");
    const first = cardOf(answer, "WeMi Tate/Colf/Badanti");
    expect(first.split("\n").length).toBeLessThanOrEqual(6);
    expect(answer.text).not.toMatch(/👥|🏛/);
    expect(answer.text).toContain("www.wemi.milano.it");
    expect(answer.text).not.toMatch(/chiedi direttamente allo spazio/);
    await harness.emulator.nextBotMessage(user.id); // the venue
    harness.emulator.pressButton(user, answer, "d:spaces");
    const details = shown(await harness.emulator.nextBotMessage(user.id));
    expect(details).toMatch(/👥 .*Eureka/);
    expect(details).toMatch(/🏛 .*Agorà/);
  });

  it("the operators' card names a Municipio once", async () => {
    const user = citizen("Zoe");
    await answered(user, "cerco una colf", "Municipio 2");
    await harness.emulator.nextBotMessage(user.id); // the venue
    const reference = await askForOperator(harness.emulator, user);
    const card = shown(await notificationOf(harness.emulator, harness.app, operators, reference));
    expect(card).toMatch(/Zona: Municipio 2\n/);
    expect(card).not.toMatch(/Municipio 2 – Municipio 2/);
  });
});

describe("the buttons under an answer, typed in short", () => {
  it.each([
    ["chi gestisce gli spazi", /👥 /],
    ["tutti gli spazi", /Gli spazi WeMi di Milano/],
    ["un altro bisogno", /Di cosa hai bisogno\?/],
  ])("«%s» does what its button does", async (typed, expected) => {
    const user = citizen("Fosca");
    await answered(user, "cerco una colf", "Niguarda");
    await harness.emulator.nextBotMessage(user.id); // the venue
    harness.emulator.sendText(user, typed);
    const reply = shown(await harness.emulator.nextBotMessage(user.id));
    expect(reply).toMatch(expected);
  });
});

describe("an answer given without the area", () => {
  it("offers to tell the area, not «Non è giusto, cambia zona» about an area never given", async () => {
    const user = citizen("Alba");
    const answer = await answered(user, "cerco una colf", "preferisco non dirlo");
    const labels = harness.emulator.buttonsOf(answer).map((button) => button.text);
    expect(labels.join("\n")).not.toMatch(/Non è giusto/);
    expect(labels).toContain("📍 Dimmi la tua zona");
    await harness.emulator.nextBotMessage(user.id); // the venue
    harness.emulator.pressButton(user, answer, "p:change");
    expect(shown(await harness.emulator.nextBotMessage(user.id))).toMatch(/In che zona/);
  });
});
