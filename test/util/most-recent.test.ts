import { describe, expect, it } from "vitest";
import { setMostRecent } from "../../src/util/most-recent.js";

describe("a bounded cache keeps the entries set most recently", () => {
  it("drops the one set longest ago once past its limit, counting a key set again as new", () => {
    const cache = new Map<string, number>();
    setMostRecent(cache, "a", 1, 2);
    setMostRecent(cache, "b", 2, 2);
    setMostRecent(cache, "a", 3, 2);
    setMostRecent(cache, "c", 4, 2);
    expect([...cache]).toEqual([
      ["a", 3],
      ["c", 4],
    ]);
  });
});
