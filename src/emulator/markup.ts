import type { InlineKeyboardButton, InlineKeyboardMarkup, MessageEntity } from "grammy/types";
import { type ApiError, badRequest, jsonParam, stringParam, utf8Length } from "./params.js";
import { EntityParseError, parseTelegramHtml } from "./telegram-html.js";
import type { ReplyKeyboardButton } from "./types.js";

/** What a `reply_markup` parameter asks for, checked the way Telegram checks it. */
export interface ParsedMarkup {
  inline?: InlineKeyboardMarkup;
  keyboard?: ReplyKeyboardButton[][];
  removeKeyboard?: true;
}

const INLINE_ACTION_FIELDS = [
  "url",
  "callback_data",
  "web_app",
  "login_url",
  "disabled",
  "switch_inline_query",
  "switch_inline_query_current_chat",
  "switch_inline_query_chosen_chat",
  "copy_text",
  "callback_game",
  "pay",
] as const;

const TEXT_LIMIT = 4096;
const CAPTION_LIMIT = 1024;

/** Telegram marks every `/command` (optionally `@botname`) in incoming text; grammY's `bot.command` relies on it. */
export function botCommandEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const pattern = /(^|\s)(\/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?)(?=\s|$)/g;
  for (const match of text.matchAll(pattern)) {
    const lead = match[1] ?? "";
    const command = match[2] ?? "";
    entities.push({
      type: "bot_command",
      offset: (match.index ?? 0) + lead.length,
      length: command.length,
    });
  }
  return entities;
}

/** A text or caption with its entities, after parse_mode and Telegram's trimming and limits. */
export function parseText(
  raw: unknown,
  parseMode: unknown,
  rawEntities: unknown,
  field: "text" | "caption",
  strictEscaping: boolean,
): { text: string; entities: MessageEntity[] } {
  const source = stringParam(raw) ?? "";
  let text = source;
  let entities: MessageEntity[] = [];
  const mode = stringParam(parseMode)?.toLowerCase();
  if (mode === "html") {
    try {
      ({ text, entities } = parseTelegramHtml(source, {
        strictEscaping,
      }));
    } catch (error) {
      if (error instanceof EntityParseError)
        throw badRequest(`can't parse entities: ${error.message}`);
      throw error;
    }
  } else if (mode !== undefined && mode !== "" && mode !== "markdown" && mode !== "markdownv2") {
    throw badRequest(`unsupported parse_mode`);
  } else {
    const given = jsonParam(rawEntities);
    if (Array.isArray(given)) entities = given as MessageEntity[];
  }
  // Telegram strips surrounding whitespace before checking the limits.
  const trimmedStart = text.length - text.trimStart().length;
  text = text.trim();
  if (trimmedStart > 0) {
    entities = entities
      .map((e) => ({ ...e, offset: e.offset - trimmedStart }))
      .filter((e) => e.offset >= 0 && e.offset + e.length <= text.length);
  }
  if (field === "text") {
    if (text.length === 0) throw badRequest("message text is empty");
    if (text.length > TEXT_LIMIT) throw badRequest("message is too long");
  } else if (text.length > CAPTION_LIMIT) {
    throw badRequest("message caption is too long");
  }
  return { text, entities };
}

export function parseReplyMarkup(raw: unknown, inlineOnly = false): ParsedMarkup {
  if (raw === undefined || raw === null || raw === "") return {};
  const markup = jsonParam(raw);
  if (typeof markup !== "object" || markup === null) {
    throw badRequest("can't parse reply keyboard markup JSON object");
  }
  const m = markup as Record<string, unknown>;
  if ("inline_keyboard" in m) return { inline: checkInlineKeyboard(m.inline_keyboard) };
  if (inlineOnly) throw badRequest("inline keyboard expected");
  if ("keyboard" in m) {
    if (!Array.isArray(m.keyboard) || !m.keyboard.every(Array.isArray)) {
      throw badRequest('field "keyboard" must be an Array of Arrays');
    }
    const rows = (m.keyboard as unknown[][]).map((row) =>
      row.map((button) => {
        const b = (typeof button === "string" ? { text: button } : button) as ReplyKeyboardButton;
        if (typeof b?.text !== "string" || b.text.length === 0)
          throw badRequest("can't parse keyboard button: text is empty");
        return b;
      }),
    );
    return { keyboard: rows };
  }
  if (m.remove_keyboard === true) return { removeKeyboard: true };
  if (m.force_reply === true) return {};
  throw badRequest("can't parse reply keyboard markup JSON object");
}

function checkInlineKeyboard(rows: unknown): InlineKeyboardMarkup | undefined {
  if (!Array.isArray(rows) || !rows.every(Array.isArray)) {
    throw badRequest(
      'field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays',
    );
  }
  const buttons = (rows as unknown[][]).flat();
  if (buttons.length > 100) throw badRequest("reply markup is too long");
  for (const raw of buttons) {
    const button = (raw ?? {}) as Record<string, unknown>;
    if (typeof button.text !== "string") {
      throw badRequest('can\'t parse inline keyboard button: Field "text" must be of type String');
    }
    const actions = INLINE_ACTION_FIELDS.filter((field) => button[field] !== undefined);
    if (actions.length === 0) {
      throw badRequest(
        "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
      );
    }
    if (actions.length > 1) {
      throw badRequest(
        `can't parse inline keyboard button: exactly one of the optional fields must be used, got ${actions.join(", ")} (emulator check: Telegram silently picks one)`,
      );
    }
    if (actions[0] === "callback_data") {
      const data = button.callback_data;
      if (typeof data !== "string" || utf8Length(data) < 1 || utf8Length(data) > 64) {
        throw badRequest("BUTTON_DATA_INVALID");
      }
    }
    if (actions[0] === "url") {
      const url = String(button.url);
      if (!/^(https?|tg):\/\//i.test(url) || !URL.canParse(url)) {
        throw badRequest(`inline keyboard button URL '${url}' is invalid: Wrong HTTP URL`);
      }
    }
  }
  // Telegram keeps no markup for an empty keyboard.
  return buttons.length > 0 ? { inline_keyboard: rows as InlineKeyboardButton[][] } : undefined;
}

export function notModified(): ApiError {
  return badRequest(
    "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
  );
}

export function sameMarkup(
  next: InlineKeyboardMarkup | undefined,
  current: InlineKeyboardMarkup | undefined,
): boolean {
  return (
    JSON.stringify(next?.inline_keyboard ?? []) === JSON.stringify(current?.inline_keyboard ?? [])
  );
}
