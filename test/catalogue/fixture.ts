import { cp, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { PROJECT_ROOT } from "../../src/config/paths.js";

/** A copy of the shipped catalogue in a temporary folder, for tests that break it on purpose. */
export async function copyCatalogue(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "wemi-catalogue-"));
  await mkdir(join(root, "data"));
  await cp(join(PROJECT_ROOT, "intents"), join(root, "intents"), { recursive: true });
  await cp(join(PROJECT_ROOT, "data", "services.yaml"), join(root, "data", "services.yaml"));
  return root;
}

/** Rewrites one YAML file of a copied catalogue through a function of its parsed content. */
export async function editYaml(
  root: string,
  file: string,
  // biome-ignore lint/suspicious/noExplicitAny: tests reach into parsed YAML to break it on purpose.
  edit: (content: any) => unknown,
): Promise<void> {
  const path = join(root, file);
  const content = parse(await readFile(path, "utf8"));
  await writeFile(path, stringify(edit(content) ?? content));
}
