import type { MessageEntity } from "grammy/types";

/**
 * Telegram's `parse_mode: "HTML"` as the Bot API applies it: the tag whitelist, the attribute
 * grammar and the error wording follow tdlib's `parse_html`, so a text the real API would refuse
 * is refused here with the same description (offsets are UTF-8 byte offsets, as Telegram reports).
 */

export interface ParsedText {
  text: string;
  entities: MessageEntity[];
}

export class EntityParseError extends Error {}

export interface HtmlParseOptions {
  /**
   * Telegram itself keeps a bare `&` or `>` as typed. Rejecting them makes a missing
   * `escapeHtml()` visible with everyday data ("Bar & Caffè"), not only when a `<` shows up.
   */
  strictEscaping: boolean;
}

const SUPPORTED_TAGS = new Set([
  "a",
  "b",
  "strong",
  "i",
  "em",
  "s",
  "strike",
  "del",
  "u",
  "ins",
  "tg-spoiler",
  "tg-emoji",
  "span",
  "pre",
  "code",
  "blockquote",
]);

const END = "\0";

function isSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\r" || c === "\n" || c === "\v" || c === END;
}

function isAlnum(c: string): boolean {
  return /^[A-Za-z0-9]$/.test(c);
}

interface DecodedEntity {
  char: string;
  end: number;
  terminated: boolean;
}

/** tdlib accepts only these character references; anything else leaves the `&` literal. */
function decodeCharacterReference(src: string, pos: number): DecodedEntity | undefined {
  let end = pos + 1;
  let code = 0;
  if (src[end] === "#") {
    end++;
    if (src[end] === "x") {
      end++;
      const start = end;
      while (end < src.length && /[0-9a-fA-F]/.test(src[end] ?? "")) end++;
      code = Number.parseInt(src.slice(start, end) || "0", 16);
    } else {
      const start = end;
      while (end < src.length && /[0-9]/.test(src[end] ?? "")) end++;
      code = Number.parseInt(src.slice(start, end) || "0", 10);
    }
    if (code === 0 || code >= 0x10ffff || end - pos >= 10) return undefined;
  } else {
    const start = end;
    while (end < src.length && /[A-Za-z]/.test(src[end] ?? "")) end++;
    const name = src.slice(start, end);
    const named: Record<string, number> = { lt: 60, gt: 62, amp: 38, quot: 34 };
    const value = named[name];
    if (value === undefined) return undefined;
    code = value;
  }
  const terminated = src[end] === ";";
  return { char: String.fromCodePoint(code), end: terminated ? end + 1 : end, terminated };
}

interface OpenTag {
  tag: string;
  argument: string;
  offset: number;
}

function entityFor(open: OpenTag, length: number, inner: string): MessageEntity | undefined {
  const { offset } = open;
  switch (open.tag) {
    case "b":
    case "strong":
      return { type: "bold", offset, length };
    case "i":
    case "em":
      return { type: "italic", offset, length };
    case "u":
    case "ins":
      return { type: "underline", offset, length };
    case "s":
    case "strike":
    case "del":
      return { type: "strikethrough", offset, length };
    case "tg-spoiler":
    case "span":
      return { type: "spoiler", offset, length };
    case "code":
      return { type: "code", offset, length };
    case "pre":
      return { type: "pre", offset, length };
    case "blockquote":
      return {
        type: open.argument === "1" ? "expandable_blockquote" : "blockquote",
        offset,
        length,
      };
    case "tg-emoji":
      return { type: "custom_emoji", offset, length, custom_emoji_id: open.argument };
    case "a": {
      const url = open.argument || inner;
      return url ? { type: "text_link", offset, length, url } : undefined;
    }
    default:
      return undefined;
  }
}

