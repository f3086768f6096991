import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { parseYaml } from "../cache/yaml.js";
import { type Directory, type Space, spacesFileSchema } from "./schema.js";

export const DEFAULT_SPACES_FILE = fileURLToPath(
  new URL("../../data/spaces.yaml", import.meta.url),
);

/** What is wrong with a spaces file, with the field that is wrong ("spaces[2] venini.name"). */
export interface DirectoryIssue {
  readonly field: string;
  readonly message: string;
}

/** The spaces file cannot be read, is not YAML, or does not match the space schema. */
export class DirectoryError extends Error {
  override readonly name = "DirectoryError";

  constructor(
    readonly file: string,
    readonly issues: readonly DirectoryIssue[],
  ) {
    super(`${file}: ${issues.map((issue) => `${issue.field}: ${issue.message}`).join("; ")}`);
  }
}

function fieldOf(path: readonly PropertyKey[], raw: unknown): string {
  const [index, ...rest] = path;
  if (typeof index !== "number") return path.length === 0 ? "spaces" : path.map(String).join(".");
  // Naming the space by its id as well as its position makes the error findable in the file.
  const entry = Array.isArray(raw) ? raw[index] : undefined;
  const id =
    entry !== null && typeof entry === "object" && typeof entry.id === "string"
      ? ` ${entry.id}`
      : "";
  const tail = rest.map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`));
  return `spaces[${index}]${id}${tail.join("")}`;
}

function issuesOf(error: z.ZodError, raw: unknown): DirectoryIssue[] {
  return error.issues.map((issue) => ({
    field: fieldOf(issue.path, raw),
    message: issue.message,
  }));
}

/** Reads and checks the spaces file (data/spaces.yaml unless another file is given). */
export function loadDirectory(file: string = DEFAULT_SPACES_FILE): Directory {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, "utf8"));
  } catch (error) {
    throw new DirectoryError(file, [{ field: "(file)", message: (error as Error).message }]);
  }
  const parsed = spacesFileSchema.safeParse(raw);
  if (!parsed.success) throw new DirectoryError(file, issuesOf(parsed.error, raw));
  return { spaces: parsed.data };
}

export interface DirectoryProblem {
  /** The space concerned, or null for a problem of the directory as a whole. */
  readonly spaceId: string | null;
  readonly field: string;
  readonly message: string;
}

const MUNICIPI = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/**
 * Checks what the schema alone cannot: ids are unique, services exist in the catalogue,
 * and every Municipio has a space of its own (recommendations rely on it).
 */
export function validateDirectory(
  spaces: readonly Space[],
  serviceIds: Iterable<string>,
): DirectoryProblem[] {
  const known = new Set(serviceIds);
  const problems: DirectoryProblem[] = [];
  const seen = new Set<string>();
  for (const space of spaces) {
    if (seen.has(space.id)) {
      problems.push({
        spaceId: space.id,
        field: "id",
        message: `duplicate space id "${space.id}"`,
      });
    }
    seen.add(space.id);
    const offered = new Set<string>();
    for (const service of space.services) {
      if (!known.has(service)) {
        problems.push({
          spaceId: space.id,
          field: "services",
          message: `unknown service id "${service}"`,
        });
      }
      if (offered.has(service)) {
        problems.push({
          spaceId: space.id,
          field: "services",
          message: `service "${service}" listed twice`,
        });
      }
      offered.add(service);
    }
  }
  for (const municipio of MUNICIPI) {
    if (!spaces.some((space) => space.scope === "municipio" && space.municipio === municipio)) {
      problems.push({
        spaceId: null,
        field: "municipio",
        message: `Municipio ${municipio} has no space of its own`,
      });
    }
  }
  return problems;
}
