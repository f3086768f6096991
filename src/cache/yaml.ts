import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { DERIVED_CACHE_DIR, markUsed, removeStale } from "./index.js";

/**
 * Part of the key: what the cache holds is what this parser gave (yaml 2, core schema, the
 * defaults). A parser that reads YAML otherwise needs another tag. Not read from yaml's
 * package.json: the bundle that npm start runs has no node_modules to read it from.
 */
const PARSER = "yaml-2-core";

/**
 * A YAML text's value, read from the JSON it gave last time when the same text was parsed
 * before. At start-up the yaml library ran cold (its code not yet optimised by V8) over every
 * content file (the replies, the danger cues, the spaces): a tenth of the start-up's CPU with
 * 100,000 stored requests; JSON.parse is native. Keyed by a hash of the text, so an edited
 * file is parsed again. Bad YAML throws as `parse` throws and is never cached; nor is a value
 * JSON cannot carry (.inf, .nan). Missing, damaged or unwritable, the cache only costs a parse.
 */
export function parseYaml(text: string, dir: string = DERIVED_CACHE_DIR): unknown {
  const key = createHash("sha256").update(PARSER).update("\0").update(text).digest("hex");
  const file = join(dir, `yaml-${key.slice(0, 24)}.json`);
  try {
    const value: unknown = JSON.parse(readFileSync(file, "utf8"));
    markUsed(file);
    return value;
  } catch {
    // Not cached yet, or damaged: parse it.
  }
  const value: unknown = parse(text);
  if (carriedByJson(value)) {
    const temporary = `${file}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      mkdirSync(dir, { recursive: true });
      // Whole or not at all: a test file or another bot reading it meanwhile sees no half.
      writeFileSync(temporary, JSON.stringify(value));
      renameSync(temporary, file);
      // In the background: parsing is synchronous, its callers do not wait for a clean-up.
      void removeStale(file);
    } catch {
      // A read-only checkout still works, it just parses on every start.
      try {
        rmSync(temporary, { force: true });
      } catch {
        // Nothing was written.
      }
    }
  }
  return value;
}

/** Whether JSON gives the value back unchanged: plain objects, lists, strings, finite numbers. */
function carriedByJson(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(carriedByJson);
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype)
    return Object.values(value).every(carriedByJson);
  return false;
}
