import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import { isAnswer, isPlaceQuestion, readUntil, shown } from "../bot/story.js";
import { citizen, useHarness } from "../support/harness.js";

const operators = { id: -1001720, title: "Operatori WeMi", type: "supergroup" as const };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

/** A story that names the area and leaves the need unsure: «Intendevi…?». */
const STORY = "buongiorno, è per mia madre anziana, abita da sola vicino alla fermata Loreto";

const CONSENT = /Sei d'accordo\?/;

async function toDidYouMean(
  name: string,
): Promise<{ user: ReturnType<typeof citizen>; question: Message }> {
  const user = citizen(name);
  harness.emulator.sendText(user, STORY);
  const read = await readUntil(harness.emulator, user, (m) => /Intendevi/.test(shown(m)));
  return { user, question: read.at(-1) as Message };
}

/** Up to the consent question (or an area question, which should not come): Loreto said back. */
async function expectLoretoKeptUntilConsent(user: ReturnType<typeof citizen>): Promise<void> {
  const read = await readUntil(
    harness.emulator,
    user,
    (m) => CONSENT.test(shown(m)) || isPlaceQuestion(m),
  );
  expect(read.some(isPlaceQuestion)).toBe(false);
  expect(read.map(shown).join("\n")).toMatch(/Ho capito: .*Loreto.*Municipio 2/);
}

describe("the area told once inside a story is kept through «Intendevi…?»", () => {
  it("tapping «talk to a person» asks no area: Loreto is said back, then consent", async () => {
    const { user, question } = await toDidYouMean("Paolo");
    harness.emulator.pressButton(user, question, "op");
    await expectLoretoKeptUntilConsent(user);
  });

  it("typing «vorrei parlare con una persona» instead asks no area either", async () => {
    const { user } = await toDidYouMean("Piera");
    harness.emulator.sendText(user, "vorrei parlare con una persona");
    await expectLoretoKeptUntilConsent(user);
  });

  it("«Altro», then the need said again in other words: answered for Loreto, not asked", async () => {
    const { user, question } = await toDidYouMean("Pia");
    harness.emulator.pressButton(user, question, "a-other");
    await harness.emulator.nextBotMessage(user.id);
    harness.emulator.sendText(user, "cerco una colf per le pulizie di casa");
    const read = await readUntil(harness.emulator, user, (m) => isAnswer(m) || isPlaceQuestion(m));
    expect(read.some(isPlaceQuestion)).toBe(false);
    expect(read.map(shown).join("\n")).toMatch(/Loreto.*Municipio 2/);
  });
});

describe("at the area question, the home of the person the help is for wins over the writer's", () => {
  it.each([
    [
      "it",
      "cerco una badante per mia madre",
      "mia madre abita a Niguarda, io invece abito a Baggio",
    ],
    ["en", "I need a carer for my mother", "my mother lives in Niguarda, while I live in Baggio"],
    ["es", "necesito una cuidadora para mi madre", "mi madre vive en Niguarda, yo vivo en Baggio"],
  ])("(%s) «%s», then «%s»: Niguarda", async (language, need, homes) => {
    const { emulator } = harness;
    const user = citizen("Vera", language);
    emulator.sendText(user, need);
    await readUntil(emulator, user, isPlaceQuestion);
    emulator.sendText(user, homes);
    const read = await readUntil(emulator, user, (m) => /📍 [^\n]*→/.test(shown(m)));
    expect(shown(read.at(-1) as Message)).toMatch(/Niguarda → Municipio 9/);
  });
});
