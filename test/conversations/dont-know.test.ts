import { describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { sayTo, shown } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

/**
 * «I don't know» typed at a contact step is unsure, not «no»: at the summary it must not
 * withdraw the request, at the name it is no name, at the phone it is no «write to me here».
 */
const operators: TestGroup = { id: -1001650, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

const say = sayTo(harness);

/** Asks for a person in English and consents: the name question is next. */
async function toName(user: TestUser) {
  await say(user, "I would like to talk to a person, I live in Niguarda", /Do you agree\?/);
  await say(user, "yes", /What is your name/);
}

describe("«I don't know» at the contact steps", () => {
  it.each(["I don't know", "i dont know", "I do not know"])(
    "«%s» at the summary gets the hint; the request is still there to confirm",
    async (unsure) => {
      const user = citizen("Mark", "en");
      await toName(user);
      await say(user, "Mark Jones", /What number/);
      await say(user, "333 765 4321", /When would you/);
      await say(user, "morning", /note for the worker/);
      await say(user, "no", /Check your request/);
      const reply = await say(user, unsure, /./);
      expect(shown(reply)).toMatch(/Write "confirm"/);
      await say(user, "confirm", /Request registered/);
    },
  );

  it("«I don't know» at the name is no name: asked again", async () => {
    const user = citizen("Mark", "en");
    await toName(user);
    const reply = await say(user, "I don't know", /./);
    expect(shown(reply)).not.toMatch(/What number/);
  });

  it("«I don't know» at the phone is no «write to me here»: the number is asked again", async () => {
    const user = citizen("Mark", "en");
    await toName(user);
    await say(user, "Mark Jones", /What number/);
    const reply = await say(user, "I don't know", /./);
    expect(shown(reply)).not.toMatch(/no phone/);
  });
});
