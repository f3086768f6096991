import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { webhookCallback } from "grammy";
import type { App } from "../app.js";
import { describeError, type Logger } from "../logging/index.js";

/** The update types the bot handles; Telegram sends no others. */
export const ALLOWED_UPDATES = [
  "message",
  "edited_message",
  "callback_query",
  "my_chat_member",
] as const;

export interface WebhookOptions {
  /** The public https URL Telegram posts to; this server answers at its path. */
  readonly url: string;
  readonly secret: string;
  readonly port: number;
  readonly host: string;
  readonly logger: Logger;
}

export interface WebhookServer {
  /** The port listened on (the one asked for, or the one given for 0). */
  readonly port: number;
  /** Stops taking updates and waits for those being handled. */
  close(): Promise<void>;
}

/**
 * Webhook mode: a node:http server taking Telegram's posts through grammY's
 * webhookCallback, which answers 401 (and handles nothing) when the secret header is wrong.
 * GET /healthz says 200 once the bot is set up and the storage answers, 503 otherwise, for
 * the reverse proxy or the process manager.
 *
 * An update whose handling fails is answered 500, so Telegram delivers it again; the
 * storage's guard makes sure that what was handled is not handled twice.
 */
export async function serveWebhook(app: App, options: WebhookOptions): Promise<WebhookServer> {
  const { logger } = options;
  const path = new URL(options.url).pathname;
  const handle = webhookCallback(app.bot, "http", { secretToken: options.secret });
  let ready = false;

  const health = async (res: ServerResponse) => {
    const healthy = ready && (await app.isReady());
    res.writeHead(healthy ? 200 : 503, { "Content-Type": "text/plain" });
    res.end(healthy ? "ok\n" : "not ready\n");
  };
  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    const requested = new URL(req.url ?? "/", "http://localhost").pathname;
    if (req.method === "GET" && requested === "/healthz") return health(res);
    if (req.method !== "POST" || requested !== path) {
      res.writeHead(404).end();
      return;
    }
    try {
      await handle(req, res);
    } catch (error) {
      logger.error({ error: describeError(error) }, "webhook update not handled");
      if (!res.headersSent) res.writeHead(500).end();
    }
  };
  const server = createServer((req, res) => void serve(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });

  try {
    await app.start();
    await app.bot.api.setWebhook(options.url, {
      secret_token: options.secret,
      allowed_updates: [...ALLOWED_UPDATES],
    });
    void app.warmUp();
  } catch (error) {
    server.close();
    throw error;
  }
  ready = true;
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      ready = false;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
    },
  };
}
