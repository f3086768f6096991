import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RunnerHandle, run } from "@grammyjs/runner";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.js";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { BotApiEmulator, type TestUser } from "../../src/emulator/bot-api-emulator.js";
import { createLogger } from "../../src/logging/index.js";
import { citizen } from "../support/harness.js";
import { shown, until } from "./steps.js";

// The app reads its catalogue from a copy, so that the story can break it and mend it.
const admin: TestUser = { id: 701, first_name: "Admin" };
const emulator = new BotApiEmulator();
let root: string;
let app: App;
let runner: RunnerHandle;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "wemi-root-"));
  for (const path of ["intents", "locales", "data/services.yaml", "data/spaces.yaml", "data/nlu"]) {
    await cp(join(PROJECT_ROOT, path), join(root, path), { recursive: true });
  }
  await mkdir(join(root, "runtime"));
  await emulator.start();
  app = await createApp({
    token: emulator.token,
    apiRoot: emulator.apiRoot,
    botInfo: emulator.botInfo,
    dataDir: join(root, "runtime"),
    logger: createLogger(process.env.TEST_LOG_LEVEL ?? "silent"),
    adminIds: new Set([admin.id]),
    root,
  });
  app.startBackground();
  runner = run(app.bot, { runner: { fetch: { timeout: 1 } } });
  await emulator.waitForPolling();
});
afterAll(async () => {
  if (runner.isRunning()) await runner.stop();
  await app.close();
  await emulator.stop();
  await rm(root, { recursive: true, force: true });
});

it("/reload with a broken intent file: the admin reads the errors, citizens keep the old catalogue", async () => {
  await writeFile(join(root, "intents", "rotto.yaml"), "id: rotto\nlabel: [non chiuso\n");
  emulator.sendText(admin, "/reload");
  const failed = shown(await emulator.nextBotMessage(admin.id));
  expect(failed).toMatch(/^❌ Il catalogo ha errori: continuo a usare quello di prima\./);
  expect(failed).toContain("rotto.yaml");

  const user = citizen("Marta");
  emulator.sendText(user, "cerco una badante per mio padre");
  await until(emulator, user.id, /In che zona/);
  emulator.sendText(user, "Niguarda");
  expect(shown(await until(emulator, user.id, /Dove rivolgerti/))).toMatch(
    /WeMi Tate\/Colf\/Badanti/,
  );
});

it("/reload once mended: a summary of what is now loaded, with the new example counted", async () => {
  await rm(join(root, "intents", "rotto.yaml"));
  emulator.sendText(admin, "/reload");
  const before = shown(await until(emulator, admin.id, /Catalogo ricaricato/));
  const examples = Number(/(\d+) esempi/.exec(before)?.[1]);
  expect(before).toMatch(
    /✅ Catalogo ricaricato: \d+ bisogni, \d+ esempi, \d+ servizi, \d+ spazi\./,
  );

  const badante = join(root, "intents", "badante.yaml");
  const text = await readFile(badante, "utf8");
  await writeFile(
    badante,
    text.replace(/(\n {2}it:\n)/, '$1    - "cerco qualcuno che stia con mia nonna di notte"\n'),
  );
  emulator.sendText(admin, "/reload");
  const after = shown(await until(emulator, admin.id, /Catalogo ricaricato/));
  expect(Number(/(\d+) esempi/.exec(after)?.[1])).toBe(examples + 1);
});

it("someone else sending /reload learns nothing about admin commands, and nothing is reloaded", async () => {
  await writeFile(join(root, "intents", "rotto.yaml"), "id: rotto\nlabel: [non chiuso\n");
  try {
    const stranger = citizen("Curioso");
    for (const command of ["/reload", "/stats", "/catalogo"]) {
      emulator.sendText(stranger, command);
      const said = (await emulator.waitForMessages(stranger.id, 1)).map(shown).join("\n");
      expect(said, command).not.toMatch(/catalogo|ricaric|rotto|statistiche|admin/i);
    }
  } finally {
    await rm(join(root, "intents", "rotto.yaml"));
  }
});
