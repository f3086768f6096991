import { describe, expect, it } from "vitest";
import type { TestUser } from "../../src/emulator/bot-api-emulator.js";
import { shown, until } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

const harness = useHarness();

const say = (user: TestUser, text: string, next: RegExp) => {
  harness.emulator.sendText(user, text);
  return until(harness.emulator, user.id, next);
};

describe("a citizen who lives in the centre", () => {
  it.each([
    ["it", "abito in centro", /In che zona/, /Ho capito: centro → Municipio 1/],
    ["it", "in centro", /In che zona/, /Ho capito: centro → Municipio 1/],
    ["en", "in the city centre", /Where in Milan/, /Got it: city centre → Municipio 1/],
  ])(
    "(%s) «%s» at the area question is Municipio 1, said back in their words",
    async (language, typed, question, understood) => {
      const user = citizen("Carla", language);
      await say(user, language === "en" ? "I need a cleaner" : "cerco una colf", question);
      expect(shown(await say(user, typed, /📍/))).toMatch(understood);
    },
  );

  it("«… mia madre, vive da sola in centro» is answered at once, without the area question", async () => {
    const user = citizen("Carlo");
    const story = "cerco una badante per mia madre, vive da sola in centro";
    const reply = await say(user, story, /📍|In che zona/);
    expect(shown(reply)).toMatch(/Ho capito: centro → Municipio 1/);
  });
});
