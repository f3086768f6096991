import http from "node:http";
import https from "node:https";
import type { Readable } from "node:stream";
import { urlToHttpOptions } from "node:url";

/** What grammY's client passes to `fetch` (see grammy/out/core/client.js). */
interface FetchInit {
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
interface FetchResponse {
  json(): Promise<unknown>;
}

/**
 * The Bot API client's `fetch`: one `http.request` on grammY's keep-alive agent, the body
 * read whole and parsed. node-fetch (grammY's default) builds Request, Headers, Response and
 * body streams around each call; with several calls per citizen update that was a large
 * share of the bot's CPU. grammY keeps its own timeouts, errors and retries on top.
 */
export function leanFetch(url: string, init: FetchInit = {}): Promise<FetchResponse> {
  return new Promise((resolve, reject) => {
    const { body, signal } = init;
    const headers = { ...init.headers };
    if (typeof body === "string") headers["content-length"] = String(Buffer.byteLength(body));
    const client = url.startsWith("https:") ? https : http;
    const request = client.request({
      ...target(url),
      method: init.method ?? "GET",
      headers,
      ...(init.agent ? { agent: init.agent } : {}),
    });
    const abort = () => request.destroy(abortError());
    const settle = () => signal?.removeEventListener("abort", abort);
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    signal?.addEventListener("abort", abort);
    request.once("error", (error) => {
      settle();
      reject(error);
    });
    request.once("response", (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.once("error", (error) => {
        settle();
        reject(error);
      });
      response.once("end", () => {
        settle();
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({ json: async () => JSON.parse(text) });
      });
    });
    if (body === undefined || typeof body === "string") request.end(body);
    else {
      body.once("error", (error) => request.destroy(error));
      body.pipe(request);
    }
  });
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
