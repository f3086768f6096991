import { beforeAll, describe, expect, it } from "vitest";
import { loadReaders } from "../../src/cli/eval-danger.js";
import type { DangerDetector } from "../../src/safety/danger.js";

/**
 * Exaggerations whose object is a thing: a longing for a coffee («ucciderei per un caffè», as
 * «I could kill for a coffee»), a wife who «kills» over bread not bought, dying of boredom
 * before a vowel in French. The bot, as it reads a message (cues, model, then the classifier),
 * stays quiet; a threat over money and a wish to die said plainly still alarm. Sentences of our
 * own.
 */
let bot: DangerDetector;
beforeAll(async () => {
  bot = (await loadReaders()).bot;
}, 120_000);

describe("an exaggeration over a thing is not an alarm", () => {
  it.each([
    "ucciderei per un caffè",
    "mia moglie mi ammazza se non compro il pane",
    "je vais mourir d'ennui à la réunion des parents",
  ])("«%s»", (text) => {
    expect(bot(text)).toBeNull();
  });
});

describe("a threat or a wish to die beside them still alarms", () => {
  it.each([
    "mio marito dice che mi ammazza se non gli porto i soldi",
    "je vais mourir, je n'en peux plus",
  ])("«%s»", (text) => {
    expect(bot(text)).not.toBeNull();
  });
});
