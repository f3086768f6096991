import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { PROJECT_ROOT } from "../config/paths.js";

export const labelledMessageSchema = z.strictObject({
  text: z.string().min(1),
  intent: z.string().nullable(),
});
export type LabelledMessage = z.infer<typeof labelledMessageSchema>;

/** Every example of an intent (or of out of scope), in all the languages it is written in. */
export const examplesInEveryLanguage = (
  examples: Readonly<Record<string, readonly string[] | undefined>>,
): string[] => Object.values(examples).flatMap((texts) => texts ?? []);

/** Held-out sets: `dev` tunes thresholds, `eval` only reports. Neither ever trains. */
export const DATASETS = {
  dev: join(PROJECT_ROOT, "data", "nlu", "dev.jsonl"),
  eval: join(PROJECT_ROOT, "data", "nlu", "eval.jsonl"),
} as const;

export async function loadLabelledSet(file: string): Promise<LabelledMessage[]> {
  const lines = (await readFile(file, "utf8")).split("\n");
  const messages: LabelledMessage[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    const parsed = labelledMessageSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
    messages.push(parsed.data);
  });
  return messages;
}
