import type { BotCommand, BotCommandScope } from "grammy/types";
import { badRequest, intParam, jsonParam, type Params, stringParam } from "./params.js";
import type { RegisteredCommands } from "./types.js";

function scopeKey(scope: BotCommandScope, languageCode: string): string {
  const s = scope as { type: string; chat_id?: unknown; user_id?: unknown };
  return JSON.stringify([s.type, s.chat_id ?? null, s.user_id ?? null, languageCode]);
}

export function normalizeScope(raw: unknown): BotCommandScope {
  const value = jsonParam(raw);
  if (value === undefined) return { type: "default" };
  if (
    typeof value !== "object" ||
    value === null ||
    typeof (value as { type?: unknown }).type !== "string"
  ) {
    throw badRequest("can't parse BotCommandScope JSON object");
  }
  const scope = { ...(value as Record<string, unknown>) };
  const chatId = intParam(scope.chat_id);
  if (chatId !== undefined) scope.chat_id = chatId;
  return scope as unknown as BotCommandScope;
}

/** The bot's command menus, one per scope and language, as set by setMyCommands. */
export class CommandMenus {
  private readonly sets = new Map<string, RegisteredCommands>();

  get all(): RegisteredCommands[] {
    return [...this.sets.values()];
  }

  of(scope: unknown, languageCode: unknown): BotCommand[] {
    return (
      this.sets.get(scopeKey(normalizeScope(scope), stringParam(languageCode) ?? ""))?.commands ??
      []
    );
  }

  delete(p: Params): true {
    this.sets.delete(scopeKey(normalizeScope(p.scope), stringParam(p.language_code) ?? ""));
    return true;
  }

  set(p: Params): true {
    const commands = jsonParam(p.commands);
    if (!Array.isArray(commands)) throw badRequest("can't parse commands JSON object");
    if (commands.length > 100) throw badRequest("too many commands specified");
    const checked = commands.map((entry: unknown) => {
      const { command, description } = (entry ?? {}) as {
        command?: unknown;
        description?: unknown;
      };
      if (typeof command !== "string" || !/^[a-z0-9_]{1,32}$/.test(command))
        throw badRequest("BOT_COMMAND_INVALID");
      if (typeof description !== "string" || description.length === 0 || description.length > 256) {
        throw badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
      }
      return { command, description };
    });
    const scope = normalizeScope(p.scope);
    const languageCode = stringParam(p.language_code) ?? "";
    this.sets.set(scopeKey(scope, languageCode), {
      scope,
      language_code: languageCode,
      commands: checked,
    });
    return true;
  }
}
