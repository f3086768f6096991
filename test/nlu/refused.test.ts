import { describe, expect, it } from "vitest";
import type { ReadWord } from "../../src/nlu/reading.js";
import { refusesCarer } from "../../src/nlu/refused.js";

/** A message's pieces as the reader gives them: «!» marks a negated word. */
const pieces = (...segments: string[]): ReadWord[][] =>
  segments.map((segment) =>
    segment.split(" ").map((w) => ({ word: w.replace("!", ""), negated: w.startsWith("!") })),
  );
const refusedOf = (segments: ReadWord[][]) =>
  segments
    .map((s) => s.filter((w) => w.negated).map((w) => ({ ...w, negated: false })))
    .filter((s) => s.length > 0);
const refuses = (...segments: string[]) => {
  const read = pieces(...segments);
  return refusesCarer(read, refusedOf(read));
};

describe("a nurse or a carer refused", () => {
  it.each([
    ["es", ["madre 84 anos", "!necesita !enfermera", "sola dia"]],
    ["ro", ["mama 84 ani", "!nevoie !de !asistenta", "singura"]],
    ["uk", ["мамі 84 роки", "!потрібна !медсестра", "сама"]],
    ["fr", ["!besoin !une !infirmiere", "seule"]],
  ])("(%s) refuses the carer", (_language, segments) => {
    expect(refuses(...segments)).toBe(true);
  });

  it("asking for a carer instead is no refusal of one", () => {
    expect(refuses("!necesito !enfermera", "necesito cuidadora madre")).toBe(false);
  });

  it("a carer of one kind refused («not a full-time carer») leaves the carer asked", () => {
    expect(refuses("!want !full !time !carer", "couple hours morning")).toBe(false);
  });

  it("a refusal naming no care person refuses none", () => {
    expect(refuses("!need !help !shopping", "alone")).toBe(false);
  });
});
