import type { Conversation } from "@grammyjs/conversations";
import { type Context, InlineKeyboard, Keyboard } from "grammy";
import { data, parseAction, type TimeSlot } from "../bot/callback-data.js";
import type { BotContext } from "../bot/context.js";
import { describePlace } from "../bot/render.js";
import { apologyFor } from "../bot/resilience.js";
import {
  escapeHtml,
  type Locale,
  localeFromLanguageCode,
  localized,
  type Texts,
  type Translate,
} from "../bot/texts.js";
import { recommend } from "../directory/index.js";
import { normalizePhone } from "../handoff/phone.js";
import type { HandoffRepository } from "../handoff/repository.js";
import { CONTACT_LIMITS, type HandoffRequest, isOpen } from "../handoff/request.js";
import { describeOpening } from "../handoff/working-hours.js";
import type { KnowledgeHolder } from "../knowledge/index.js";
import { describeError, type Logger } from "../logging/index.js";
import type { KeyValueStore } from "../storage/json-directory-store.js";
import { type ChatProfile, placeForMatching } from "../storage/profiles.js";
import { waitReply } from "./replies.js";

export const HANDOFF = "handoff";

export interface HandoffDependencies {
  readonly knowledge: KnowledgeHolder;
  readonly profiles: KeyValueStore<ChatProfile>;
  readonly requests: HandoffRepository;
  /** Asks the outbox to send due notifications now rather than at its next tick. */
  readonly notifyOperators: () => void;
  /** The operators' chat for a space: its own when configured, else the common one. */
  readonly operatorChatFor: (spaceId: string | null) => number | undefined;
  readonly retentionDays: number;
  /** When the chat's operators are next at work, if not now and their hours are known. */
  readonly nextOpening?: (operatorChatId: number) => number | null;
}

/** What the bot already knows when the citizen asks for a person. */
export interface HandoffContext {
  readonly intent: string;
  readonly needText: string;
  readonly spaces: readonly string[];
}

type HandoffConversation = Conversation<BotContext, Context>;

const { name: MAX_NAME, note: MAX_NOTE, preferredTime: MAX_TIME } = CONTACT_LIMITS;
const MAX_ATTEMPTS = 3;
const YES = /^(s[iì]|si+|ok|okay|va bene|certo|yes|y|sure)\b/i;
const NO = /^(no|nope|non voglio|no grazie|no thanks)\b/i;

/**
 * The citizen's side of a handoff: what will happen and who sees the data, explicit
 * consent (nothing is stored without it), name, phone, preferred time, note, summary and
 * confirmation. The request is written before the citizen is told it is registered.
 */
