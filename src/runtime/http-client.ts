import http from "node:http";
import https from "node:https";
import type { Readable } from "node:stream";
import { urlToHttpOptions } from "node:url";
import { KeepAlivePool } from "./keep-alive.js";

/** What grammY's client passes to `fetch` (see grammy/out/core/client.js). */
export interface FetchInit {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  /** JSON text, or a multipart stream when a file is uploaded. */
  readonly body?: string | Readable;
  readonly agent?: http.Agent;
  /** grammY's own AbortController's signal (a polyfill, not Node's AbortSignal). */
  readonly signal?: {
    readonly aborted: boolean;
    addEventListener(type: "abort", listener: () => void): void;
    removeEventListener(type: "abort", listener: () => void): void;
  };
}

/** All grammY reads of a response. */
export interface FetchResponse {
  json(): Promise<unknown>;
}

/** The Bot API client's `fetch`: leanFetch, or another to compare it with (the bench's). */
export type BotApiFetch = (url: string, init?: FetchInit) => Promise<FetchResponse>;

/**
 * The Bot API client's `fetch`: one `http.request` on grammY's keep-alive agent, the body
 * read whole and parsed. node-fetch (grammY's default) builds Request, Headers, Response and
 * body streams around each call; with several calls per citizen update that was a large
 * share of the bot's CPU. grammY keeps its own timeouts, errors and retries on top.
 *
 * One call, one small object holding its state (`Exchange`): listeners are its methods bound
 * once, with no `once` wrappers, closures or chunk array of their own (about 3.4 KB
 * allocated per call before, for one or two calls per citizen update).
 */
export function leanFetch(url: string, init: FetchInit = {}): Promise<FetchResponse> {
  const { agent, body } = init;
  if (agent !== undefined && typeof body !== "object" && plainAgent(agent)) {
    return overKeptSockets(url, agent, init);
  }
  return new Promise((resolve, reject) => {
    const { signal } = init;
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const headers = { ...init.headers };
    if (typeof body === "string") headers["content-length"] = String(Buffer.byteLength(body));
    const client = url.startsWith("https:") ? https : http;
    const request = client.request({
      ...target(url),
      method: init.method ?? "GET",
      headers,
      ...(init.agent ? { agent: init.agent } : {}),
    });
    const exchange = new Exchange(request, signal, resolve, reject);
    signal?.addEventListener("abort", exchange.abort);
    request.on("error", exchange.fail);
    request.on("response", exchange.respond);
    if (body === undefined || typeof body === "string") request.end(body);
    else {
      body.once("error", (error) => request.destroy(error));
      body.pipe(request);
    }
  });
}

/**
 * Node's own agents (as grammY and the bot make them); one of another kind (a proxy's, say)
 * opens its connections its own way, and keeps http.request.
 */
const plainAgent = (agent: http.Agent) =>
  agent.constructor === http.Agent || agent.constructor === https.Agent;

/** Each agent's sockets, kept open by KeepAlivePool rather than by the agent itself. */
const pools = new WeakMap<http.Agent, KeepAlivePool>();

/**
 * A call with a JSON body (or none) on a keep-alive agent: over KeepAlivePool's sockets,
 * without Node's http client (see keep-alive.ts). Files (a stream body) go through
 * http.request.
 */
function overKeptSockets(url: string, agent: http.Agent, init: FetchInit): Promise<FetchResponse> {
  const { signal } = init;
  if (signal?.aborted) return Promise.reject(abortError());
  let pool = pools.get(agent);
  if (pool === undefined) {
    pool = new KeepAlivePool(agent);
    pools.set(agent, pool);
  }
  let abort: ((error: Error) => void) | undefined;
  const onAbort = () => abort?.(abortError());
  signal?.addEventListener("abort", onAbort);
  const answer = pool.request(
    url,
    init.method ?? "GET",
    init.headers ?? {},
    init.body as string | undefined,
    signal &&
      ((end) => {
        abort = end;
      }),
  );
  return answer.then(
    ({ body }) => {
      signal?.removeEventListener("abort", onAbort);
      return { json: async () => JSON.parse(body) };
    },
    (error: unknown) => {
      signal?.removeEventListener("abort", onAbort);
      throw error;
    },
  );
}

/** One request's state: what the response has brought so far, and how to settle it. */
class Exchange {
  /** The response body: one chunk for a Bot API answer on 127.0.0.1 or a fast link. */
  private first: Buffer | undefined;
  private rest: Buffer[] | undefined;
  private settled = false;

  constructor(
    private readonly request: http.ClientRequest,
    private readonly signal: FetchInit["signal"],
    private readonly resolve: (response: FetchResponse) => void,
    private readonly reject: (error: unknown) => void,
  ) {}

  readonly abort = () => this.request.destroy(abortError());

  /** The request or the response failed (or was aborted): the first error settles. */
  readonly fail = (error: unknown) => {
    if (this.settled) return;
    this.settle();
    this.reject(error);
  };

  readonly respond = (response: http.IncomingMessage) => {
    response.on("data", this.chunk);
    response.on("error", this.fail);
    response.on("end", this.end);
  };

  private readonly chunk = (chunk: Buffer) => {
    if (this.first === undefined) this.first = chunk;
    else if (this.rest === undefined) this.rest = [chunk];
    else this.rest.push(chunk);
  };

  private readonly end = () => {
    if (this.settled) return;
    this.settle();
    const whole =
      this.rest === undefined
        ? (this.first ?? Buffer.alloc(0))
        : Buffer.concat([this.first as Buffer, ...this.rest]);
    const text = whole.toString("utf8");
    this.resolve({ json: async () => JSON.parse(text) });
  };

  private settle() {
    this.settled = true;
    this.signal?.removeEventListener("abort", this.abort);
  }
}

/** A Bot API method's URL is the same for every call: parsed once, not once per call. */
const targets = new Map<string, http.RequestOptions>();
/** The bot's methods and a few files: far fewer than this. */
const MAX_TARGETS = 256;

function target(url: string): http.RequestOptions {
  let options = targets.get(url);
  if (options === undefined) {
    if (targets.size >= MAX_TARGETS) targets.clear();
    options = urlToHttpOptions(new URL(url));
    targets.set(url, options);
  }
  return options;
}

function abortError(): Error {
  const error = new Error("The request was aborted");
  error.name = "AbortError";
  return error;
}
