import { InlineKeyboard } from "grammy";
import type { KnowledgeHolder } from "../../knowledge/index.js";
import {
  labelExample,
  OUT_OF_SCOPE,
  type ReviewItem,
  type ReviewQueue,
} from "../../review/index.js";
import { answerPress } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { LeanComposer } from "../lean-composer.js";
import { escapeHtml } from "../texts.js";

export interface ReviewDependencies {
  readonly adminIds: ReadonlySet<number>;
  readonly queue: ReviewQueue;
  readonly knowledge: KnowledgeHolder;
  /** Where intents/ is written. */
  readonly root: string;
}

const GUESSES = 3;
// r:<item>:<choice>, the choice being an intent id, "_out_of_scope", "skip" or "delete".
const CHOICE = /^r:([0-9a-f]{8}):([a-z_][a-z0-9_]{0,40})$/;
const SKIP = "skip";
const DELETE = "delete";

/**
 * /rivedi: the messages the bot did not understand, one at a time, for admins (ADMIN_IDS,
 * private chat) only; anyone else falls through to the ordinary handling.
 */
export function reviewFeature(deps: ReviewDependencies) {
  const { queue, knowledge } = deps;
  const composer = new LeanComposer<BotContext>();
  const admin = composer.chatType("private").filter((ctx) => deps.adminIds.has(ctx.from.id));

  const keyboard = (ctx: BotContext, item: ReviewItem) => {
    const { classifier } = knowledge.current;
    const guesses = classifier.rank(item.text).ranked.slice(0, GUESSES);
    const buttons = new InlineKeyboard();
    for (const guess of guesses) {
      const label = knowledge.current.intent(guess.intent)?.label.it ?? guess.intent;
      const percent = Math.round(guess.confidence * 100);
      buttons.text(`${label} (${percent}%)`, `r:${item.id}:${guess.intent}`).row();
    }
    return buttons
      .text(ctx.t("review-out-of-scope"), `r:${item.id}:${OUT_OF_SCOPE}`)
      .row()
      .text(ctx.t("review-skip"), `r:${item.id}:${SKIP}`)
      .text(ctx.t("review-delete"), `r:${item.id}:${DELETE}`);
  };

  /** The next item after `after` (the first when not given), or "nothing left". */
  const showNext = async (ctx: BotContext, after?: string) => {
    const items = await queue.list();
    const start = after === undefined ? 0 : items.findIndex((i) => i.id === after) + 1;
    const item = items[start];
    if (item === undefined) {
      await ctx.reply(ctx.t(items.length === 0 ? "review-empty" : "review-end"));
      return;
    }
    await ctx.reply(
      ctx.t("review-item", {
        position: start + 1,
        total: items.length,
        kind: ctx.t(`review-kind-${item.kind}`),
        language: item.language,
        times: item.times,
        text: escapeHtml(item.text),
      }),
      { parse_mode: "HTML", reply_markup: keyboard(ctx, item) },
    );
  };

  admin.command("rivedi", (ctx) => showNext(ctx));

  admin.callbackQuery(CHOICE, async (ctx) => {
    const [, id = "", choice = ""] = ctx.match;
    await answerPress(ctx);
    await ctx.editMessageReplyMarkup().catch(() => {});
    const item = await queue.get(id);
    if (item === undefined) {
      await ctx.reply(ctx.t("review-gone"));
    } else if (choice === SKIP) {
      // Stays queued for another time.
    } else if (choice === DELETE) {
      await queue.remove(id);
      await ctx.reply(ctx.t("review-deleted"));
    } else {
      const outcome = await labelExample(deps.root, choice, item.language, item.text);
      if (outcome.ok) {
        await queue.remove(id);
        await ctx.reply(ctx.t("review-added", { file: outcome.file, language: item.language }));
      } else {
        await ctx.reply(ctx.t("review-refused", { reason: escapeHtml(outcome.reason) }), {
          parse_mode: "HTML",
        });
      }
    }
    await showNext(ctx, id);
  });
  return composer;
}
