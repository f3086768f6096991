import type { Context, MiddlewareFn, Transformer } from "grammy";
import type { Logger } from "../logging/index.js";

/** The conversations plugin's own words when a stored dialogue does not fit the code. */
const REPLAY_FAILURE = /^(Bad replay|No op \d+ in state|Op \d+ is invalid|Invalid checkpoint)/;

export function isReplayFailure(error: unknown): boolean {
  return REPLAY_FAILURE.test(String((error as Error)?.message ?? ""));
}

interface Handling {
  /** Calls to the Bot API made while handling the update (a slow one counts too). */
  calls: number;
  /** Whether one of them reached the citizen. */
  sent: boolean;
}

/** Handling that has called nothing for this long is stuck (a replay waiting forever). */
const STALL_MS = 5000;

/**
 * A stored dialogue that no longer replays (changed code, damaged state) either throws the
 * plugin's errors or goes silent. This notices both for a citizen's message or button:
 * the dialogue is dropped, the fact logged, and the citizen told plainly to start again.
 */
export class ReplayGuard {
  /**
   * The handling in progress per chat (one at a time: sequentialize) and per button press,
   * found from each call's chat_id or callback_query_id. Not an AsyncLocalStorage: that
   * turns on promise hooks for every promise of the process, a cost on every update.
   */
  private readonly byChat = new Map<string, Handling>();
  private readonly byQuery = new Map<string, Handling>();

  constructor(
    private readonly dialogues: {
      read(key: string): unknown;
      delete(key: string): Promise<void> | void;
    },
    private readonly logger: Logger,
    private readonly plainMessage: (ctx: Context) => string,
  ) {}

  /** On every Api the handling uses (the bot's and the dialogues' own): marks an answer. */
  readonly noticeAnswers: Transformer = async (prev, method, payload, signal) => {
    const { chat_id: chat, callback_query_id: query } = payload as {
      chat_id?: unknown;
      callback_query_id?: unknown;
    };
    const store =
      (chat === undefined ? undefined : this.byChat.get(String(chat))) ??
      (query === undefined ? undefined : this.byQuery.get(String(query)));
    if (store) store.calls += 1;
    const result = await prev(method, payload, signal);
    if (store && result.ok && method !== "getChatMember" && method !== "getChat") store.sent = true;
    return result;
  };

  /** Around the dialogues: a citizen's message or button that got no answer at all. */
  readonly middleware: MiddlewareFn<Context> = async (ctx, next) => {
    if (ctx.chat?.type !== "private" || !(ctx.message || ctx.callbackQuery)) return next();
    const store: Handling = { calls: 0, sent: false };
    const chatKey = String(ctx.chat.id);
    const queryKey = ctx.callbackQuery?.id;
    this.byChat.set(chatKey, store);
    if (queryKey !== undefined) this.byQuery.set(queryKey, store);
    const handling = next().finally(() => {
      if (this.byChat.get(chatKey) === store) this.byChat.delete(chatKey);
      if (queryKey !== undefined) this.byQuery.delete(queryKey);
    });
    let timer: NodeJS.Timeout | undefined;
    const stalled = new Promise<"stalled">((resolve) => {
      timer = setTimeout(() => resolve("stalled"), STALL_MS);
    });
    const outcome = await Promise.race([handling.then(() => "done" as const), stalled]).finally(
      () => clearTimeout(timer),
    );
    if (outcome === "stalled" && store.calls > 0) await handling;
    else if (outcome === "stalled") {
      // Not awaited: the chat's next updates must not queue behind a replay that never ends.
      handling.catch(() => {});
    }
    if (store.sent) return;
    if ((await this.dialogues.read(chatKey)) === undefined) return;
    await this.drop(ctx, "a stored dialogue gave no answer: dropped");
  };

  /** For the error handler: true when it has dealt with the error. */
  async recover(ctx: Context, error: unknown): Promise<boolean> {
    if (ctx.chat?.type !== "private" || !isReplayFailure(error)) return false;
    await this.drop(ctx, "a stored dialogue could not be replayed: dropped");
    return true;
  }

  private async drop(ctx: Context, what: string): Promise<void> {
    this.logger.warn({ update: ctx.update.update_id }, what);
    await this.dialogues.delete(String(ctx.chat?.id));
    await ctx.reply(this.plainMessage(ctx)).catch(() => {});
  }
}
