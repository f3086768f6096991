/** A finding about the catalogue, precise enough for an admin to fix it. */
export interface CatalogueProblem {
  readonly severity: "error" | "warning";
  /** Path relative to the project root, e.g. "intents/badante.yaml". */
  readonly file: string;
  /** Dotted field path inside the file, e.g. "examples.it.3"; empty for the whole file. */
  readonly field: string;
  readonly message: string;
}

export function formatProblem(problem: CatalogueProblem): string {
  const where = problem.field ? `${problem.file}: ${problem.field}` : problem.file;
  return `${problem.severity}: ${where}: ${problem.message}`;
}