export async function runHandoff(
  conversation: HandoffConversation,
  ctx: Context,
  locale: Locale,
  t: Translate,
  context: HandoffContext,
  deps: HandoffDependencies,
): Promise<void> {
  const { knowledge, profiles, requests } = deps;
  const chatId = ctx.chat?.id as number;
  const profile = (await conversation.external(() => profiles.get(String(chatId)))) ?? {};
  const recommendation = await conversation.external(() =>
    recommend(
      {
        intent: context.intent,
        services: knowledge.current.intent(context.intent)?.services ?? [],
      },
      profile.place ? placeForMatching(profile.place) : null,
      knowledge.current.directory,
    ),
  );
  const spaces =
    context.spaces.length > 0 ? context.spaces : recommendation.items.map((item) => item.space.id);
  const spaceId = spaces[0] ?? null;
  const operatorChat = deps.operatorChatFor(spaceId);

  const open = await conversation.external(
    async (): Promise<HandoffRequest | undefined> =>
      (await requests.list({ citizenChatId: chatId })).find(isOpen),
  );
  if (open) {
    await ctx.reply(t("handoff-already-open", { reference: open.reference }));
    return;
  }
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
  const walkIn = async () => {
    const text = recommendation.items.length > 0 ? "handoff-no-consent" : "handoff-no-consent-any";
    await ctx.reply(t(text), { reply_markup: { remove_keyboard: true } });
    await showSpace();
  };
  if (operatorChat === undefined) {
    await ctx.reply(t("handoff-unavailable"));
    await showSpace();
    return;
  }

  await ctx.reply(t("handoff-explain", { days: deps.retentionDays }), {
    parse_mode: "HTML",
    reply_markup: new InlineKeyboard()
      .text(t("handoff-consent-yes"), data.consent(true))
      .text(t("handoff-consent-no"), data.consent(false)),
  });
  let consent: boolean | undefined;
  for (let attempt = 0; consent === undefined && attempt < MAX_ATTEMPTS; attempt++) {
    const reply = await waitReply(conversation);
    const action = reply.kind === "action" ? parseAction(reply.data) : undefined;
    if (action?.kind === "consent") consent = action.yes;
    else if (reply.kind === "text" && YES.test(reply.text)) consent = true;
    else if (reply.kind === "text" && NO.test(reply.text)) consent = false;
    else await ctx.reply(t("handoff-ask-consent-again"));
  }
  if (consent !== true) {
    await walkIn();
    return;
  }

  const proposed = [ctx.from?.first_name, ctx.from?.last_name]
    .filter(Boolean)
    .join(" ")
    .slice(0, MAX_NAME);
  await ctx.reply(t("handoff-ask-name", { proposed: proposed === "" ? "none" : proposed }), {
    ...(proposed === ""
      ? {}
      : {
          reply_markup: new InlineKeyboard().text(
            t("handoff-use-name", { name: proposed }),
            data.useName,
          ),
        }),
  });
  let name: string | undefined;
  while (name === undefined) {
    const reply = await waitReply(conversation);
    if (reply.kind === "action" && parseAction(reply.data).kind === "use-name" && proposed !== "")
      name = proposed;
    else if (reply.kind === "text" && reply.text !== "" && reply.text.length <= MAX_NAME)
      name = reply.text;
    else await ctx.reply(t("handoff-name-too-long"));
  }

  await ctx.reply(t("handoff-ask-phone"), {
    reply_markup: new Keyboard().requestContact(t("handoff-share-phone")).resized().oneTime(),
  });
  let phone: string | null = null;
  while (phone === null) {
    const reply = await waitReply(conversation);
    if (reply.kind === "contact" && !reply.own) {
      await ctx.reply(t("handoff-phone-not-yours"));
      continue;
    }
    phone =
      reply.kind === "contact"
        ? normalizePhone(reply.phone)
        : reply.kind === "text"
          ? normalizePhone(reply.text)
          : null;
    if (phone === null) await ctx.reply(t("handoff-phone-invalid"));
  }

  // The share-contact keyboard goes away with the acknowledgement; the next question has inline buttons.
  await ctx.reply(`✅ ${phone}`, { reply_markup: { remove_keyboard: true } });
  const slots: TimeSlot[] = ["morning", "afternoon", "any"];
  await ctx.reply(t("handoff-ask-time"), {
    reply_markup: slots.reduce(
      (keyboard, slot) => keyboard.text(t(`handoff-time-${slot}`), data.time(slot)),
      new InlineKeyboard(),
    ),
  });
  let preferredTime: string | undefined;
  while (preferredTime === undefined) {
    const reply = await waitReply(conversation);
    const action = reply.kind === "action" ? parseAction(reply.data) : undefined;
    if (action?.kind === "time") preferredTime = t(`handoff-time-${action.slot}`);
    else if (reply.kind === "text" && reply.text !== "")
      preferredTime = reply.text.slice(0, MAX_TIME);
  }

  await ctx.reply(t("handoff-ask-note"), {
    reply_markup: new InlineKeyboard().text(t("handoff-no-note"), data.noNote),
  });
  let note: string | undefined;
  while (note === undefined) {
    const reply = await waitReply(conversation);
    if (reply.kind === "action" && parseAction(reply.data).kind === "no-note") note = "";
    else if (reply.kind === "text" && reply.text !== "") note = reply.text.slice(0, MAX_NOTE);
  }

  const intent = knowledge.current.intent(context.intent);
  const needLabel = intent ? localized(intent.label, locale) : context.intent;
  const space = knowledge.current.directory.spaces.find((s) => s.id === spaceId);
  await ctx.reply(
    t("handoff-summary", {
      need: escapeHtml(needLabel),
      place: profile.place ? describePlace(profile.place, t) : t("handoff-place-unknown"),
      space: space ? escapeHtml(space.name) : t("handoff-space-unknown"),
      name: escapeHtml(name),
      phone: escapeHtml(phone),
      time: escapeHtml(preferredTime),
      note: note === "" ? t("handoff-none") : escapeHtml(note),
    }),
    {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard()
        .text(t("handoff-confirm"), data.confirm(true))
        .text(t("handoff-cancel"), data.confirm(false)),
    },
  );
  let confirmed: boolean | undefined;
  while (confirmed === undefined) {
    const reply = await waitReply(conversation);
    const action = reply.kind === "action" ? parseAction(reply.data) : undefined;
    if (action?.kind === "confirm") confirmed = action.yes;
    else if (reply.kind === "text" && YES.test(reply.text)) confirmed = true;
    else if (reply.kind === "text" && NO.test(reply.text)) confirmed = false;
  }
  if (!confirmed) {
    await ctx.reply(t("handoff-cancelled"));
    return;
  }

  const contact = {
    name,
    phone,
    preferredTime,
    note,
    needText: context.needText.slice(0, CONTACT_LIMITS.needText),
  };
  const created = await conversation.external(async () => {
    const request = await requests.create({
      status: "open",
      citizenChatId: chatId,
      locale,
      intent: context.intent,
      municipio: profile.place?.municipio ?? null,
      area: profile.place?.area ?? null,
      spaceId,
      recommendedSpaces: [...spaces],
      contact,
      operator: null,
      notification: { chatId: operatorChat, state: "pending", attempts: 0, nextAttemptAt: 0 },
      closedAt: null,
    });
    return request.reference;
  });
  await ctx.reply(t("handoff-registered", { reference: created }), { parse_mode: "HTML" });
  const opening = await conversation.external(() => deps.nextOpening?.(operatorChat) ?? null);
  if (opening !== null)
    await ctx.reply(t("handoff-after-hours", { when: describeOpening(opening, locale) }));
  // Only now: sent alongside the reply, the notification's "sent" record could be lost with
  // a crash right after the citizen is told, and a restart would notify twice. Should the
  // reply fail, the outbox's next tick sends it anyway.
  await conversation.external(() => deps.notifyOperators());
}

export interface HandoffConversationDependencies extends HandoffDependencies {
  readonly texts: Texts;
  readonly logger: Logger;
}

/** The handoff as a conversation of its own: /operatore and the "be contacted" button. */
export function createHandoffConversation(deps: HandoffConversationDependencies) {
  return async function handoff(conversation: HandoffConversation, ctx: Context) {
    const profile =
      (await conversation.external(() => deps.profiles.get(String(ctx.chat?.id)))) ?? {};
    const locale: Locale = profile.locale ?? localeFromLanguageCode(ctx.from?.language_code);
    const t = deps.texts.for(locale);
    const last = profile.lastNeed;
    const context = last
      ? { intent: last.intent, needText: last.text, spaces: last.spaces }
      : { intent: "operatore", needText: "", spaces: [] };
    try {
      await runHandoff(conversation, ctx, locale, t, context, deps);
    } catch (error) {
      await conversation.external(() =>
        deps.logger.error({ error: describeError(error) }, "handoff failed"),
      );
      const apology = apologyFor(error);
      if (apology) await ctx.reply(t(apology)).catch(() => {});
    }
  };
}
