import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { answerTo, isPlaceQuestion, readUntil } from "../bot/story.js";
import { until } from "../handoff/steps.js";
import { CountingDisk } from "../support/counting-disk.js";
import { citizen, type Harness, startHarness } from "../support/harness.js";
import { everythingUnder } from "../support/on-disk.js";

/**
 * A citizen's preferences (the language written in, the area, the last need, the question
 * waiting) cost a file written and renamed each time they change: changes in a row wait a few
 * seconds in memory and make one write. What the bot promised (the language chosen) is on
 * disk when it says so.
 */
let harness: Harness;
afterEach(() => harness.close());

describe("a citizen's profile on disk", () => {
  it("a need, then the area asked for right after: one profile write, not one per message", async () => {
    const disk = new CountingDisk();
    harness = await startHarness({ disk });
    const { emulator } = harness;
    const user = citizen("Gino");
    emulator.sendText(user, "cerco una colf per le pulizie di casa");
    await readUntil(emulator, user, isPlaceQuestion);
    emulator.sendText(user, "Niguarda");
    expect((await answerTo(emulator, user)).text).toMatch(/Niguarda/);
    await everythingUnder(harness.dataDir, harness.app);
    expect(disk.writesTo(`profiles/${user.id}.json`)).toBe(1);

    // And it is what a restart reads: the next need is answered for Niguarda at once.
    await harness.stopBot();
    await harness.startBot();
    emulator.sendText(user, "mi serve anche una badante");
    expect((await answerTo(emulator, user)).text).toMatch(/Niguarda/);
  }, 30_000);

  it("the language chosen with /lingua is on disk as soon as the bot confirms it", async () => {
    harness = await startHarness();
    const { emulator } = harness;
    const user = citizen("Yusuf");
    emulator.sendText(user, "/lingua");
    emulator.pressButton(user, await emulator.nextBotMessage(user.id), "l:en");
    expect((await emulator.nextBotMessage(user.id)).text).toMatch(/English/);
    const stored = async () =>
      JSON.parse(await readFile(join(harness.dataDir, "profiles", `${user.id}.json`), "utf8"));
    // Written before the update leaves the journal, which the bot's answer precedes by little.
    for (let i = 0; i < 20 && (await stored().catch(() => ({}))).locale !== "en"; i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await stored()).toMatchObject({ locale: "en" });
  });

  it("/cancella_dati while the area still waits to be written: nothing comes back, not after the delay nor after a restart", async () => {
    harness = await startHarness();
    const { emulator } = harness;
    const user = citizen("Ottavia");
    emulator.sendText(user, "cerco una colf per le pulizie di casa");
    await readUntil(emulator, user, isPlaceQuestion);
    emulator.sendText(user, "Niguarda");
    expect((await answerTo(emulator, user)).text).toMatch(/Niguarda/);
    // The area waits in memory (a few seconds) when the erasure comes.
    emulator.sendText(user, "/cancella_dati");
    emulator.pressButton(user, await until(emulator, user.id, /Vuoi cancellare/), "e:yes");
    await until(emulator, user.id, /ho cancellato i tuoi dati/);
    await new Promise((resolve) => setTimeout(resolve, 6000));
    const profiles = await readdir(join(harness.dataDir, "profiles")).catch(() => []);
    expect(profiles.filter((name) => name.startsWith(String(user.id)))).toEqual([]);

    await harness.stopBot();
    await harness.startBot();
    emulator.sendText(user, "mi serve anche una badante");
    expect(await readUntil(emulator, user, isPlaceQuestion)).toBeDefined();
  }, 30_000);
});
