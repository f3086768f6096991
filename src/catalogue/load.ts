import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import { parseDocument } from "yaml";
import type { z } from "zod";
import { PROJECT_ROOT } from "../config/paths.js";
import { type AskedWords, askedWordsSchema } from "../nlu/asked-object.js";
import {
  type NegationWords,
  type ReadingWords,
  readingWordsFileSchema,
} from "../nlu/reading-words.js";
import type { CatalogueProblem } from "./problems.js";
import {
  type Intent,
  intentSchema,
  type LivesAlone,
  livesAloneSchema,
  type OutOfScope,
  outOfScopeSchema,
  type Service,
  servicesFileSchema,
} from "./schema.js";
import { checkLivesAlone, crossCheck } from "./validate.js";

export interface Catalogue {
  readonly intents: readonly Intent[];
  readonly services: readonly Service[];
  readonly outOfScope: OutOfScope;
  /** Cues that someone lives alone (absent: no story is read that way). */
  readonly livesAlone?: LivesAlone;
  /**
   * The words the model of every language reads refusals, turns and second needs with, by
   * language (locales/<lang>/reading.yaml); none, no such reading.
   */
  readonly readingWords?: ReadingWords;
  /** What a request asks for, read by grammar (data/nlu/asked.yaml); absent, nothing read so. */
  readonly asked?: AskedWords;
}

export interface CataloguePaths {
  readonly root: string;
  readonly intentsDir: string;
  readonly servicesFile: string;
  /** Where locales/<lang>/reading.yaml are; a root without it has none. */
  readonly localesDir?: string;
  /** data/nlu/asked.yaml; a root without it has no asked words. */
  readonly askedFile?: string;
}

export type CatalogueLoadResult =
  | { readonly ok: true; readonly catalogue: Catalogue; readonly warnings: CatalogueProblem[] }
  | { readonly ok: false; readonly problems: CatalogueProblem[] };

export const OUT_OF_SCOPE_FILE = "_out_of_scope.yaml";
export const LIVES_ALONE_FILE = "_lives_alone.yaml";

export function cataloguePaths(root: string = PROJECT_ROOT): CataloguePaths {
  return {
    root,
    intentsDir: join(root, "intents"),
    servicesFile: join(root, "data", "services.yaml"),
    localesDir: join(root, "locales"),
    askedFile: join(root, "data", "nlu", "asked.yaml"),
  };
}

type Parsed<T> = { ok: true; value: T } | { ok: false; problems: CatalogueProblem[] };

async function parseYamlFile<S extends z.ZodType>(
  path: string,
  root: string,
  schema: S,
): Promise<Parsed<z.infer<S>>> {
  const file = relative(root, path);
  let source: string;
  try {
    source = await readFile(path, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      ok: false,
      problems: [{ severity: "error", file, field: "", message: `cannot read (${reason})` }],
    };
  }
  const document = parseDocument(source, { prettyErrors: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => ({
        severity: "error",
        file,
        field: "",
        message: `invalid YAML: ${error.message.split("\n")[0]}`,
      })),
    };
  }
  const result = schema.safeParse(document.toJS());
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => ({
        severity: "error",
        file,
        field: issue.path.join("."),
        message: issue.message,
      })),
    };
  }
  return { ok: true, value: result.data };
}

/**
 * Reads and checks every catalogue file. It never throws for bad content: a running bot
 * keeps the catalogue it has when this reports problems.
 */
