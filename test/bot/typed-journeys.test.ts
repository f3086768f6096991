import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import { citizen, useHarness } from "../support/harness.js";
import { last, readUntil } from "./story.js";

const harness = useHarness();

const asksWhichNeed = (message: Message) => /Did you mean/.test(message.text ?? "");

describe("a citizen who types several needs in one message", () => {
  it("an English writer who refuses a carer is not offered one among the guesses", async () => {
    const user = citizen("Grace", "en");
    harness.emulator.sendText(
      user,
      "I do not need badante, I need cleaning lady and somebody for my childrens",
    );
    const question = last(await readUntil(harness.emulator, user, asksWhichNeed));
    const offered = harness.emulator.buttonsOf(question).map((b) => b.data);
    expect(offered).toContain("a:colf");
    expect(offered).not.toContain("a:badante");
  });
});
