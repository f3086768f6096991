import { describe, expect, it } from "vitest";
import type { Classification, Ranking, ReadText, TextReader } from "../../src/nlu/classifier.js";
import { refusalReadsBoth } from "../../src/nlu/second-opinion.js";

/** A reader that reads every message the same way: one need (or none) and a no-need mass. */
function readerOf(intent: string | null, confidence: number, outOfScope: number) {
  let reads = 0;
  const ranking: Ranking = {
    ranked: [{ intent: intent ?? "badante", confidence }],
    outOfScope,
    knownWords: 3,
  };
  const reader: TextReader = {
    intentIds: ["badante", "colf"],
    read: (text): ReadText => {
      reads++;
      const classification: Classification = {
        text,
        intent,
        confidence,
        alternatives: [],
        ambiguous: false,
      };
      return {
        knownWords: 3,
        rank: () => ranking,
        rankSegments: () => [],
        classify: () => classification,
      };
    },
  };
  return { reader, reads: () => reads };
}

const text = "la badante di mia nonna viene il lunedì";

describe("the model that learnt from the older writers decides the need, the catalogue-only model may refuse it", () => {
  it("a need the catalogue-only model refuses with more no need than the learnt need's confidence is refused", () => {
    const learnt = readerOf("badante", 0.45, 0.3);
    const catalogueOnly = readerOf(null, 0.2, 0.6);
    const read = refusalReadsBoth(learnt.reader, catalogueOnly.reader).read(text).classify();
    expect(read.intent).toBeNull();
  });

  it("a need the learnt model is surer of than the other's no need is kept", () => {
    const learnt = readerOf("badante", 0.7, 0.1);
    const catalogueOnly = readerOf(null, 0.2, 0.6);
    const read = refusalReadsBoth(learnt.reader, catalogueOnly.reader).read(text).classify();
    expect(read.intent).toBe("badante");
  });

  it("the need the learnt model reads is kept where the other reads any need, even another", () => {
    const learnt = readerOf("badante", 0.45, 0.3);
    const catalogueOnly = readerOf("colf", 0.5, 0.4);
    const read = refusalReadsBoth(learnt.reader, catalogueOnly.reader).read(text).classify();
    expect(read.intent).toBe("badante");
  });

  it("a message the learnt model refuses is not read a second time", () => {
    const learnt = readerOf(null, 0.2, 0.7);
    const catalogueOnly = readerOf("colf", 0.8, 0.1);
    const read = refusalReadsBoth(learnt.reader, catalogueOnly.reader).read(text).classify();
    expect(read.intent).toBeNull();
    expect(catalogueOnly.reads()).toBe(0);
  });
});
