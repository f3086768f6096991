import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import { citizen, useHarness } from "../support/harness.js";
import { readUntil } from "./story.js";

const harness = useHarness();

const asksWhere = (message: Message) =>
  /În ce zonă din Milano locuiești\?|In che zona di Milano abiti|Where in Milan do you live/.test(
    message.text ?? "",
  );
const refuses = (message: Message) =>
  /non posso aiutarti|can't help with that|Intendevi|Did you mean|Te refereai|Nu te pot ajuta/.test(
    message.text ?? "",
  );

/**
 * Words the bot reads as "not a WeMi matter" in Italian and English (TIM the phone company,
 * a cat, a hotel) are ordinary words elsewhere: Albanian «tim» is "my", Romanian «cât» is
 * "how much". A need asked with them is still a need.
 */
describe("a need asked in another language is not refused for a word of another meaning", () => {
  it.each([
    ["Albanian «tim» (my)", "sq", "Kërkoj një badante për babanë tim që jeton vetëm"],
    ["Romanian «cât» (how much)", "ro", "Cât costă o bonă pentru fetița mea de doi ani?"],
  ])("%s: the bot asks where the family lives", async (_, language, text) => {
    const user = citizen("Drita", language);
    harness.emulator.sendText(user, text);
    const read = await readUntil(harness.emulator, user, (m) => asksWhere(m) || refuses(m));
    expect(read.filter(refuses)).toEqual([]);
    expect(read.some(asksWhere)).toBe(true);
  });
});
