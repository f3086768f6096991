import { z } from "zod";
import { LOCALES } from "../config/locales.js";
import type { ResolvedPlace } from "../geo/index.js";
import { chatMemory } from "./chat-memory.js";
import type { KeyValueStore } from "./json-directory-store.js";

/**
 * Where a citizen lives, kept only as precisely as matching needs: the Municipio and a
 * point rounded to about a kilometre (enough to tell the nearer of two spaces), never the
 * street or house number they typed.
 */
export const rememberedPlaceSchema = z.strictObject({
  municipio: z.number().int().min(1).max(9).nullable(),
  candidates: z.array(z.number().int().min(1).max(9)),
  outsideMilan: z.boolean(),
  /** A neighbourhood or Municipio name to show back; null for addresses and points. */
  area: z.string().nullable(),
  /**
   * The part of the area's official name the citizen used («CORVETTO» of «LODI - CORVETTO»),
   * when not its first, or the name people use that named it («Lotto» for Portello and San
   * Siro): said back instead of a place they never named. Never their words: the index's.
   */
  said: z.string().optional(),
  point: z.strictObject({ lat: z.number(), lon: z.number() }).optional(),
});
export type RememberedPlace = z.infer<typeof rememberedPlaceSchema>;

/**
 * The last need the bot answered, so that "Voglio essere ricontattato" can hand it to an
 * operator with its context. Erased with everything else by /cancella_dati. Its `text` (the
 * citizen's words) is never written to disk: see profileStore.
 */
export const lastNeedSchema = z.strictObject({
  intent: z.string(),
  text: z.string().max(1000).default(""),
  spaces: z.array(z.string()),
  /** A second need the answer offered as a button, offered again when the area changes. */
  also: z.string().optional(),
  /**
   * The need beside a danger was read, not surely: where to go asks «Intendevi…?» with it
   * rather than answer it, and an area told next answers none.
   */
  alsoGuessed: z.literal(true).optional(),
});
export type LastNeed = z.infer<typeof lastNeedSchema>;

const language = z.enum(LOCALES);
/** Keys of words left for review kept per chat: more than a chat leaves in the queue's days. */
export const REVIEWED_KEPT = 50;
const attempt = z.number().int().min(1);

/**
 * What an area is asked for: a need's answer, a person, or the last answer again; or, told at
 * «Intendevi…?» (`offered`: its guesses, by id), that question offered again once it is known.
 */
export const placeForSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("need"), intent: z.string(), also: z.string().optional() }),
  z.strictObject({ kind: z.literal("operator") }),
  z.strictObject({
    kind: z.literal("change"),
    offered: z.strictObject({ suggestions: z.array(z.string()), attempt }).optional(),
  }),
]);
export type PlaceFor = z.infer<typeof placeForSchema>;

/**
 * A question the bot asked and ended its dialogue on, so that the citizen's words wait in
 * memory only (conversations/waiting.ts): on disk, what it is about by ids, the language it
 * was asked in (the reply is answered in it) and how many replies missed.
 */
export const waitingQuestionSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("did-you-mean"),
    locale: language,
    suggestions: z.array(z.string()),
    attempt,
  }),
  z.strictObject({ kind: z.literal("place"), locale: language, for: placeForSchema, attempt }),
  z.strictObject({
    kind: z.literal("house-number"),
    locale: language,
    for: placeForSchema,
    /** The place question's reply keyboard is still shown: the answer takes it away. */
    placeKeyboard: z.boolean(),
  }),
  z.strictObject({
    kind: z.literal("need-question"),
    locale: language,
    intent: z.string(),
    also: z.string().optional(),
    /** Whether the answer uses the profile's area (false: the area was skipped). */
    withPlace: z.boolean(),
    attempt,
  }),
  z.strictObject({
    kind: z.literal("consent"),
    locale: language,
    intent: z.string(),
    spaces: z.array(z.string()),
    attempt,
  }),
  /** "Vuoi essere ricontattato?" closing an answer: a typed yes asks for a person (lastNeed). */
  z.strictObject({ kind: z.literal("contact-offer"), locale: language }),
  /** "Ti è stato utile?" after a request was closed: a typed yes or no answers it. */
  z.strictObject({ kind: z.literal("feedback"), locale: language, reference: z.string() }),
]);
export type WaitingQuestion = z.infer<typeof waitingQuestionSchema>;

/**
 * Profiles written before the questions waiting shared one shape kept the place question as
 * `askedPlace`: read as the same question waiting, so that a reply after the update still
 * gets its need's answer.
 */
const withRetiredPlaceQuestion = (raw: unknown) => {
  if (typeof raw !== "object" || raw === null || !("askedPlace" in raw)) return raw;
  const { askedPlace, ...rest } = raw as Record<string, unknown>;
  const old = askedPlace as {
    intent?: unknown;
    also?: unknown;
    locale?: unknown;
    attempt?: unknown;
  };
  const need = {
    kind: "need",
    intent: old?.intent,
    ...(old?.also === undefined ? {} : { also: old.also }),
  };
  const waiting = { kind: "place", locale: old?.locale, for: need, attempt: old?.attempt };
  return { ...rest, waiting };
};

