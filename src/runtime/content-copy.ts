import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../config/paths.js";

/**
 * A copy of the content the app reads (intents, locales, data), in a new temporary folder, for
 * what edits it without touching the repository: tests' stories, the /reload bench.
 */
export async function copyOfContent(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "wemi-root-"));
  for (const path of ["intents", "locales", "data/services.yaml", "data/spaces.yaml", "data/nlu"]) {
    await cp(join(PROJECT_ROOT, path), join(root, path), { recursive: true });
  }
  return root;
}
