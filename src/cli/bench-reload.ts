import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../app.js";
import { BotApiEmulator } from "../emulator/bot-api-emulator.js";
import { createLogger } from "../logging/index.js";
import { copyOfContent } from "../runtime/content-copy.js";
import { newDeliveries, progress } from "./bench-citizens.js";
import { percentile } from "./stats.js";

/**
 * `npx tsx src/cli/bench-reload.ts`: how long citizens wait for a first reply while an admin's
 * /reload retrains the catalogue. A new citizen writes every INTERVAL_MS from the /reload on,
 * until its answer has come; each wait is counted from when the message was due, not sent: a
 * frozen event loop holds the sender's timers too, as it would hold Telegram's updates.
 */
const INTERVAL_MS = 50;
const ADMIN = { id: 9001, first_name: "Admin" };

const root = await copyOfContent();
const dataDir = await mkdtemp(join(tmpdir(), "wemi-reload-data-"));
const emulator = new BotApiEmulator();
await emulator.start();
const app = await createApp({
  token: emulator.token,
  apiRoot: emulator.apiRoot,
  botInfo: emulator.botInfo,
  dataDir,
  logger: createLogger("silent"),
  adminIds: new Set([ADMIN.id]),
  root,
});
const runner = await app.launch({ runner: { fetch: { timeout: 1 } } });
await emulator.waitForPolling();

// An example no cached model has seen: the reload trains both models.
const badante = join(root, "intents", "badante.yaml");
const text = await readFile(badante, "utf8");
await writeFile(
  badante,
  text.replace(/(\n {2}it:\n)/, `$1    - "cerco qualcuno per la nonna ${Date.now()}"\n`),
);

progress(
  `reload with training, a citizen every ${INTERVAL_MS} ms, load ${loadavg()[0]?.toFixed(1)}`,
);
const due = new Map<number, number>();
const waits: number[] = [];
let reloaded = false;
let next = 2_000_000;
const readDeliveries = newDeliveries(emulator, (chatId) => {
  if (chatId === ADMIN.id) reloaded = true;
  const at = due.get(chatId);
  if (at === undefined) return;
  waits.push(performance.now() - at);
  due.delete(chatId);
});
const started = performance.now();
emulator.sendText(ADMIN, "/reload");
let sent = 0;
const sendNext = () => {
  readDeliveries();
  if (reloaded) return;
  const user = { id: next++, first_name: "Citizen", language_code: "it" };
  due.set(user.id, started + sent * INTERVAL_MS);
  emulator.sendText(user, "cerco una badante per mio padre");
  sent++;
  setTimeout(sendNext, started + sent * INTERVAL_MS - performance.now());
};
sendNext();
await emulator.waitFor(
  () => {
    readDeliveries();
    return reloaded && due.size === 0;
  },
  300_000,
  "the reload and every citizen's answer",
);
const reload = performance.now() - started;
waits.sort((a, b) => a - b);
const ms = (value: number) => `${value.toFixed(0)} ms`;
console.log(
  `reload ${ms(reload)}; ${waits.length} citizens meanwhile: first reply p50 ${ms(percentile(waits, 50))}, p99 ${ms(percentile(waits, 99))}, max ${ms(waits.at(-1) ?? 0)}`,
);
await runner.stop();
await app.close();
await emulator.stop();
await rm(root, { recursive: true, force: true });
await rm(dataDir, { recursive: true, force: true });
