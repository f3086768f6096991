import type { ReplyReader } from "../language/replies.js";
import type { TypedCommand } from "../language/typed-commands.js";
import type { BotContext } from "./context.js";

/** The command a citizen's typed message asks for in words, if any (see askedInWords). */
export type AskedInWords = (ctx: BotContext) => TypedCommand | undefined;

/**
 * Reads once per update which command a typed message asks for in words («ritiro la
 * richiesta»: withdraw; «a che punto è la mia richiesta?»: status): the commands, the relay to
 * an operator and the citizen's requests all ask, and one reading makes them agree (and costs
 * one pass over the lexicons instead of one per feature).
 */
export function askedInWords(typedCommand: ReplyReader["typedCommand"]): AskedInWords {
  const read = new WeakMap<object, TypedCommand | undefined>();
  return (ctx) => {
    const text = ctx.message?.text;
    if (text === undefined) return undefined;
    if (!read.has(ctx.update)) read.set(ctx.update, typedCommand(text));
    return read.get(ctx.update);
  };
}
