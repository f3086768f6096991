import { setMostRecent } from "../util/most-recent.js";

/** Values kept parsed: the chats of the last few seconds under a burst. */
const PARSED_KEYS = 1024;

/**
 * The parsed value of each key read lately, with the text it was parsed from (a newer text
 * parses again), the oldest dropped past PARSED_KEYS: every reader of a key gets one frozen
 * value until it changes, instead of a JSON parse each (a chat's profile is read about six
 * times per update). Erasure drops its key.
 */
export class SharedValues {
  private readonly parsed = new Map<string, { readonly text: string; readonly value: unknown }>();

  valueOf<T>(key: string, text: string): T {
    const hit = this.parsed.get(key);
    if (hit?.text === text) return hit.value as T;
    const value = deepFreeze(JSON.parse(text));
    setMostRecent(this.parsed, key, { text, value }, PARSED_KEYS);
    return value;
  }

  delete(key: string): void {
    this.parsed.delete(key);
  }
}

/** Freezes a parsed JSON value and everything in it. */
function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  for (const inner of Object.values(value)) deepFreeze(inner);
  return Object.freeze(value);
}
