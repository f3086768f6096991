import type { Conversation, ExternalOp } from "@grammyjs/conversations";
import type { Context } from "grammy";

/**
 * A dialogue's builder run straight through, for an update whose dialogue cannot wait for
 * another update: what the conversations plugin adds to such a run is its replay log, a
 * Context and an Api of its own and a copy of every step's result, all thrown away when the
 * builder returns (about a quarter of the bytes a citizen's message allocated, and an eighth
 * of the CPU). Same steps, same order, same messages; the plugin stays in charge of every
 * dialogue that may wait.
 *
 * Only `external` exists here: any other use of the conversation throws, so a dialogue
 * that was wrongly judged unable to wait fails loudly instead of hanging.
 */
export function runDirect<C extends Context, A extends unknown[]>(
  builder: (conversation: Conversation<C, Context>, ctx: Context, ...args: A) => Promise<unknown>,
  ctx: C,
  ...args: A
): Promise<unknown> {
  return builder(directConversation(ctx), ctx, ...args);
}

function directConversation<C extends Context>(outside: C): Conversation<C, Context> {
  const conversation = {
    external: <R, I>(op: ExternalOp<C, R, I>["task"] | ExternalOp<C, R, I>) =>
      external(outside, op),
  };
  return new Proxy(conversation, {
    get(target, property) {
      if (property in target) return target[property as keyof typeof target];
      if (property === "then") return undefined;
      throw new Error(`a dialogue run directly cannot use conversation.${String(property)}`);
    },
  }) as unknown as Conversation<C, Context>;
}

const same = <T>(value: T) => value;

/**
 * The plugin's `external` on a first run: the task on the outside context, its result through
 * beforeStore and afterLoad, and an error thrown as the plugin throws it, a structured
 * clone (what a handler can tell of it: its message and name, not its class). A plain task
 * (most steps) goes straight through, with no options object or default functions made.
 */
async function external<C extends Context, R, I>(
  outside: C,
  op: ExternalOp<C, R, I>["task"] | ExternalOp<C, R, I>,
): Promise<R> {
  if (typeof op === "function") {
    try {
      return await op(outside);
    } catch (error) {
      throw structuredClone(error);
    }
  }
  const beforeStore = op.beforeStore ?? (same as (value: R) => I);
  const afterLoad = op.afterLoad ?? (same as (value: I) => R);
  let stored: I;
  try {
    stored = await beforeStore(await op.task(outside));
  } catch (error) {
    let kept: unknown;
    try {
      kept = await (op.beforeStoreError ?? same)(error);
    } catch (failed) {
      kept = `Error in beforeStoreError, failed to serialize: ${failed}`;
    }
    throw await (op.afterLoadError ?? same)(structuredClone(kept));
  }
  return afterLoad(stored);
}
