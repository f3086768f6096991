import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadReplyReader } from "../../src/language/replies.js";

const read = loadReplyReader(join(PROJECT_ROOT, "locales"));

describe("a message that says only where one lives", () => {
  it.each([
    ["abito in via Padova 120", "via Padova 120"],
    ["scusa, in realtà abito a Baggio", "Baggio"],
    ["io abito a Niguarda", "Niguarda"],
    ["I live in Baggio", "Baggio"],
    ["vivo en via Padova 120", "via Padova 120"],
    ["locuiesc pe via Padova 120", "via Padova 120"],
    ["я живу на via Padova 120", "via Padova 120"],
    ["moro na via Padova 120", "via Padova 120"],
    ["nakatira ako sa Baggio", "Baggio"],
  ])("«%s» is an answer about the area", (text, place) => {
    expect(read.saysOnlyHome(text, place)).toBe(true);
  });

  it.each([
    // A negation comes before the verb: the place is denied, not told.
    ["non abito in via Padova 120", "via Padova 120"],
    ["I don't live in Baggio", "Baggio"],
    ["nu locuiesc pe via Padova 120", "via Padova 120"],
    ["no vivo en via Padova 120", "via Padova 120"],
    // More than the home: a story, read as one.
    ["vivo da sola a Niguarda", "Niguarda"],
    ["abito in via Padova 120 e cerco una badante", "via Padova 120"],
    ["I live in Baggio with my mother", "Baggio"],
    // No words saying where one lives: a place inside another sentence.
    ["cerco lavoro a Niguarda", "Niguarda"],
    // The place the resolver found is not in the words at all.
    ["abito in via Padova 120", "Baggio"],
  ])("«%s» is not", (text, place) => {
    expect(read.saysOnlyHome(text, place)).toBe(false);
  });
});
