import type { Conversation } from "@grammyjs/conversations";
import { Context } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { describe, expect, it } from "vitest";
import { runDirect } from "../../src/bot/direct-dialogue.js";

/**
 * A dialogue that ends with the update that starts it is run without the conversations
 * plugin: its steps must behave as the plugin's first run does.
 */
const update: Update = {
  update_id: 1,
  message: {
    message_id: 1,
    date: 0,
    chat: { id: 7, type: "private", first_name: "Ada" },
    from: { id: 7, is_bot: false, first_name: "Ada" },
    text: "cerco una colf",
  },
};
const outside = () =>
  Object.assign(new Context(update, {} as never, {} as UserFromGetMe), { danger: "none" });
type Outside = ReturnType<typeof outside>;

describe("a dialogue run directly", () => {
  it("runs each step once on the outside context, its result through beforeStore and afterLoad", async () => {
    const steps: string[] = [];
    const result = await runDirect(
      async (conversation: Conversation<Outside, Context>, ctx: Context, start: string) => {
        const seen = await conversation.external((out) => {
          steps.push(`step sees ${out.danger}`);
          return ctx.message?.text;
        });
        const kept = await conversation.external({
          task: () => ({ spaces: ["a", "b"] }),
          beforeStore: (value) => value.spaces.join(" "),
          afterLoad: (ids: string) => ({ spaces: ids.split(" ").map((id) => `space ${id}`) }),
        });
        return `${start}: ${seen}, ${kept.spaces.join(", ")}`;
      },
      outside(),
      "need",
    );
    expect(steps).toEqual(["step sees none"]);
    expect(result).toBe("need: cerco una colf, space a, space b");
  });

  it("throws a step's error as the plugin does: its message kept, not its class", async () => {
    class StorageDown extends Error {
      readonly code = "EROFS";
    }
    const failing = runDirect(async (conversation: Conversation<Outside, Context>) => {
      await conversation.external(() => {
        throw new StorageDown("EROFS: read-only file system");
      });
    }, outside());
    await expect(failing).rejects.toThrow("EROFS: read-only file system");
    await expect(failing).rejects.not.toBeInstanceOf(StorageDown);
  });

  it("fails loudly, rather than hang, if the dialogue tries to wait for another update", async () => {
    const waiting = runDirect(async (conversation: Conversation<Outside, Context>) => {
      await conversation.wait();
    }, outside());
    await expect(waiting).rejects.toThrow(/cannot use conversation.wait/);
  });
});
