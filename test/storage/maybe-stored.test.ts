import { describe, expect, it } from "vitest";
import { MaybeStored } from "../../src/storage/maybe-stored.js";

describe("a new chat is known to be new without reading the disk", () => {
  const chats = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => String(from + i));

  it("never rules out a chat that was stored", () => {
    const stored = new MaybeStored();
    for (const chat of chats(100_000_000, 100_000)) stored.add(chat);
    expect(chats(100_000_000, 100_000).every((chat) => stored.mayHave(chat))).toBe(true);
  });

  it("rules out almost every chat never stored, even with 100,000 stored", () => {
    const stored = new MaybeStored();
    for (const chat of chats(100_000_000, 100_000)) stored.add(chat);
    const fresh = chats(500_000_000, 10_000);
    const falseMaybes = fresh.filter((chat) => stored.mayHave(chat)).length;
    expect(falseMaybes / fresh.length).toBeLessThan(0.03);
  });
});
