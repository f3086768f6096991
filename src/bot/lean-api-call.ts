import http from "node:http";
import https from "node:https";
import { HttpError, InputFile, type Transformer } from "grammy";
import { type BotApiFetch, leanFetch } from "../runtime/http-client.js";

/** grammY's own limit for one call (its client's default timeoutSeconds). */
const CALL_TIMEOUT_MS = 500_000;
/** How often calls past their limit are looked for: the limit is kept to within this. */
const SWEEP_MS = 10_000;

const JSON_HEADERS = { "content-type": "application/json", connection: "keep-alive" };

/**
 * The bottom of the Bot API client for a plain JSON call (no file, no abort signal): the
 * payload posted as JSON with the bot's `fetch` (leanFetch) and the answer returned as
 * grammY's client returns it, a network failure thrown as its HttpError. grammY's client makes, for every call, an
 * AbortController (an EventTarget polyfill), a timer and two promises for its time limit
 * and stream errors, a race of three, and walks the payload twice (files, then nulls)
 * allocating as it goes: a tenth of the bytes a citizen's message allocated, for one or
 * two calls each. Calls with a file or a signal (getUpdates) go on to grammY's client.
 *
 * Install it first, below every other transformer.
 */
export function leanApiCalls(
  apiRoot: string,
  token: string,
  fetch: BotApiFetch = leanFetch,
): Transformer {
  const base = `${apiRoot}/bot${token}/`;
  const agent = apiRoot.startsWith("https:")
    ? new https.Agent({ keepAlive: true })
    : new http.Agent({ keepAlive: true });
  const deadlines = new Deadlines();
  return async (prev, method, payload, signal) => {
    if (signal !== undefined || !plainJson(payload)) return prev(method, payload, signal);
    const deadline = deadlines.start();
    try {
      const response = await fetch(base + method, {
        method: "POST",
        headers: JSON_HEADERS,
        body: JSON.stringify(payload),
        agent,
        signal: deadline,
      });
      return (await response.json()) as Awaited<ReturnType<typeof prev>>;
    } catch (error) {
      throw new HttpError(`Network request for '${method}' failed!`, error);
    } finally {
      deadlines.end(deadline);
    }
  };
}

/**
 * Whether a payload goes as JSON exactly as grammY's client would send it: no file to
 * upload and no null (which grammY leaves out). Looked through without allocating.
 */
function plainJson(value: unknown): boolean {
  if (value === null || value instanceof InputFile) return false;
  if (typeof value !== "object") return true;
  if (Array.isArray(value)) {
    for (const item of value) if (!plainJson(item)) return false;
    return true;
  }
  for (const key in value) {
    if (!plainJson((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** One call's abort signal, as the bot's `fetch` listens to it: aborted once past its limit. */
class Deadline {
  aborted = false;
  private listener: (() => void) | undefined;

  constructor(readonly at: number) {}

  addEventListener(_type: "abort", listener: () => void) {
    this.listener = listener;
  }

  removeEventListener() {
    this.listener = undefined;
  }

  abort() {
    this.aborted = true;
    this.listener?.();
  }
}

/** Calls in flight, swept every SWEEP_MS (one timer for all, running only while any is). */
class Deadlines {
  private readonly open = new Set<Deadline>();
  private sweeper: NodeJS.Timeout | undefined;

  start(): Deadline {
    const deadline = new Deadline(Date.now() + CALL_TIMEOUT_MS);
    this.open.add(deadline);
    this.sweeper ??= setInterval(() => this.sweep(), SWEEP_MS).unref();
    return deadline;
  }

  end(deadline: Deadline) {
    this.open.delete(deadline);
  }

  private sweep() {
    const now = Date.now();
    for (const deadline of this.open) {
      if (deadline.at <= now) {
        this.open.delete(deadline);
        deadline.abort();
      }
    }
    if (this.open.size === 0) {
      clearInterval(this.sweeper);
      this.sweeper = undefined;
    }
  }
}
