import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { PROJECT_ROOT } from "../config/paths.js";

export const labelledMessageSchema = z.strictObject({
  text: z.string().min(1),
  /** The need, or null for a message the bot must not take for one. */
  intent: z.string().nullable(),
  /** For a message asking for two needs: the second one. */
  also: z.string().optional(),
  /** The hard kind it stands for: story, non_native, dialect, dictation, negation, … */
  kind: z.string().optional(),
  /** ISO 639-1 code of the message's language. */
  lang: z.string().optional(),
});
export type LabelledMessage = z.infer<typeof labelledMessageSchema> & { readonly file: string };

/** Every example of an intent (or of out of scope), in all the languages it is written in. */
export const examplesInEveryLanguage = (
  examples: Readonly<Record<string, readonly string[] | undefined>>,
): string[] => Object.values(examples).flatMap((texts) => texts ?? []);

export const NLU_DATA = join(PROJECT_ROOT, "data", "nlu");

/**
 * Held-out sets: `dev*.jsonl` tunes thresholds and picks the model, `eval*.jsonl` only
 * reports. Neither ever trains. A new file (say eval-languages.jsonl) joins its set by name.
 */
export type SetName = "dev" | "eval";

export async function setFiles(set: SetName, dir: string = NLU_DATA): Promise<string[]> {
  const pattern = new RegExp(`^${set}(-[a-z0-9-]+)?\\.jsonl$`);
  return (await readdir(dir))
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => join(dir, name));
}

export async function loadLabelledSet(file: string): Promise<LabelledMessage[]> {
  const lines = (await readFile(file, "utf8")).split("\n");
  const messages: LabelledMessage[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    const parsed = labelledMessageSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
    messages.push({ ...parsed.data, file });
  });
  return messages;
}

/** Every message of a set, from all its files. */
export async function loadSet(set: SetName, dir: string = NLU_DATA): Promise<LabelledMessage[]> {
  const files = await setFiles(set, dir);
  return (await Promise.all(files.map(loadLabelledSet))).flat();
}
