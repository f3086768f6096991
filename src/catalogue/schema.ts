import { z } from "zod";
import { EXAMPLE_LANGUAGES, type ExampleLanguage } from "../config/locales.js";
import { compilePhrase } from "../language/phrases.js";

/** A stable identifier: lower-case words joined by underscores ("pasti_domicilio"). */
export const idSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, "must be lower-case words joined by _");

const nonEmpty = z.string().trim().min(1, "must not be empty");

/** Text shown to citizens: Italian is required; a missing translation falls back (see localized()). */
export const localizedTextSchema = z.strictObject({
  it: nonEmpty,
  en: nonEmpty.optional(),
  es: nonEmpty.optional(),
  ro: nonEmpty.optional(),
  uk: nonEmpty.optional(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const serviceSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  description: localizedTextSchema,
  howToGet: localizedTextSchema,
  /** Who the service is for, only when the source says so (courses «per donne straniere»). */
  audience: z.enum(["women"]).optional(),
});
export type Service = z.infer<typeof serviceSchema>;

export const servicesFileSchema = z.array(serviceSchema).min(1);

export const MIN_ITALIAN_EXAMPLES = 20;
export const MIN_ENGLISH_EXAMPLES = 6;

/** Short enough for a button. */
const MAX_LABEL = 60;
/** Leaves room in the answer message (4,096 characters) for the cards of four spaces. */
const MAX_ANSWER = 1000;

const boundedText = (max: number) => {
  const text = nonEmpty.max(max, `must be at most ${max} characters`);
  return z.strictObject({
    it: text,
    en: text.optional(),
    es: text.optional(),
    ro: text.optional(),
    uk: text.optional(),
  });
};

/**
 * Examples in the other languages citizens write train the classifier too; how many each
 * intent needs is checked with the whole catalogue (validate.ts).
 */
const otherLanguageExamples = Object.fromEntries(
  EXAMPLE_LANGUAGES.map((language) => [language, z.array(nonEmpty).optional()]),
) as Record<ExampleLanguage, z.ZodOptional<z.ZodArray<typeof nonEmpty>>>;

/**
 * The one question a need may ask because its answer changes where the citizen is sent
 * (looking for work as a home-care worker, or another job?). Each option narrows the
 * services the recommendation uses.
 */
/** A phrase in the syntax of src/language/phrases.ts, checked when the catalogue loads. */
const phraseSchema = nonEmpty.superRefine((source, ctx) => {
  try {
    compilePhrase(source);
  } catch (error) {
    ctx.addIssue({ code: "custom", message: (error as Error).message });
  }
});

/**
 * Phrases per language saying that a need's message already answers an option ("cerco
 * lavoro come badante"): the question is then not asked.
 */
const saidBySchema = z.strictObject(
  Object.fromEntries(
    ["it", "en", ...EXAMPLE_LANGUAGES].map((language) => [
      language,
      z.array(phraseSchema).optional(),
    ]),
  ) as Record<"it" | "en" | ExampleLanguage, z.ZodOptional<z.ZodArray<typeof phraseSchema>>>,
);

const needOptionSchema = z.strictObject({
  label: boundedText(MAX_LABEL),
  services: z.array(idSchema).min(1),
  saidBy: saidBySchema.optional(),
});

export const needQuestionSchema = z.strictObject({
  text: localizedTextSchema,
  /** Phrases (negations) that keep the question asked even when an option seems said. */
  askAnywayIf: saidBySchema.optional(),
  options: z
    .array(needOptionSchema)
    .min(2, "a question needs at least two options")
    .max(4, "at most four options: they are buttons"),
});
export type NeedQuestion = z.infer<typeof needQuestionSchema>;

/** One file under intents/: a need a citizen can express, with what the bot answers. */
export const intentSchema = z.strictObject({
  id: idSchema,
  label: boundedText(MAX_LABEL),
  description: nonEmpty,
  examples: z.strictObject({
    it: z
      .array(nonEmpty)
      .min(MIN_ITALIAN_EXAMPLES, `needs at least ${MIN_ITALIAN_EXAMPLES} Italian examples`),
    en: z
      .array(nonEmpty)
      .min(MIN_ENGLISH_EXAMPLES, `needs at least ${MIN_ENGLISH_EXAMPLES} English examples`),
    ...otherLanguageExamples,
  }),
  /**
   * The need's everyday name in a language the bot only reads, where it has no label and no
   * example of a word or two says it (ru «сиделка»): read as naming the need after an answer
   * (`needWords`), never trained on, so the models do not move.
   */
  names: z.strictObject(otherLanguageExamples).optional(),
  services: z.array(idSchema),
  question: needQuestionSchema.optional(),
  answer: boundedText(MAX_ANSWER),
});
export type Intent = z.infer<typeof intentSchema>;

/**
 * intents/_out_of_scope.yaml: messages the bot must not take for a need. They train a
 * rejection class; they are never shown as an intent.
 */
export const outOfScopeSchema = z.strictObject({
  description: nonEmpty,
  examples: z.strictObject({
    it: z.array(nonEmpty).min(1),
    en: z.array(nonEmpty).default([]),
    ...otherLanguageExamples,
  }),
});
export type OutOfScope = z.infer<typeof outOfScopeSchema>;

/**
 * Cues that someone lives alone, and the needs offered first to a story around them that names
 * no difficulty (src/nlu/alone.ts). Phrases in the syntax of src/language/phrases.ts.
 */
export const livesAloneSchema = z.strictObject({
  description: nonEmpty,
  offered_first: z.array(idSchema).min(1),
  cues: z.strictObject({
    it: z.array(nonEmpty).min(1),
    en: z.array(nonEmpty).default([]),
    ...otherLanguageExamples,
  }),
});
export type LivesAlone = z.infer<typeof livesAloneSchema>;
