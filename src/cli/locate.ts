import { createInterface } from "node:readline";
import { createLocationResolver, loadGeoIndex, type ResolvedPlace } from "../geo/index.js";

// stdout carries only JSON lines: anything else goes to stderr.
const line = (place: ResolvedPlace): string =>
  JSON.stringify({
    text: place.text,
    municipio: place.municipio,
    candidates: place.candidates,
    outsideMilan: place.outsideMilan,
    kind: place.kind,
    matched: place.matched,
    ...(place.needsHouseNumber ? { needsHouseNumber: true } : {}),
  });

try {
  const resolver = createLocationResolver(await loadGeoIndex());
  const print = (text: string) => process.stdout.write(`${line(resolver.resolve(text.trim()))}\n`);
  const argument = process.argv.slice(2).join(" ");
  if (argument.trim() !== "") print(argument);
  else {
    for await (const text of createInterface({
      input: process.stdin,
      crlfDelay: Number.POSITIVE_INFINITY,
    })) {
      if (text.trim() !== "") print(text);
    }
  }
} catch (error) {
  process.stderr.write(`locate: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