export const chatProfileSchema = z.preprocess(
  withRetiredPlaceQuestion,
  z.strictObject({
    /** Chosen with /lingua. */
    locale: z.enum(LOCALES).optional(),
    /** The language the citizen last wrote a need in: used when none was chosen. */
    writes: z.enum(LOCALES).optional(),
    /**
     * The language (ISO 639-1) the bot only reads whose one-line notice this chat got last:
     * said once, not before every reply in it, until the citizen writes in another language.
     */
    noticed: z.string().min(2).max(3).optional(),
    place: rememberedPlaceSchema.optional(),
    lastNeed: lastNeedSchema.optional(),
    /** A question asked outside a dialogue, waiting for its reply: see waitingQuestionSchema. */
    waiting: waitingQuestionSchema.optional(),
    /**
     * The keys (hashes, never the words) of what this chat left for review, the newest last:
     * /cancella_dati takes those words off the queue, after a restart too (review/erasure.ts).
     */
    reviewed: z
      .array(z.string().regex(/^[0-9a-f]{16}$/))
      .max(REVIEWED_KEPT)
      .optional(),
  }),
);
export type ChatProfile = z.infer<typeof chatProfileSchema>;

/**
 * Whether a profile's change must be on disk when its update ends: the language chosen with
 * /lingua, which the bot confirmed, and the words left for review, which erasure must reach
 * after any restart. The rest (the language written in, the area, the last need's ids, a
 * question waiting) the bot can ask again: written a few seconds later, with the changes that
 * follow it.
 */
export function isPromisedChange(before: unknown, after: unknown): boolean {
  const read = (profile: unknown) => profile as ChatProfile | undefined;
  return (
    read(before)?.locale !== read(after)?.locale ||
    read(before)?.reviewed?.length !== read(after)?.reviewed?.length
  );
}

/** Sets some fields of a chat's profile, keeping the others (a new profile when none). */
export async function updateProfile(
  profiles: KeyValueStore<ChatProfile>,
  chat: string,
  fields: Partial<ChatProfile>,
): Promise<void> {
  const current = (await profiles.get(chat)) ?? {};
  await profiles.set(chat, { ...current, ...fields });
}

const COARSE = 100;
const coarse = (value: number) => Math.round(value * COARSE) / COARSE;

const plainWords = (text: string) =>
  ` ${text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;

/** The longest later part of a neighbourhood's name found in the citizen's words, if any. */
function partSaid(area: string, words: string): string | undefined {
  const [first, ...later] = area.replace(/^NIL \d+ /, "").split(" - ");
  const typed = plainWords(words);
  if (first === undefined || typed.includes(plainWords(first))) return undefined;
  return later
    .filter((part) => typed.includes(plainWords(part)))
    .sort((a, b) => b.length - a.length)[0];
}

export function rememberPlace(place: ResolvedPlace): RememberedPlace {
  // A town outside Milan keeps its name, so that the summary and the operators say which.
  const named = place.kind === "nil" || place.kind === "municipio" || place.outsideMilan;
  const area = named ? place.matched : null;
  const said =
    place.kind === "nil" && area
      ? (partSaid(area, place.span ?? place.text) ?? place.alias)
      : undefined;
  return {
    municipio: place.municipio,
    candidates: [...place.candidates],
    outsideMilan: place.outsideMilan,
    area,
    ...(said ? { said } : {}),
    ...(place.point
      ? { point: { lat: coarse(place.point.lat), lon: coarse(place.point.lon) } }
      : {}),
  };
}

/** The remembered place in the shape matching expects. */
export function placeForMatching(place: RememberedPlace): ResolvedPlace {
  return {
    text: "",
    municipio: place.municipio,
    candidates: place.candidates,
    outsideMilan: place.outsideMilan,
    kind: place.point ? "point" : place.municipio ? "municipio" : "unknown",
    matched: place.area,
    ...(place.point ? { point: place.point } : {}),
  };
}

/**
 * Chat profiles where the need's words stay in memory only: before the citizen consents to a
 * handoff, the need's id and area are all that is stored (their words may hold an address or
 * a diagnosis). A handoff soon after still passes the words on; after an hour or a restart it
 * goes without them, and the citizen can add them in the note.
 */
export function profileStore(
  files: KeyValueStore<ChatProfile>,
  now: () => number = Date.now,
): KeyValueStore<ChatProfile> {
  const words = chatMemory<string>(now);
  const withoutWords = (profile: ChatProfile): ChatProfile =>
    profile.lastNeed ? { ...profile, lastNeed: { ...profile.lastNeed, text: "" } } : profile;
  // A profile is read about six times per update, and the store shares one frozen value
  // until it changes: the value with the words put back is made once per value and words
  // too, frozen likewise, instead of two objects at every read.
  const withWords = new WeakMap<ChatProfile, { text: string; profile: ChatProfile }>();
  return {
    async get(key) {
      const profile = await files.get(key);
      const text = words.recall(key);
      if (!profile?.lastNeed || text === undefined) return profile;
      const known = withWords.get(profile);
      if (known?.text === text) return known.profile;
      const whole = { ...profile, lastNeed: { ...profile.lastNeed, text } };
      if (Object.isFrozen(profile)) {
        Object.freeze(whole.lastNeed);
        withWords.set(profile, { text, profile: Object.freeze(whole) });
      }
      return whole;
    },
    async set(key, profile) {
      const text = profile.lastNeed?.text ?? "";
      await files.set(key, withoutWords(profile));
      if (text === "") words.forget(key);
      else words.remember(key, text);
    },
    async delete(key) {
      words.forget(key);
      await files.delete(key);
    },
    keys: () => files.keys(),
  };
}
