import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { parseYaml } from "../cache/yaml.js";

/**
 * Reads one content file from every language folder under locales/ (locales/<lang>/<file>),
 * so that a new language is a new folder, not a code change. Languages without the file are
 * left out; a malformed file throws, naming the file and the field.
 */
export function loadPerLanguage<T>(
  localesDir: string,
  fileName: string,
  schema: z.ZodType<T>,
): Record<string, T> {
  const result: Record<string, T> = {};
  for (const entry of readdirSync(localesDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const file = join(localesDir, entry.name, fileName);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    const parsed = schema.safeParse(parseYaml(text));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${file}: ${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`);
    }
    result[entry.name] = parsed.data;
  }
  return result;
}