export async function loadCatalogue(
  paths: CataloguePaths = cataloguePaths(),
): Promise<CatalogueLoadResult> {
  const problems: CatalogueProblem[] = [];
  const intentFiles = new Map<Intent, string>();

  const services = await parseYamlFile(paths.servicesFile, paths.root, servicesFileSchema);
  if (!services.ok) problems.push(...services.problems);

  let names: string[] = [];
  try {
    names = (await readdir(paths.intentsDir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  } catch {
    problems.push({
      severity: "error",
      file: relative(paths.root, paths.intentsDir),
      field: "",
      message: "cannot read the intents folder",
    });
  }

  let outOfScope: OutOfScope | undefined;
  let livesAlone: LivesAlone | undefined;
  for (const name of names) {
    const path = join(paths.intentsDir, name);
    if (name === LIVES_ALONE_FILE) {
      const parsed = await parseYamlFile(path, paths.root, livesAloneSchema);
      if (parsed.ok) livesAlone = parsed.value;
      else problems.push(...parsed.problems);
      continue;
    }
    if (name === OUT_OF_SCOPE_FILE) {
      const parsed = await parseYamlFile(path, paths.root, outOfScopeSchema);
      if (parsed.ok) outOfScope = parsed.value;
      else problems.push(...parsed.problems);
      continue;
    }
    const parsed = await parseYamlFile(path, paths.root, intentSchema);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const file = relative(paths.root, path);
    if (parsed.value.id !== basename(name).replace(/\.ya?ml$/, "")) {
      problems.push({
        severity: "error",
        file,
        field: "id",
        message: `"${parsed.value.id}" must match the file name`,
      });
    }
    intentFiles.set(parsed.value, file);
  }
  if (
    names.length > 0 &&
    outOfScope === undefined &&
    !problems.some((p) => p.file.endsWith(OUT_OF_SCOPE_FILE))
  ) {
    problems.push({
      severity: "error",
      file: relative(paths.root, join(paths.intentsDir, OUT_OF_SCOPE_FILE)),
      field: "",
      message: "missing: the classifier needs out-of-scope examples",
    });
  }

  const readingWords = await loadReadingWords(paths, problems);
  const asked = await loadAskedWords(paths, problems);

  if (!services.ok || outOfScope === undefined || problems.some((p) => p.severity === "error")) {
    return { ok: false, problems };
  }
  const catalogue: Catalogue = {
    intents: [...intentFiles.keys()],
    services: services.value,
    outOfScope,
    ...(livesAlone === undefined ? {} : { livesAlone }),
    readingWords,
    ...(asked === undefined ? {} : { asked }),
  };
  const findings = [
    ...crossCheck(
      catalogue,
      (intent) => intentFiles.get(intent) ?? intent.id,
      relative(paths.root, join(paths.intentsDir, OUT_OF_SCOPE_FILE)),
    ),
    ...checkLivesAlone(catalogue, relative(paths.root, join(paths.intentsDir, LIVES_ALONE_FILE))),
  ];
  const errors = findings.filter((p) => p.severity === "error");
  if (errors.length > 0) return { ok: false, problems: findings };
  return { ok: true, catalogue, warnings: findings };
}

export const READING_WORDS_FILE = "reading.yaml";

/**
 * The languages that have a locales/<lang>/reading.yaml, with its path, by language code; none
 * without a locales folder.
 */
export async function readingWordsFiles(paths: CataloguePaths): Promise<[string, string][]> {
  const { localesDir } = paths;
  if (localesDir === undefined) return [];
  const entries = await readdir(localesDir, { withFileTypes: true }).catch(() => []);
  const files = entries
    .filter((entry) => entry.isDirectory())
    .map((entry): [string, string] => [
      entry.name,
      join(localesDir, entry.name, READING_WORDS_FILE),
    ])
    .sort(([a], [b]) => a.localeCompare(b));
  const found = await Promise.all(
    files.map(([, file]) =>
      stat(file).then(
        (s) => s.isFile(),
        () => false,
      ),
    ),
  );
  return files.filter((_, i) => found[i]);
}

/** The catalogue's asked words, when its root has them; their problems are the catalogue's. */
export async function askedWordsFile(paths: CataloguePaths): Promise<string | undefined> {
  const file = paths.askedFile;
  if (file === undefined) return undefined;
  return (await stat(file).then(
    (s) => s.isFile(),
    () => false,
  ))
    ? file
    : undefined;
}

async function loadAskedWords(
  paths: CataloguePaths,
  problems: CatalogueProblem[],
): Promise<AskedWords | undefined> {
  const file = await askedWordsFile(paths);
  if (file === undefined) return undefined;
  const parsed = await parseYamlFile(file, paths.root, askedWordsSchema);
  if (parsed.ok) return parsed.value;
  problems.push(...parsed.problems);
  return undefined;
}

/** Each language's locales/<lang>/reading.yaml; their problems are the catalogue's. */
async function loadReadingWords(
  paths: CataloguePaths,
  problems: CatalogueProblem[],
): Promise<ReadingWords> {
  const words: Record<string, NegationWords> = {};
  for (const [language, path] of await readingWordsFiles(paths)) {
    const parsed = await parseYamlFile(path, paths.root, readingWordsFileSchema);
    if (parsed.ok) words[language] = parsed.value;
    else problems.push(...parsed.problems);
  }
  return words;
}
