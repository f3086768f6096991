/** Telegram refuses texts over 4,096 characters (counted after HTML entities are parsed). */
export const MAX_MESSAGE_LENGTH = 4096;
/** Room kept for the line that says who is writing ("👤 Operatore WeMi: …"). */
const HEADER_ROOM = 200;

/**
 * A relayed text in parts that each fit one message with its header, cut at a space or
 * line break where there is one, so a long message arrives whole instead of being refused.
 */
export function relayParts(text: string, size = MAX_MESSAGE_LENGTH - HEADER_ROOM): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > size) {
    const window = rest.slice(0, size);
    const cut = Math.max(window.lastIndexOf("\n"), window.lastIndexOf(" "));
    const end = cut > size / 2 ? cut : size;
    parts.push(rest.slice(0, end));
    rest = rest.slice(end).trimStart();
  }
  parts.push(rest);
  return parts;
}
