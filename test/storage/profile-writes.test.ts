import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { answerTo, isPlaceQuestion, readUntil } from "../bot/story.js";
import { until } from "../handoff/steps.js";
import { citizen, type Harness, startHarness } from "../support/harness.js";
import { everythingUnder } from "../support/on-disk.js";

/**
 * A citizen's preferences (the language written in, the area, the last need, the question
 * waiting) are a line appended to the folder's log each time they change, not a file created
 * per citizen: changes in a row wait a few seconds in memory and make one line. What the bot
 * promised (the language chosen) is on disk when it says so.
 */
let harness: Harness;

/** The citizen's profiles as the log holds them, oldest first (erased lines hold no key). */
async function profileLines(id: number): Promise<unknown[]> {
  const log = await readFile(join(harness.dataDir, "profiles", "values.log"), "utf8").catch(
    () => "",
  );
  return log
    .split("\n")
    .filter((line) => line.startsWith(`${id}\t`))
    .map((line) => JSON.parse(line.split("\t").slice(3).join("\t")));
}

afterEach(() => harness.close());

describe("a citizen's profile on disk", () => {
  it("a need, then the area asked for right after: one profile line, and no file of the citizen's own", async () => {
    harness = await startHarness();
    const { emulator } = harness;
    const user = citizen("Gino");
    emulator.sendText(user, "cerco una colf per le pulizie di casa");
    await readUntil(emulator, user, isPlaceQuestion);
    emulator.sendText(user, "Niguarda");
    expect((await answerTo(emulator, user)).text).toMatch(/Niguarda/);
    await everythingUnder(harness.dataDir, harness.app);
    expect(await profileLines(user.id)).toEqual([
      expect.objectContaining({
        place: expect.objectContaining({ area: expect.stringMatching(/NIGUARDA/) }),
      }),
    ]);
    expect(await readdir(join(harness.dataDir, "profiles"))).not.toContain(`${user.id}.json`);

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
    const stored = async () => (await profileLines(user.id)).at(-1) as { locale?: string };
    // Written before the update leaves the journal, which the bot's answer precedes by little.
    for (let i = 0; i < 20 && (await stored())?.locale !== "en"; i++)
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
    expect(await profileLines(user.id)).toEqual([]);

    await harness.stopBot();
    await harness.startBot();
    emulator.sendText(user, "mi serve anche una badante");
    expect(await readUntil(emulator, user, isPlaceQuestion)).toBeDefined();
  }, 30_000);
});
