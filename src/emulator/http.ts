import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { FaultInjector } from "./faults.js";
import { ApiError, compact, type Handler, intParam, type Params } from "./params.js";
import { MalformedRequestError, readRequestParams } from "./request-params.js";
import type { ApiCall } from "./types.js";

export interface ApiServerOptions {
  readonly token: string;
  /** By lower-case method name. */
  readonly handlers: Map<string, Handler>;
  readonly faults: FaultInjector;
  /** Every call but getUpdates, once answered (or dropped). */
  readonly record: (call: ApiCall) => void;
  /** After every answered call. */
  readonly notify: () => void;
}

/** The Bot API over HTTP on 127.0.0.1: routing, the token, Telegram's JSON answers, faults. */
export class ApiServer {
  private server: Server | undefined;
  private root: string | undefined;
  private readonly inflight = new Set<Promise<void>>();
  private readonly sleeps = new Set<() => void>();

  constructor(private readonly options: ApiServerOptions) {}

  get apiRoot(): string | undefined {
    return this.root;
  }

  get running(): boolean {
    return this.server !== undefined;
  }

  async start(): Promise<void> {
    if (this.server) return;
    const server = createServer((req, res) => {
      const done = this.serve(req, res).catch((error: unknown) => {
        respond(res, 500, {
          ok: false,
          error_code: 500,
          description: `Internal Server Error: ${String(error)}`,
        });
      });
      this.inflight.add(done);
      void done.finally(() => this.inflight.delete(done));
    });
    // Node's 5 s default closes an idle keep-alive socket just as a client may reuse it: the
    // client gets ECONNRESET (seen under load by the bench's echo bot, which has no retry).
    // Clients here never close theirs, and stop() closes every connection.
    server.keepAliveTimeout = 10 * 60 * 1000;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    this.server = server;
    this.root = `http://127.0.0.1:${port}`;
  }

  /** Waits for the calls in progress (after `beforeWait` ended long polls), then closes. */
  async stop(beforeWait: () => void): Promise<void> {
    const server = this.server;
    if (!server) return;
    beforeWait();
    for (const wake of [...this.sleeps]) wake();
    await Promise.allSettled([...this.inflight]);
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    this.server = undefined;
    this.root = undefined;
  }

  /** Cuts every open connection, pending long polls included, as a network outage does. */
  dropConnections(): void {
    this.server?.closeAllConnections();
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { faults } = this.options;
    if (faults.offline) {
      req.socket.destroy();
      return;
    }
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const route = /^\/bot([^/]*)\/([^/]+)$/.exec(url.pathname);
    if (!route) {
      req.resume();
      respond(res, 404, { ok: false, error_code: 404, description: "Not Found" });
      return;
    }
    const [, token, method = ""] = route;
    if (token !== this.options.token) {
      req.resume();
      respond(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
      return;
    }

    let params: Params = {};
    let outcome: { status: number; body: Record<string, unknown> };
    let dropAfter = false;
    try {
      const request = await readRequestParams(req, url);
      params = request.params;
      const handler = this.options.handlers.get(method.toLowerCase());
      if (!handler) throw new ApiError(404, "Not Found: method not found");
      const plan = faults.take(method, intParam(params.chat_id));
      if (plan.delayMs !== undefined) await this.sleep(plan.delayMs);
      if (plan.network === "refuse" || faults.offline) {
        this.record(method, params, { ok: false, description: "connection dropped (injected)" });
        req.socket.destroy();
        return;
      }
      if (plan.error) throw plan.error;
      const result = await handler(params, {
        files: request.files,
        onClientGone: (listener) =>
          res.on("close", () => {
            if (!res.writableEnded) listener();
          }),
      });
      outcome = { status: 200, body: { ok: true, result } };
      dropAfter = plan.network === "lose-response";
    } catch (error) {
      const failure =
        error instanceof ApiError
          ? error
          : error instanceof MalformedRequestError
            ? new ApiError(400, error.message)
            : new ApiError(500, `Internal Server Error: ${String(error)}`);
      outcome = {
        status: failure.code,
        body: compact({
          ok: false,
          error_code: failure.code,
          description: failure.description,
          parameters: failure.parameters,
        }),
      };
    }

    this.record(method, params, {
      ok: outcome.body.ok === true,
      error_code: outcome.body.error_code as number | undefined,
      description: outcome.body.description as string | undefined,
    });
    if (dropAfter) req.socket.destroy();
    else respond(res, outcome.status, outcome.body);
    this.options.notify();
  }

  private record(
    method: string,
    params: Params,
    outcome: { ok: boolean; error_code?: number | undefined; description?: string | undefined },
  ): void {
    if (method.toLowerCase() === "getupdates") return;
    this.options.record(compact({ method, params, ...outcome }));
  }

  /** A delay that stop() cuts short. */
  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleeps.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleeps.add(wake);
    });
  }
}

function respond(res: ServerResponse, status: number, body: unknown): void {
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
