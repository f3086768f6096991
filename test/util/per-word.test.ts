import { describe, expect, it } from "vitest";
import { perWord } from "../../src/util/per-word.js";

describe("a word reader that keeps its answers", () => {
  it("reads each word once, however often the messages ask it, and keeps «no» answers too", () => {
    const read: string[] = [];
    const namesPlace = perWord((word) => {
      read.push(word);
      return word === "baggio" ? ["baggio"] : undefined;
    });
    const asked = ["badante", "baggio", "badante", "baggio", "badante"].map(namesPlace);
    expect(asked).toEqual([undefined, ["baggio"], undefined, ["baggio"], undefined]);
    expect(read).toEqual(["badante", "baggio"]);
  });

  it("hands every reader the same answer, which none can change under another's feet", () => {
    const namesPlace = perWord((word) => (word === "baggio" ? ["baggio"] : []));
    const first = namesPlace("baggio") as string[];
    expect(() => first.push("bisceglie")).toThrow(TypeError);
    expect(namesPlace("baggio")).toEqual(["baggio"]);
  });

  it("forgets every word at once past twenty thousand, then reads them anew", () => {
    const read: string[] = [];
    const length = perWord((word) => {
      read.push(word);
      return word.length;
    });
    for (let i = 0; i < 20_000; i++) length(`w${i}`);
    length("w0");
    expect(read).toHaveLength(20_000);
    length("colf");
    length("w0");
    expect(read.slice(20_000)).toEqual(["colf", "w0"]);
  });
});
