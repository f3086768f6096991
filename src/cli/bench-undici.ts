import http from "node:http";
import { Agent, type Dispatcher } from "undici";
import type { BotApiFetch, FetchInit, FetchResponse } from "../runtime/http-client.js";
import { tlsOptionsOf } from "../runtime/keep-alive.js";

/**
 * The Bot API client's `fetch` over undici (Node's core team's HTTP client, the engine of
 * Node's own fetch), for the bench to compare with leanFetch (`npm run bench -- client`):
 * undici's lowest API, `dispatch` with a handler that keeps the body's chunks (its
 * `request()`, with a body stream per call, took a fifth more CPU per call), on a keep-alive
 * pool per origin opening sockets with the agent's TLS options. No time limits of undici's
 * own (300 s): grammY's and the caller's signal decide, as with leanFetch.
 */
export const undiciFetch: BotApiFetch = (url, init = {}) => {
  const { signal } = init;
  if (signal?.aborted) return Promise.reject(abortError());
  const { origin, pathname, search } = target(url);
  return new Promise((resolve, reject) => {
    const call = new Call(signal, resolve, reject);
    signal?.addEventListener("abort", call.abort);
    dispatcherFor(init.agent).dispatch(
      {
        origin,
        path: `${pathname}${search}`,
        method: (init.method ?? "GET") as Dispatcher.HttpMethod,
        headers: init.headers ?? {},
        body: init.body ?? null,
      },
      call,
    );
  });
};

/** Servers close idle sockets after a few seconds: as leanFetch's sockets, 4 s at most. */
const IDLE_MS = 4000;
const dispatchers = new WeakMap<http.Agent, Agent>();
const noAgent = new http.Agent();

function dispatcherFor(agent: http.Agent = noAgent): Agent {
  let dispatcher = dispatchers.get(agent);
  if (dispatcher === undefined) {
    dispatcher = new Agent({
      keepAliveTimeout: IDLE_MS,
      headersTimeout: 0,
      bodyTimeout: 0,
      connect: tlsOptionsOf(agent),
    });
    dispatchers.set(agent, dispatcher);
  }
  return dispatcher;
}

/** The bot's few URLs, parsed once each (as leanFetch does). */
const targets = new Map<string, URL>();
function target(url: string): URL {
  let parsed = targets.get(url);
  if (parsed === undefined) {
    parsed = new URL(url);
    targets.set(url, parsed);
  }
  return parsed;
}

/** One call: the body's chunks so far, and how to settle it. */
class Call implements Dispatcher.DispatchHandler {
  private chunks: Buffer[] = [];
  private controller: Dispatcher.DispatchController | undefined;
  private aborted = false;

  constructor(
    private readonly signal: FetchInit["signal"],
    private readonly resolve: (response: FetchResponse) => void,
    private readonly reject: (error: unknown) => void,
  ) {}

  readonly abort = () => {
    this.aborted = true;
    this.controller?.abort(abortError());
  };

  onRequestStart(controller: Dispatcher.DispatchController) {
    this.controller = controller;
    if (this.aborted) controller.abort(abortError());
  }

  onResponseStart() {
    // An interim answer (100 Continue) has no body; the real one starts afresh.
    this.chunks = [];
  }

  onResponseData(_controller: Dispatcher.DispatchController, chunk: Buffer) {
    this.chunks.push(chunk);
  }

  onResponseEnd() {
    this.signal?.removeEventListener("abort", this.abort);
    const text = Buffer.concat(this.chunks).toString("utf8");
    this.resolve({ json: async () => JSON.parse(text) });
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error) {
    this.signal?.removeEventListener("abort", this.abort);
    this.reject(error);
  }
}

function abortError(): Error {
  const error = new Error("The request was aborted");
  error.name = "AbortError";
  return error;
}
