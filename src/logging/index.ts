import { GrammyError, HttpError } from "grammy";
import { type DestinationStream, destination as fileDestination, type Logger, pino } from "pino";

export type { Logger } from "pino";

/** Anything that looks like a bot token, including inside Bot API URLs. */
const TOKEN = /\d{5,}:[A-Za-z0-9_-]{30,}/g;

export function redactTokens(text: string): string {
  return text.replace(TOKEN, "<token>");
}

/**
 * The loggable part of an error: its kind, Telegram's code and a token-free message.
 * GrammyError carries the request payload (citizens' messages) and network errors carry
 * the request URL (the token), so neither is ever logged as is.
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof GrammyError) {
    return {
      type: "GrammyError",
      method: error.method,
      error_code: error.error_code,
      description: error.description,
    };
  }
  // A GrammyError that crossed a dialogue's replay log was cloned: only its message is left,
  // "Call to 'sendMessage' failed! (400: Bad Request: …)".
  const cloned = /^Call to '(\w+)' failed! \((\d+): (.*)\)$/s.exec(
    String((error as Error)?.message),
  );
  if (cloned) {
    return {
      type: "GrammyError",
      method: cloned[1],
      error_code: Number(cloned[2]),
      description: redactTokens(cloned[3] ?? ""),
    };
  }
  if (error instanceof HttpError) {
    return {
      type: "HttpError",
      message: redactTokens(error.message),
      cause: redactTokens(String((error.error as Error)?.message ?? error.error)),
    };
  }
  if (error instanceof Error) {
    return {
      type: error.name,
      message: redactTokens(error.message),
      stack: redactTokens(error.stack ?? ""),
    };
  }
  return { type: typeof error, message: redactTokens(String(error)) };
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, base: undefined }, destination ?? fileDestination(2));
}
