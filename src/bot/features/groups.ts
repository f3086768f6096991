import type { Logger } from "../../logging/index.js";
import { describeError } from "../../logging/index.js";
import type { BotContext } from "../context.js";
import { LeanComposer } from "../lean-composer.js";

/**
 * Citizens talk to the bot in private. In any group other than the operators' it says so
 * once and leaves; its updates go no further.
 */
export function groupsFeature(isOperatorChat: (chatId: number) => boolean, logger: Logger) {
  const composer = new LeanComposer<BotContext>();
  const foreignGroup = composer
    .chatType(["group", "supergroup"])
    .filter((ctx) => !isOperatorChat(ctx.chat.id));
  foreignGroup.on(["message", "my_chat_member"], async (ctx) => {
    const added = ctx.myChatMember
      ? ["member", "administrator"].includes(ctx.myChatMember.new_chat_member.status)
      : true;
    if (!added) return;
    try {
      await ctx.reply(ctx.t("group-not-supported"));
      await ctx.leaveChat();
    } catch (error) {
      logger.warn({ error: describeError(error) }, "could not leave a group");
    }
  });
  foreignGroup.use(() => {});
  return composer;
}
