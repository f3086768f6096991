/**
 * Where a handoff leads (the spaces recommended, the first one's operators' chat, a request
 * still open) and what is said when it can lead nowhere. Kept apart from handoff.ts, the
 * consent and the request's writing.
 */

import { recommendForPerson } from "../directory/index.js";
import { type HandoffRequest, isOpen } from "../handoff/request.js";
import type { HandoffContext, HandoffDependencies } from "./handoff.js";
import { matchingPlace, recalled } from "./place-in-use.js";
import type { Dialogue } from "./replies.js";

/** Where a handoff leads: the spaces recommended, the first one's operators' chat. */
export async function destination(
  dialogue: Dialogue,
  context: HandoffContext,
  deps: HandoffDependencies,
) {
  const { conversation, ctx } = dialogue;
  const { knowledge, profiles } = deps;
  const chatId = ctx.chat?.id as number;
  const profile = (await conversation.external(() => profiles.get(String(chatId)))) ?? {};
  const place = profile.place && recalled(profile.place, deps.places.recall(String(chatId)));
  const recommendation = await conversation.external(
    () =>
      // A man's request for the course for women does not go to its space (audience.ts).
      recommendForPerson(
        {
          intent: context.intent,
          services: knowledge.current.intent(context.intent)?.services ?? [],
          text: context.needText,
        },
        place ? matchingPlace(place) : null,
        knowledge.current.directory,
        knowledge.current.service,
      ).recommendation,
  );
  const spaces =
    context.spaces.length > 0 ? context.spaces : recommendation.items.map((item) => item.space.id);
  const spaceId = spaces[0] ?? null;
  /** The space to visit instead, as a venue: the first one recommended, when there is one. */
  const showSpace = async () => {
    const space = recommendation.items[0]?.space;
    if (!space) return;
    await ctx.replyWithVenue(
      space.location.lat,
      space.location.lon,
      space.name,
      `${space.address.inArticle}, ${space.address.cap} Milano`,
    );
  };
  const open = await conversation.external(
    async (): Promise<HandoffRequest | undefined> =>
      (await deps.requests.list({ citizenChatId: chatId })).find(isOpen),
  );
  return {
    chatId,
    place,
    spaces,
    spaceId,
    operatorChat: deps.operatorChatFor(spaceId),
    /** A language the bot only reads, whose notice this chat got: the citizen's own. */
    language: profile.noticed,
    showSpace,
    anySpace: recommendation.items.length > 0,
    open,
  };
}
export type Destination = Awaited<ReturnType<typeof destination>>;

/** A request still open, or no operators to reach: said, and true. */
export async function cannotHandOff(dialogue: Dialogue, to: Destination): Promise<boolean> {
  const { ctx, t } = dialogue;
  if (to.open) {
    await ctx.reply(t("handoff-already-open", { reference: to.open.reference }));
    return true;
  }
  if (to.operatorChat === undefined) {
    await ctx.reply(t("handoff-unavailable"));
    await to.showSpace();
    return true;
  }
  return false;
}
