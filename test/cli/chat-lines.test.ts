import { describe, expect, it } from "vitest";
import { parseInput } from "../../src/cli/chat-lines.js";

describe("what a typed line means", () => {
  it("reads /N as a button, and a bare number as text (a house number, a typed answer)", () => {
    expect(parseInput("/2")).toEqual({ kind: "button", number: 2 });
    expect(parseInput("2")).toEqual({ kind: "text", text: "2" });
    expect(parseInput("via Padova 2")).toEqual({ kind: "text", text: "via Padova 2" });
  });

  it("reads @lat,lon as a shared location", () => {
    expect(parseInput("@45.49,9.21")).toEqual({ kind: "location", lat: 45.49, lon: 9.21 });
    expect(parseInput(" @ 45.49 , 9.21 ")).toEqual({ kind: "location", lat: 45.49, lon: 9.21 });
    expect(parseInput("@giulia")).toEqual({ kind: "text", text: "@giulia" });
  });

  it("reads /op as the operator's action in the group", () => {
    expect(parseInput("/op prendo")).toEqual({ kind: "operator", action: "claim" });
    expect(parseInput("/op close")).toEqual({ kind: "operator", action: "close" });
    expect(parseInput("/op Buongiorno, la chiamo io")).toEqual({
      kind: "operator",
      action: "reply",
      text: "Buongiorno, la chiamo io",
    });
  });
});
