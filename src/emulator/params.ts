import type { ResponseParameters, User } from "grammy/types";
import type { UploadedFile } from "./request-params.js";
import type { TestUser } from "./types.js";

export type Params = Record<string, unknown>;

/** A Bot API error as Telegram reports it: `error_code`, `description`, maybe `parameters`. */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: ResponseParameters,
  ) {
    super(description);
  }
}

export const badRequest = (reason: string) => new ApiError(400, `Bad Request: ${reason}`);

export interface CallContext {
  files: Map<string, UploadedFile>;
  onClientGone(listener: () => void): void;
}

export type Handler = (p: Params, ctx: CallContext) => unknown;

export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function userOf(user: TestUser): User {
  return compact({
    id: user.id,
    is_bot: false,
    first_name: user.first_name,
    last_name: user.last_name,
    username: user.username,
    language_code: user.language_code,
  });
}

export function jsonParam(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

export function intParam(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && /^-?\d+$/.test(value.trim())) return Number(value);
  return undefined;
}

export function stringParam(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

export function boolParam(value: unknown): boolean {
  return value === true || value === "true" || value === 1 || value === "1";
}

export function numberParam(p: Params, name: string): number {
  const raw = p[name];
  const value = typeof raw === "string" ? Number(raw) : raw;
  if (typeof value !== "number" || !Number.isFinite(value)) throw badRequest(`${name} is empty`);
  return value;
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, "utf8");
}
