import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadDangerDetector } from "../../src/safety/danger.js";

/**
 * Danger said in the plainest words of a language the bot reads, which the cues missed while
 * catching their neighbours (a future tense, a perfect, a progressive). Cues alone, so that no
 * model trained on the development writers helps.
 */
const detect = loadDangerDetector(join(PROJECT_ROOT, "locales"));

describe("a wish to end one's life, said plainly, is danger", () => {
  it.each([
    ["ar", "لم أعد أريد العيش"],
    ["ar", "سأقتل نفسي الليلة"],
    ["tl", "magpapakamatay na ako"],
    ["si", "මම දිවි නසා ගන්නවා"],
    ["es", "esta noche me voy a quitar la vida"],
  ])("%s: «%s»", (_language, text) => {
    expect(detect(text)?.kind).toBe("self_harm");
  });
});

describe("a beating or a collapse, said plainly, is danger", () => {
  it.each([
    ["es", "me ha dado una paliza", "violence"],
    ["pt", "meu pai não está respirando", "collapse"],
    ["tl", "nahimatay ang nanay ko at hindi gumigising", "collapse"],
    ["si", "අම්මා ක්ලාන්ත වුණා", "collapse"],
  ])("%s: «%s»", (_language, text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });
});
