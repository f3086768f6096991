import { describe, expect, it } from "vitest";
import { relayParts } from "../../src/bot/relay.js";

describe("relaying a long text", () => {
  it("keeps a short text whole", () => {
    expect(relayParts("buongiorno")).toEqual(["buongiorno"]);
  });

  it("cuts a long one at spaces into parts that fit, losing nothing but the spaces at the cuts", () => {
    const text = "parola ".repeat(1200).trim();
    const parts = relayParts(text, 1000);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(1000);
    expect(parts.join(" ")).toBe(text);
  });

  it("cuts a text without spaces at the size", () => {
    const parts = relayParts("x".repeat(2500), 1000);
    expect(parts.map((p) => p.length)).toEqual([1000, 1000, 500]);
  });
});
