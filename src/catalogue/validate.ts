import { distance } from "fastest-levenshtein";
import { EXAMPLE_LANGUAGES, type ExampleLanguage, OTHER_LOCALES } from "../config/locales.js";
import { compilePhrase } from "../language/phrases.js";
import { exampleKey } from "../nlu/features.js";
import { tokenize } from "../nlu/normalize.js";
import type { Catalogue } from "./load.js";
import type { CatalogueProblem } from "./problems.js";
import type { Intent } from "./schema.js";

/** Intents the conversation relies on by id, and the needs the product promises to know. */
export const REQUIRED_INTENTS = [
  "badante",
  "colf",
  "babysitter",
  "pasti_domicilio",
  "spesa_domicilio",
  "caregiver",
  "dsa",
  "custode_sociale",
  "lavoro",
  "disabilita",
  "corsi_italiano",
  "psicomotricita",
  "invecchiamento_attivo",
  "caf_patronato",
  "operatore",
  "saluto",
  "info_wemi",
] as const;

/** Languages the bot holds whole conversations in: every intent needs this many examples. */
const SPOKEN_LANGUAGES: ReadonlySet<ExampleLanguage> = new Set(OTHER_LOCALES);
const MIN_SPOKEN_EXAMPLES = 15;
/** In the languages the bot only reads, the main needs (and danger) need this many. */
const MIN_READ_EXAMPLES = 8;
const MAIN_NEEDS: ReadonlySet<string> = new Set([
  "badante",
  "colf",
  "babysitter",
  "lavoro",
  "corsi_italiano",
  "caf_patronato",
  "operatore",
  "saluto",
  "emergenza",
]);

/** How many examples in `language` an intent needs (0: optional). */
export function minExamples(intentId: string, language: ExampleLanguage): number {
  if (SPOKEN_LANGUAGES.has(language)) return MIN_SPOKEN_EXAMPLES;
  return MAIN_NEEDS.has(intentId) ? MIN_READ_EXAMPLES : 0;
}

function languageCoverage(intent: Intent, file: string): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  for (const language of EXAMPLE_LANGUAGES) {
    const needed = minExamples(intent.id, language);
    const have = intent.examples[language]?.length ?? 0;
    if (have < needed) {
      problems.push({
        severity: "error",
        file,
        field: `examples.${language}`,
        message: `needs at least ${needed} examples (has ${have})`,
      });
    }
  }
  return problems;
}

/** Typo-level variants: this many edits or fewer on texts at least NEAR_MIN_LENGTH long. */
const NEAR_MAX_EDITS = 2;
const NEAR_MIN_LENGTH = 12;

interface Example {
  readonly owner: string;
  readonly file: string;
  readonly field: string;
  readonly text: string;
  readonly normalized: string;
}

function examplesOf(
  catalogue: Catalogue,
  fileOf: (intent: Intent) => string,
  outOfScopeFile: string,
): Example[] {
  const result: Example[] = [];
  const add = (owner: string, file: string, language: string, texts: readonly string[]) => {
    for (const [i, text] of texts.entries()) {
      result.push({
        owner,
        file,
        field: `examples.${language}.${i}`,
        text,
        normalized: tokenize(text).join(" "),
      });
    }
  };
  for (const intent of catalogue.intents) {
    for (const [language, texts] of Object.entries(intent.examples))
      add(intent.id, fileOf(intent), language, texts ?? []);
  }
  for (const [language, texts] of Object.entries(catalogue.outOfScope.examples))
    add("out of scope", outOfScopeFile, language, texts ?? []);
  return result;
}

/**
 * Whether b can be within NEAR_MAX_EDITS edits of a: each edit touches at most one of
 * NEAR_MAX_EDITS + 1 pieces of a, so one piece at least appears whole in b. A cheap test
 * that spares the edit distance for most pairs (same answers, a quarter of the time on a
 * catalogue of 5,000 examples in thirteen languages).
 */
function mayBeNear(a: string, b: string): boolean {
  const pieces = NEAR_MAX_EDITS + 1;
  const size = Math.ceil(a.length / pieces);
  for (let p = 0; p < pieces; p++) if (b.includes(a.slice(p * size, (p + 1) * size))) return true;
  return false;
}

/** Typo-level variants of each other, taught to different intents. */
function areNear(a: Example, b: Example): boolean {
  return (
    a.owner !== b.owner &&
    Math.min(a.normalized.length, b.normalized.length) >= NEAR_MIN_LENGTH &&
    Math.abs(a.normalized.length - b.normalized.length) <= NEAR_MAX_EDITS &&
    mayBeNear(a.normalized, b.normalized) &&
    distance(a.normalized, b.normalized) <= NEAR_MAX_EDITS
  );
}

function duplicateProblem(a: Example, b: Example, kind: string): CatalogueProblem {
  const across = a.owner !== b.owner;
  return {
    severity: across ? "error" : "warning",
    file: b.file,
    field: b.field,
    message: across
      ? `"${b.text}" is a ${kind} of "${a.text}" (${a.file}: ${a.field}), which teaches "${a.owner}"`
      : `"${b.text}" is a ${kind} of ${a.field} in the same intent`,
  };
}

