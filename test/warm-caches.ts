import { loadReaders } from "../src/cli/eval-danger.js";
import { loadPlaces } from "../src/geo/index.js";

/**
 * Vitest global set-up: derives the classifier, the danger model and the geo indexes once
 * (they are cached in node_modules/.cache between runs), before the test files start in
 * parallel. On a clean clone every file's bot would otherwise train the same models at once,
 * and its start would outlast the hook timeout.
 */
export default async function warmCaches(): Promise<void> {
  await Promise.all([loadReaders(), loadPlaces()]);
}