export function parseTelegramHtml(src: string, options: HtmlParseOptions): ParsedText {
  const at = (i: number): string => (i < src.length ? (src[i] as string) : END);
  const byteOffset = (i: number): number => Buffer.byteLength(src.slice(0, i), "utf8");
  const fail = (reason: string): never => {
    throw new EntityParseError(reason);
  };

  let out = "";
  const entities: MessageEntity[] = [];
  const open: OpenTag[] = [];
  const codeLanguage = new Map<MessageEntity, string>();

  let i = 0;
  while (i < src.length) {
    const c = at(i);
    if (c === "&") {
      const decoded = decodeCharacterReference(src, i);
      if (decoded && (decoded.terminated || !options.strictEscaping)) {
        out += decoded.char;
        i = decoded.end;
        continue;
      }
      if (options.strictEscaping) {
        fail(
          `Unescaped "&" at byte offset ${byteOffset(i)} (emulator strict mode: Telegram would show it as typed; escape it as &amp;)`,
        );
      }
    }
    if (c === ">" && options.strictEscaping) {
      fail(
        `Unescaped ">" at byte offset ${byteOffset(i)} (emulator strict mode: Telegram would show it as typed; escape it as &gt;)`,
      );
    }
    if (c !== "<") {
      out += c;
      i++;
      continue;
    }

    const begin = i++;
    if (at(i) !== "/") {
      while (!isSpace(at(i)) && at(i) !== ">") i++;
      if (at(i) === END) fail(`Unclosed start tag at byte offset ${byteOffset(begin)}`);
      const tag = src.slice(begin + 1, i).toLowerCase();
      if (!SUPPORTED_TAGS.has(tag)) {
        fail(`Unsupported start tag "${tag}" at byte offset ${byteOffset(begin)}`);
      }

      let argument = "";
      while (at(i) !== ">") {
        while (at(i) !== END && isSpace(at(i))) i++;
        if (at(i) === ">") break;
        const nameStart = i;
        while (!isSpace(at(i)) && at(i) !== "=") i++;
        const attribute = src.slice(nameStart, i);
        if (attribute.length === 0) {
          fail(`Empty attribute name in the tag "${tag}" at byte offset ${byteOffset(begin)}`);
        }
        while (at(i) !== END && isSpace(at(i))) i++;
        if (at(i) !== "=") {
          fail(
            `Expected equal sign in declaration of an attribute of the tag "${tag}" at byte offset ${byteOffset(begin)}`,
          );
        }
        i++;
        while (at(i) !== END && isSpace(at(i))) i++;
        if (at(i) === END) fail(`Unclosed start tag "${tag}" at byte offset ${byteOffset(begin)}`);

        let value = "";
        const valueStart = i;
        if (at(i) !== "'" && at(i) !== '"') {
          while (isAlnum(at(i)) || at(i) === "." || at(i) === "-") i++;
          value = src.slice(valueStart, i).toLowerCase();
          if (!isSpace(at(i)) && at(i) !== ">") {
            fail(`Unexpected end of name token at byte offset ${byteOffset(valueStart)}`);
          }
        } else {
          const quote = at(i++);
          let end = i;
          while (at(end) !== quote && at(end) !== END) end++;
          if (at(end) !== quote)
            fail(`Unclosed start tag "${tag}" at byte offset ${byteOffset(begin)}`);
          value = decodeAttribute(src.slice(i, end));
          i = end + 1;
          if (!isSpace(at(i)) && at(i) !== ">") {
            fail(`Unexpected end of name token at byte offset ${byteOffset(valueStart)}`);
          }
        }

        if (tag === "a" && attribute === "href") argument = value;
        else if (tag === "code" && attribute === "class" && value.startsWith("language-")) {
          argument = value.slice("language-".length);
        } else if (tag === "span" && attribute === "class" && value.startsWith("tg-")) {
          argument = value.slice("tg-".length);
        } else if (tag === "tg-emoji" && attribute === "emoji-id") argument = value;
        else if (tag === "blockquote" && attribute === "expandable") argument = "1";
      }

      if (tag === "span" && argument !== "spoiler") {
        fail(`Tag "span" must have class "tg-spoiler" at byte offset ${byteOffset(begin)}`);
      }
      if (tag === "tg-emoji" && !/^[1-9][0-9]*$/.test(argument)) {
        fail("Invalid custom emoji identifier specified");
      }
      open.push({ tag, argument, offset: out.length });
      i++;
      continue;
    }

    // End tag.
    const top = open.pop();
    if (top === undefined) fail(`Unexpected end tag at byte offset ${byteOffset(begin)}`);
    const opened = top as OpenTag;
    i++;
    const nameStart = i;
    while (!isSpace(at(i)) && at(i) !== ">") i++;
    const endName = src.slice(nameStart, i).toLowerCase();
    while (isSpace(at(i)) && at(i) !== END) i++;
    if (at(i) !== ">") fail(`Unclosed end tag at byte offset ${byteOffset(begin)}`);
    if (endName.length > 0 && endName !== opened.tag) {
      fail(
        `Unmatched end tag at byte offset ${byteOffset(begin)}, expected "</${opened.tag}>", found "</${endName}>"`,
      );
    }
    i++;

    const length = out.length - opened.offset;
    if (length === 0) continue;
    const inner = out.slice(opened.offset);
    const previous = entities.at(-1);
    if (
      opened.tag === "pre" &&
      previous?.type === "code" &&
      previous.offset === opened.offset &&
      previous.length === length
    ) {
      // <pre><code class="language-x"> is one pre entity carrying the language.
      entities.pop();
      const language = codeLanguage.get(previous);
      entities.push(
        language
          ? { type: "pre", offset: opened.offset, length, language }
          : { type: "pre", offset: opened.offset, length },
      );
      continue;
    }
    const entity = entityFor(opened, length, inner);
    if (entity === undefined) continue;
    if (opened.tag === "code" && opened.argument) codeLanguage.set(entity, opened.argument);
    entities.push(entity);
  }

  const unclosed = open.at(-1);
  if (unclosed !== undefined) {
    fail(`Can't find end tag corresponding to start tag "${unclosed.tag}"`);
  }
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { text: out, entities };
}

function decodeAttribute(raw: string): string {
  let value = "";
  let i = 0;
  while (i < raw.length) {
    if (raw[i] === "&") {
      const decoded = decodeCharacterReference(raw, i);
      if (decoded) {
        value += decoded.char;
        i = decoded.end;
        continue;
      }
    }
    value += raw[i];
    i++;
  }
  return value;
}