function findDuplicates(examples: readonly Example[]): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const reported = new Set<Example>();
  const byKey = new Map<string, Example>();
  for (const example of examples) {
    const key = exampleKey(example.text);
    const first = byKey.get(key);
    if (key !== "" && first !== undefined) {
      problems.push(duplicateProblem(first, example, "duplicate"));
      reported.add(example);
    } else byKey.set(key, example);
  }
  // Sorting by length bounds the pairwise scan: texts further apart than the edit budget
  // can't be near-duplicates.
  const sorted = examples
    .filter((e) => e.normalized.length >= NEAR_MIN_LENGTH && !reported.has(e))
    .sort((a, b) => a.normalized.length - b.normalized.length);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as Example;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as Example;
      if (b.normalized.length - a.normalized.length > NEAR_MAX_EDITS) break;
      if (areNear(a, b)) problems.push(duplicateProblem(a, b, "near-duplicate"));
    }
  }
  return problems;
}

/**
 * The collisions one example brings (the example at `file`/`field`): the same duplicate and
 * near-duplicate rules as `crossCheck`, compared with every other example once instead of
 * every pair, so labelling one message stays fast however large the catalogue grows.
 */
export function collisionsOf(
  catalogue: Catalogue,
  fileOf: (intent: Intent) => string,
  outOfScopeFile: string,
  at: { readonly file: string; readonly field: string },
): CatalogueProblem[] {
  const examples = examplesOf(catalogue, fileOf, outOfScopeFile);
  const added = examples.find((e) => e.file === at.file && e.field === at.field);
  if (added === undefined) return [];
  const key = exampleKey(added.text);
  const problems: CatalogueProblem[] = [];
  for (const other of examples) {
    if (other === added) continue;
    if (key !== "" && exampleKey(other.text) === key) {
      problems.push(duplicateProblem(other, added, "duplicate"));
    } else if (areNear(other, added)) {
      problems.push(duplicateProblem(other, added, "near-duplicate"));
    }
  }
  return problems;
}

/** Checks that need the whole catalogue: references, coverage, and examples that collide. */
export function crossCheck(
  catalogue: Catalogue,
  fileOf: (intent: Intent) => string,
  outOfScopeFile: string,
): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const serviceIds = new Set(catalogue.services.map((service) => service.id));
  const intentIds = new Set<string>();

  for (const intent of catalogue.intents) {
    const file = fileOf(intent);
    if (intentIds.has(intent.id)) {
      problems.push({
        severity: "error",
        file,
        field: "id",
        message: `intent "${intent.id}" is defined twice`,
      });
    }
    intentIds.add(intent.id);
    problems.push(...languageCoverage(intent, file));
    intent.question?.options.forEach((option, o) => {
      option.services.forEach((id, i) => {
        if (!serviceIds.has(id)) {
          problems.push({
            severity: "error",
            file,
            field: `question.options.${o}.services.${i}`,
            message: `unknown service "${id}" (not in data/services.yaml)`,
          });
        }
      });
    });
    intent.services.forEach((id, i) => {
      if (!serviceIds.has(id)) {
        problems.push({
          severity: "error",
          file,
          field: `services.${i}`,
          message: `unknown service "${id}" (not in data/services.yaml)`,
        });
      }
    });
    for (const field of ["label", "answer"] as const) {
      if (intent[field].en === undefined) {
        problems.push({
          severity: "warning",
          file,
          field: `${field}.en`,
          message: "missing: English speakers will see the Italian text",
        });
      }
    }
  }
  for (const id of REQUIRED_INTENTS) {
    if (!intentIds.has(id)) {
      problems.push({
        severity: "error",
        file: `intents/${id}.yaml`,
        field: "",
        message: `missing: the required intent "${id}"`,
      });
    }
  }
  problems.push(...findDuplicates(examplesOf(catalogue, fileOf, outOfScopeFile)));
  return problems;
}

/** The cues that someone lives alone: each a phrase that compiles, offering needs that exist. */
export function checkLivesAlone(catalogue: Catalogue, file: string): CatalogueProblem[] {
  const { livesAlone } = catalogue;
  if (livesAlone === undefined) return [];
  const intentIds = new Set(catalogue.intents.map((intent) => intent.id));
  const problems: CatalogueProblem[] = [];
  livesAlone.offered_first.forEach((id, i) => {
    if (!intentIds.has(id))
      problems.push({
        severity: "error",
        file,
        field: `offered_first.${i}`,
        message: `unknown intent "${id}"`,
      });
  });
  for (const [language, cues] of Object.entries(livesAlone.cues)) {
    (cues ?? []).forEach((cue, i) => {
      try {
        compilePhrase(cue);
      } catch (error) {
        problems.push({
          severity: "error",
          file,
          field: `cues.${language}.${i}`,
          message: (error as Error).message,
        });
      }
    });
  }
  return problems;
}
