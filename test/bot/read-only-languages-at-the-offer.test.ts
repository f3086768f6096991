import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import { citizen, useHarness } from "../support/harness.js";
import { readUntil, replyAtTheOffer, shown } from "./story.js";

/**
 * Session 38 typed trials in languages the bot reads but does not speak (answered in English):
 * at the offer of a call after an answer, Chinese «我不想接电话，谢谢» (I don't want a call,
 * thanks) started the consent to a call, and Tagalog «hindi, pasensya na, lumipat na ako sa
 * Niguarda» (no, sorry, I moved to Niguarda) got a goodbye instead of the area changed, and
 * «ayoko ng tawag» (I don't want a call), typed once the bot had taken leave, the consent.
 */
const harness = useHarness();

const STORIES = {
  zh: "我在找保姆的工作，我住在Via Padova 120",
  tl: "naghahanap ako ng trabaho bilang kasambahay, nakatira ako sa Via Padova 120",
  ar: "كنقلب على خدمة ديال البادانتي، ساكنة في شارع بادوفا ١٢٠",
} as const;

async function atTheOffer(language: keyof typeof STORIES, reply: string): Promise<string> {
  const read = await replyAtTheOffer(harness.emulator, citizen("Rosa", language), {
    first: STORIES[language],
    answered: /Where to go/,
    reply,
    until: /You're welcome|All right|do you agree|Municipio 9/i,
  });
  return shown(read.at(-1) as Message);
}

describe("the offer of a call answered in a language the bot only reads", () => {
  it.each([
    ["zh", "我不想接电话，谢谢"],
    ["ar", "لا أريد أن يتصلوا بي، شكرا"],
    ["tl", "ayoko ng tawag, salamat"],
  ] as const)("(%s) «%s» takes leave, never the consent to a call", async (language, reply) => {
    const said = await atTheOffer(language, reply);
    expect(said).toMatch(/^You're welcome|^All right/);
    expect(said).not.toMatch(/do you agree/i);
  });

  it("(tl) «ayoko ng tawag, salamat» typed after the goodbye is still no call", async () => {
    const user = citizen("Rosa", "tl");
    harness.emulator.sendText(user, STORIES.tl);
    await readUntil(harness.emulator, user, (m) => /Where to go/.test(shown(m)));
    harness.emulator.sendText(user, "hindi salamat");
    await readUntil(harness.emulator, user, (m) => /You're welcome/.test(shown(m)));
    harness.emulator.sendText(user, "ayoko ng tawag, salamat");
    expect(shown(await harness.emulator.nextBotMessage(user.id))).toMatch(/^You're welcome/);
  });

  it("(tl) «hindi, pasensya na, lumipat na ako sa Niguarda» changes the area", async () => {
    expect(await atTheOffer("tl", "hindi, pasensya na, lumipat na ako sa Niguarda")).toMatch(
      /Niguarda → Municipio 9/,
    );
  });
});
