import { resolve } from "node:path";
import { compareInTurns } from "./bench-ab.js";

/**
 * Two builds of the WeMi bot (repository roots, each built) and the echo bot, in one run,
 * rounds in turns (see compareInTurns): CPU per update, latency at 100 updates/s, memory.
 * `node dist/cli/bench-cpu-ab.js <old root> <new root>`
 */
const [old, now] = process.argv.slice(2);
if (old === undefined || now === undefined) {
  console.error("usage: node dist/cli/bench-cpu-ab.js <old root> <new root>");
  process.exit(2);
}
const variants = [
  { name: `old ${old}`, root: resolve(old) },
  { name: `new ${now}`, root: resolve(now) },
] as const;
for (const line of await compareInTurns(variants)) console.log(line);
