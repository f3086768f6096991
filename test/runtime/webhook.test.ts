import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.js";
import { BotApiEmulator } from "../../src/emulator/bot-api-emulator.js";
import { createLogger } from "../../src/logging/index.js";
import { serveWebhook, type WebhookServer } from "../../src/runtime/webhook.js";
import { startPostgres, type TestPostgres } from "../support/postgres.js";

const SECRET = "the-webhook-secret-0123";

describe("the webhook server's health, for the proxy in front of it", () => {
  let postgres: TestPostgres;
  let emulator: BotApiEmulator;
  let app: App;
  let server: WebhookServer;
  let dataDir: string;
  const base = () => `http://127.0.0.1:${server.port}`;

  beforeAll(async () => {
    postgres = await startPostgres();
    emulator = new BotApiEmulator();
    await emulator.start();
    dataDir = await mkdtemp(join(tmpdir(), "wemi-webhook-"));
    app = await createApp({
      token: emulator.token,
      apiRoot: emulator.apiRoot,
      botInfo: emulator.botInfo,
      dataDir,
      databaseUrl: await postgres.createDatabase(),
      logger: createLogger("silent"),
    });
    server = await serveWebhook(app, {
      url: "https://bot.example.org/hook",
      secret: SECRET,
      port: 0,
      host: "127.0.0.1",
      logger: createLogger("silent"),
    });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await app?.close();
    await emulator?.stop();
    await postgres?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  it("answers only at the webhook's path; a post without the secret is refused, unhandled", async () => {
    expect((await fetch(`${base()}/other`, { method: "POST" })).status).toBe(404);
    const user = { id: 77, first_name: "Ada", language_code: "it" };
    emulator.sendText(user, "/start");
    const [update] = emulator.takeUpdates();
    const refused = await fetch(`${base()}/hook`, { method: "POST", body: JSON.stringify(update) });
    expect(refused.status).toBe(401);
    expect(emulator.sentMessages(user.id)).toEqual([]);
  });

  it("is healthy with the database up, and says 503 as soon as it is down", async () => {
    expect((await fetch(`${base()}/healthz`)).status).toBe(200);
    await postgres.stop();
    expect((await fetch(`${base()}/healthz`)).status).toBe(503);
  });
});
