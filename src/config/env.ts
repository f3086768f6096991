import { join } from "node:path";
import { z } from "zod";
import { PROJECT_ROOT } from "./paths.js";

const telegramId = z
  .string()
  .trim()
  .regex(/^-?\d+$/, "must be a Telegram numeric id")
  .transform(Number);

const envSchema = z.object({
  BOT_TOKEN: z
    .string()
    .trim()
    .regex(/^\d+:[A-Za-z0-9_-]{30,}$/, "must look like 123456:ABC… (from @BotFather)")
    .optional(),
  // grammY appends "/bot<token>/<method>": a trailing slash would make "//bot…" (a 404 and a
  // stack trace later), a path such as /bot123 would repeat the token's part.
  TELEGRAM_API_ROOT: z
    .url({ protocol: /^https?$/ })
    .transform((url) => url.replace(/\/+$/, ""))
    .refine((url) => !/\/bot[^/]*$/i.test(url), "must be the server's root, without /bot<token>")
    .default("https://api.telegram.org"),
  DATA_DIR: z
    .string()
    .trim()
    .min(1)
    .default(join(PROJECT_ROOT, "data", "runtime")),
  OPERATOR_CHAT_ID: telegramId.optional(),
  ADMIN_IDS: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((id) => id.trim())
        .filter((id) => id !== ""),
    )
    .pipe(z.array(telegramId)),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  RETENTION_DAYS: z.coerce.number().int().positive().default(90),
  // Beyond one machine: PostgreSQL instead of DATA_DIR, and Telegram's webhooks.
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  WEBHOOK_URL: z.url({ protocol: /^https$/ }).optional(),
  WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, "must be 16 to 256 of A-Z, a-z, 0-9, _ and -")
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().trim().min(1).default("0.0.0.0"),

  // Review of misunderstood messages and reminders for waiting requests (issue 14).
  /** Days a misunderstood message stays in the review queue; 0 keeps none. */
  REVIEW_RETENTION_DAYS: z.coerce.number().int().min(0).default(30),
  /** Hours a request may wait unclaimed before its operators are reminded. */
  CLAIM_REMINDER_HOURS: z.coerce.number().positive().default(24),
});

const checkedSchema = envSchema.refine(
  (env) => env.WEBHOOK_URL === undefined || env.WEBHOOK_SECRET !== undefined,
  { path: ["WEBHOOK_SECRET"], message: "is required with WEBHOOK_URL" },
);

export type Config = z.infer<typeof envSchema>;

/** Thrown when the environment is unusable; its message is the one line to show. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/** Parses the environment once at start-up. Empty variables count as unset. */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = checkedSchema.safeParse(present);
  if (!result.success) {
    const issue = result.error.issues[0];
    const variable = issue?.path.join(".") ?? "environment";
    // Never echo the value: it may be the bot token.
    throw new ConfigError(`Invalid configuration: ${variable} ${issue?.message ?? "is invalid"}`);
  }
  return result.data;
}
