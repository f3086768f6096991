import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { parseYaml } from "../cache/yaml.js";
import { PROJECT_ROOT } from "../config/paths.js";

/** Animals' names by language (see the file's comments): the one list every reader of pets uses. */
export const ANIMALS_FILE = join(PROJECT_ROOT, "data/nlu/animals.yaml");

const words = z.array(z.string().regex(/^\p{Ll}+$/u, "one lower-case word"));
const animalsSchema = z.object({ it: words, en: words, sharedSpelling: words });

export const ANIMALS = animalsSchema.parse(parseYaml(readFileSync(ANIMALS_FILE, "utf8")));

/** The animals a word names alone, in whatever language: none spelt like another word. */
export const ANIMALS_ALONE: readonly string[] = [...ANIMALS.it, ...ANIMALS.en].filter(
  (word) => !ANIMALS.sharedSpelling.includes(word),
);
