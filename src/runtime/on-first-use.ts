import type { ReplyReader } from "../language/replies.js";
import type { DangerDetector } from "../safety/danger.js";
import { readDanger } from "../safety/danger.js";

/**
 * A value made the first time it is asked for, or earlier by `make()` (the warm-up after the
 * bot's first answer). Compiling the locales' phrases takes a few hundred milliseconds of CPU
 * that the first answer does not need: the first message that needs them pays it instead.
 */
export interface OnFirstUse<T> {
  get(): T;
  /** Makes it now if not made yet; a failure is thrown here and again on use. */
  make(): void;
}

export function onFirstUse<T>(create: () => T): OnFirstUse<T> {
  let made: { value: T } | undefined;
  const get = () => {
    made ??= { value: create() };
    return made.value;
  };
  return { get, make: () => void get() };
}

/** A danger detector compiled on first use (or by the warm-up), reading like the real one. */
export function dangerDetectorOnFirstUse(create: () => DangerDetector) {
  const detector = onFirstUse(create);
  const detect = (text: string) => detector.get()(text);
  return {
    detect: Object.assign(detect, {
      verdict: (text: string) => readDanger(detector.get(), text),
    }) as DangerDetector,
    make: detector.make,
  };
}

/** A reply reader compiled on first use (or by the warm-up), reading like the real one. */
export function replyReaderOnFirstUse(create: () => ReplyReader) {
  const reader = onFirstUse(create);
  const read = (text: string, language?: string) => reader.get()(text, language);
  return {
    read: Object.assign(read, {
      mentions: (...args: Parameters<ReplyReader["mentions"]>) => reader.get().mentions(...args),
      words: (text: string) => reader.get().words(text),
    }) as ReplyReader,
    make: reader.make,
  };
}
