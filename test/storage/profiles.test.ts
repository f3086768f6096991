import { describe, expect, it } from "vitest";
import { chatProfileSchema } from "../../src/storage/profiles.js";

describe("a profile written before the questions waiting shared one shape", () => {
  it("still loads, with its area, language and the place question waiting", () => {
    const stored = {
      writes: "it",
      place: { municipio: 2, candidates: [2], outsideMilan: false, area: null },
      askedPlace: { intent: "badante", locale: "it", attempt: 1 },
    };
    const profile = chatProfileSchema.parse(stored);
    expect(profile.place?.municipio).toBe(2);
    expect(profile.writes).toBe("it");
    expect(profile).not.toHaveProperty("askedPlace");
    expect(profile.waiting).toEqual({
      kind: "place",
      locale: "it",
      for: { kind: "need", intent: "badante" },
      attempt: 1,
    });
  });
});
