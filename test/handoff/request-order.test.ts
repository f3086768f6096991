import { describe, expect, it } from "vitest";
import { type HandoffRequest, latestRequest, oldestFirst } from "../../src/handoff/request.js";

const request = (reference: string, createdAt: number, status: HandoffRequest["status"]) =>
  ({ reference, createdAt, status }) as HandoffRequest;

describe("a citizen's latest request is chosen one way everywhere", () => {
  it("lists requests oldest first", () => {
    const listed = [request("WM-CCCC", 30, "open"), request("WM-AAAA", 10, "closed")];
    expect(oldestFirst(listed).map((r) => r.reference)).toEqual(["WM-AAAA", "WM-CCCC"]);
    expect(latestRequest(listed)?.reference).toBe("WM-CCCC");
  });

  it("picks the same latest of two requests made in the same millisecond, in any stored order", () => {
    const closed = request("WM-BBBB", 20, "closed");
    const open = request("WM-ZZZZ", 20, "open");
    expect(latestRequest([closed, open])?.reference).toBe("WM-ZZZZ");
    expect(latestRequest([open, closed])?.reference).toBe("WM-ZZZZ");
    expect(oldestFirst([open, closed]).at(-1)).toBe(latestRequest([closed, open]));
  });

  it("has no latest request when there is none", () => {
    expect(latestRequest([])).toBeUndefined();
  });
});
