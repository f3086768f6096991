import { ApiError } from "./params.js";
import type { InjectedFailure, InjectedNetworkFault } from "./types.js";

/** What the emulator does with one call instead of (or besides) answering it normally. */
export interface FaultPlan {
  /** Answer with this Telegram error instead of running the method. */
  error?: ApiError;
  /** Drop the connection before running the method, or after running it. */
  network?: InjectedNetworkFault["kind"];
  /** Hold the answer this long first. */
  delayMs?: number;
}

interface Queued<T> {
  fault: T;
  chatId?: number;
}

const ANY = "*";

const DEFAULT_DESCRIPTIONS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  500: "Internal Server Error",
  502: "Bad Gateway",
};

export function injectedError(failure: InjectedFailure): ApiError {
  if (failure.status === 429) {
    const retryAfter = failure.retryAfter ?? 1;
    return new ApiError(
      429,
      failure.description ?? `Too Many Requests: retry after ${retryAfter}`,
      {
        retry_after: retryAfter,
      },
    );
  }
  return new ApiError(
    failure.status,
    failure.description ?? DEFAULT_DESCRIPTIONS[failure.status] ?? "Error",
  );
}

/**
 * Faults tests ask for, on any Bot API method (or "*" for all of them): Telegram errors,
 * lost connections and responses, slow answers, and a whole outage. Faults queued with
 * `chatId` only hit calls about that chat.
 */
export class FaultInjector {
  private readonly once = new Map<string, Queued<InjectedFailure>[]>();
  private readonly always = new Map<string, InjectedFailure>();
  private readonly network = new Map<string, Queued<InjectedNetworkFault>[]>();
  private readonly delays = new Map<string, Queued<number>[]>();
  offline = false;

  failNext(method: string, failure: InjectedFailure): void {
    push(this.once, method, failure, failure.times, failure.chatId);
  }

  failAlways(method: string, failure: InjectedFailure): void {
    this.always.set(method.toLowerCase(), failure);
  }

  dropNext(method: string, fault: InjectedNetworkFault): void {
    push(this.network, method, fault, fault.times, fault.chatId);
  }

  delayNext(method: string, delayMs: number, times = 1): void {
    push(this.delays, method, delayMs, times);
  }

  /** Ends the failures set by failAlways (for one method, or all of them). */
  heal(method?: string): void {
    if (method === undefined) this.always.clear();
    else this.always.delete(method.toLowerCase());
  }

  /** Consumes the faults that apply to this call. */
  take(method: string, chatId: number | undefined): FaultPlan {
    const key = method.toLowerCase();
    const persistent = this.always.get(key) ?? this.always.get(ANY);
    const failure = persistent ?? take(this.once, key, chatId);
    const network = take(this.network, key, chatId);
    const delayMs = take(this.delays, key, chatId);
    return {
      ...(failure ? { error: injectedError(failure) } : {}),
      ...(network ? { network: network.kind } : {}),
      ...(delayMs !== undefined ? { delayMs } : {}),
    };
  }
}

function push<T>(
  queues: Map<string, Queued<T>[]>,
  method: string,
  fault: T,
  times = 1,
  chatId?: number,
): void {
  const key = method.toLowerCase();
  const queue = queues.get(key) ?? [];
  for (let k = 0; k < times; k++)
    queue.push({ fault, ...(chatId === undefined ? {} : { chatId }) });
  queues.set(key, queue);
}

function take<T>(
  queues: Map<string, Queued<T>[]>,
  key: string,
  chatId: number | undefined,
): T | undefined {
  for (const name of [key, ANY]) {
    const queue = queues.get(name) ?? [];
    const index = queue.findIndex((q) => q.chatId === undefined || q.chatId === chatId);
    if (index >= 0) return queue.splice(index, 1)[0]?.fault;
  }
  return undefined;
}
