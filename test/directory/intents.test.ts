import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { loadDirectory, recommend } from "../../src/directory/index.js";
import { inMunicipio } from "./places.js";

const directory = loadDirectory();
const intentServices = z.object({ services: z.array(z.string()) });

// A missing intent file must fail its test: readFileSync throws.
function servicesOf(intent: string): string[] {
  const file = new URL(`../../intents/${intent}.yaml`, import.meta.url);
  return intentServices.parse(parse(readFileSync(file, "utf8"))).services;
}

/** For each intent the bot knows, the spaces that offer what it asks for (from the article). */
const SPECIALISTS: Record<string, string[]> = {
  badante: ["tate_colf_badanti"],
  colf: ["tate_colf_badanti"],
  babysitter: ["tate_colf_badanti"],
  pasti_domicilio: ["pacinotti"],
  spesa_domicilio: ["pacinotti"],
  caregiver: ["pacinotti"],
  dsa: ["pacinotti"],
  custode_sociale: ["pacinotti"],
  lavoro: ["tate_colf_badanti", "valla"],
  disabilita: ["ornato"],
  corsi_italiano: ["ornato"],
  psicomotricita: ["valla"],
  invecchiamento_attivo: ["pacinotti"],
  caf_patronato: ["valla"],
  operatore: [],
  saluto: [],
  info_wemi: [],
};

describe("every intent, for a citizen of Municipio 3 (WeMi Loreto)", () => {
  for (const [intent, specialists] of Object.entries(SPECIALISTS)) {
    it(`${intent}: ${[...specialists, "loreto"].join(", ")}`, () => {
      const result = recommend({ intent, services: servicesOf(intent) }, inMunicipio(3), directory);
      const ids = result.items.map((item) => item.space.id);
      expect(ids.slice(0, -1).sort()).toEqual([...specialists].sort());
      expect(ids.at(-1)).toBe("loreto");
      for (const item of result.items.slice(0, -1)) {
        expect(servicesOf(intent)).toContain(item.service);
      }
    });
  }
});
