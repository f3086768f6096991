import { readFile } from "node:fs/promises";
import { z } from "zod";
import { parseYaml } from "../cache/yaml.js";
import { LANGUAGE_TAGS, type Locale } from "../config/locales.js";

/** Milan's clock: operators' hours are local times. */
export const TIME_ZONE = "Europe/Rome";
const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like "09:00"');

/** One span of hours, on some days, when a chat's operators read their requests. */
export const workingHoursSchema = z.array(
  z
    .strictObject({
      chat: z.number().int(),
      days: z.array(z.enum(DAYS)).min(1),
      from: time,
      to: time,
    })
    .refine((span) => span.from < span.to, { message: '"from" must come before "to"' }),
);
export type WorkingHours = z.infer<typeof workingHoursSchema>;

/**
 * data/operator-hours.yaml: only hours the spaces have communicated; a missing file or an
 * empty list means none are known, and citizens are told nothing about hours.
 */
export async function loadWorkingHours(file: string): Promise<WorkingHours> {
  let source: string;
  try {
    source = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const parsed = workingHoursSchema.safeParse(parseYaml(source) ?? []);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}

/**
 * Milan's clock, made on first use: ICU's date and time-zone data, once touched, stay in the
 * bot's RSS (about 6 MB), which a bot never asked about operators' hours does not need.
 */
let clock: Intl.DateTimeFormat | undefined;

function localTime(at: number): { day: string; time: string } {
  clock ??= new Intl.DateTimeFormat("en-GB", {
    timeZone: TIME_ZONE,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const parts = Object.fromEntries(clock.formatToParts(at).map((p) => [p.type, p.value]));
  return { day: String(parts.weekday).toLowerCase(), time: `${parts.hour}:${parts.minute}` };
}

const STEP_MS = 5 * 60 * 1000;
const HORIZON_MS = 8 * 24 * 60 * 60 * 1000;

/**
 * When a chat's operators will next be at work: null when they are now, or when their
 * hours are not known. Walks Milan's clock in five-minute steps, so summer time is right.
 */
export function nextOpening(hours: WorkingHours, chatId: number, now: number): number | null {
  const spans = hours.filter((span) => span.chat === chatId);
  if (spans.length === 0) return null;
  const open = (at: number) => {
    const { day, time } = localTime(at);
    return spans.some(
      (span) =>
        (span.days as readonly string[]).includes(day) && span.from <= time && time < span.to,
    );
  };
  if (open(now)) return null;
  const start = Math.ceil(now / STEP_MS) * STEP_MS;
  for (let at = start; at < now + HORIZON_MS; at += STEP_MS) if (open(at)) return at;
  return null;
}

/** The word before the hour: "lunedì 2 marzo alle 09:00", "Monday 2 March at 09:00". */
const AT_HOUR: Readonly<Record<Locale, string>> = {
  it: "alle",
  en: "at",
  es: "a las",
  ro: "la",
  uk: "о",
};

/** "lunedì 2 marzo alle 09:00" / "Monday 2 March at 09:00", in Milan's time. */
export function describeOpening(at: number, locale: Locale): string {
  const date = new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
    timeZone: TIME_ZONE,
    weekday: "long",
    day: "numeric",
    month: "long",
  }).format(at);
  const { time } = localTime(at);
  return `${date} ${AT_HOUR[locale]} ${time}`;
}
