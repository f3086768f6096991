import type { Conversation } from "@grammyjs/conversations";
import { type Context, Keyboard } from "grammy";
import { data, parseAction, type TimeSlot } from "../bot/callback-data.js";
import type { BotContext } from "../bot/context.js";
import { describePlace } from "../bot/render.js";
import {
  escapeHtml,
  type Locale,
  localeFromLanguageCode,
  localized,
  type Texts,
} from "../bot/texts.js";
import { recommend } from "../directory/index.js";
import { normalizePhone } from "../handoff/phone.js";
import type { HandoffRepository } from "../handoff/repository.js";
import { CONTACT_LIMITS, type HandoffRequest, isOpen } from "../handoff/request.js";
import type { KnowledgeHolder } from "../knowledge/index.js";
import type { ReplyReader } from "../language/replies.js";
import { describeError, type Logger } from "../logging/index.js";
import type { KeyValueStore } from "../storage/json-directory-store.js";
import { type ChatProfile, placeForMatching } from "../storage/profiles.js";
import {
  type Choice,
  type Dialogue,
  keyboardOf,
  type Reply,
  readReply,
  waitChoice,
} from "./replies.js";

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
/** More words than a name has: a sentence about a need, typed at the name question. */
const MAX_NAME_WORDS = 5;
/** What the phone question's "contact me here" button sends (a reply keyboard sends its label). */
const CONTACT_HERE = "contact-here";

/**
 * The citizen's side of a handoff: what will happen and who sees the data, explicit
 * consent (nothing is stored without it), name, phone (or "contact me here on Telegram"),
 * preferred time, note, summary and confirmation. Every question understands typed answers;
 * "annulla" or "basta" stops it and nothing is stored. The request is written before the
 * citizen is told it is registered.
 */
export async function runHandoff(
  dialogue: Dialogue,
  context: HandoffContext,
  deps: HandoffDependencies,
): Promise<void> {
  const { conversation, ctx, locale, t } = dialogue;
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

  const open = await conversation.external((): HandoffRequest | undefined =>
    requests.list({ citizenChatId: chatId }).find(isOpen),
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
  if (operatorChat === undefined) {
    await ctx.reply(t("handoff-unavailable"));
    await showSpace();
    return;
  }
  const stop = () => ctx.reply(t("handoff-cancelled"), { reply_markup: { remove_keyboard: true } });
  const wantsToStop = (reply: Reply) =>
    reply.kind === "text" && readReply(dialogue, reply.text).kind === "cancel";

  const consentChoices: Choice[] = [
    { label: t("handoff-consent-yes"), data: data.consent(true), means: ["yes"] },
    { label: t("handoff-consent-no"), data: data.consent(false), means: ["no", "cancel"] },
  ];
  await ctx.reply(t("handoff-explain", { days: deps.retentionDays }), {
    parse_mode: "HTML",
    reply_markup: keyboardOf([consentChoices]),
  });
  let consent: boolean | undefined;
  for (let attempt = 0; consent === undefined && attempt < MAX_ATTEMPTS; attempt++) {
    const reply = await waitChoice(dialogue, consentChoices);
    const action = reply.kind === "action" ? parseAction(reply.data) : undefined;
    if (action?.kind === "consent") consent = action.yes;
    else await ctx.reply(t("handoff-ask-consent-again"));
  }
  if (consent !== true) {
    const text = recommendation.items.length > 0 ? "handoff-no-consent" : "handoff-no-consent-any";
    await ctx.reply(t(text), { reply_markup: { remove_keyboard: true } });
    await showSpace();
    return;
  }

  const name = await askName(dialogue, deps);
  if (name === null) return stop().then(() => undefined);
  const phone = await askPhone(dialogue);
  if (phone === undefined) return stop().then(() => undefined);

  let preferredTime = "";
  if (phone !== null) {
    const slots: TimeSlot[] = ["morning", "afternoon", "any"];
    const timeChoices: Choice[] = slots.map((slot) => ({
      label: t(`handoff-time-${slot}`),
      data: data.time(slot),
      ...(slot === "any" ? { means: ["dont_know", "skip", "no"] as const } : {}),
    }));
    await ctx.reply(t("handoff-ask-time"), { reply_markup: keyboardOf([timeChoices]) });
    for (;;) {
      const reply = await waitChoice(dialogue, timeChoices);
      if (wantsToStop(reply)) return stop().then(() => undefined);
      const action = reply.kind === "action" ? parseAction(reply.data) : undefined;
      if (action?.kind === "time") preferredTime = t(`handoff-time-${action.slot}`);
      else if (reply.kind === "text" && reply.text !== "")
        preferredTime = reply.text.slice(0, MAX_TIME);
      else {
        await ctx.reply(t("handoff-ask-time-again"));
        continue;
      }
      break;
    }
  }

  const noteChoices: Choice[] = [
    { label: t("handoff-no-note"), data: data.noNote, means: ["no", "skip", "dont_know"] },
  ];
  await ctx.reply(t("handoff-ask-note"), { reply_markup: keyboardOf([noteChoices]) });
  let note: string | undefined;
  while (note === undefined) {
    const reply = await waitChoice(dialogue, noteChoices);
    if (wantsToStop(reply)) return stop().then(() => undefined);
    if (reply.kind === "action" && parseAction(reply.data).kind === "no-note") note = "";
    else if (reply.kind === "text" && reply.text !== "") note = reply.text.slice(0, MAX_NOTE);
    else await ctx.reply(t("handoff-ask-note-again"));
  }

  const intent = knowledge.current.intent(context.intent);
  const needLabel = intent ? localized(intent.label, locale) : context.intent;
  const space = knowledge.current.directory.spaces.find((s) => s.id === spaceId);
  const confirmChoices: Choice[] = [
    { label: t("handoff-confirm"), data: data.confirm(true), means: ["yes"] },
    { label: t("handoff-cancel"), data: data.confirm(false), means: ["no", "cancel"] },
  ];
  await ctx.reply(
    t("handoff-summary", {
      need: escapeHtml(needLabel),
      place: profile.place ? describePlace(profile.place, t) : t("handoff-place-unknown"),
      space: space ? escapeHtml(space.name) : t("handoff-space-unknown"),
      name: escapeHtml(name),
      phone: phone === null ? t("handoff-phone-here") : escapeHtml(phone),
      time: escapeHtml(preferredTime || "—"),
      note: note === "" ? t("handoff-none") : escapeHtml(note),
    }),
    { parse_mode: "HTML", reply_markup: keyboardOf([confirmChoices]) },
  );
  let confirmed: boolean | undefined;
  while (confirmed === undefined) {
    const reply = await waitChoice(dialogue, confirmChoices);
    const action = reply.kind === "action" ? parseAction(reply.data) : undefined;
    if (action?.kind === "confirm") confirmed = action.yes;
    else await ctx.reply(t("handoff-confirm-again"));
  }
  if (!confirmed) {
    await stop();
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
  await ctx.reply(
    t(phone === null ? "handoff-registered-here" : "handoff-registered", { reference: created }),
    { parse_mode: "HTML" },
  );
  // Only now: sent alongside the reply, the notification's "sent" record could be lost with
  // a crash right after the citizen is told, and a restart would notify twice. Should the
  // reply fail, the outbox's next tick sends it anyway.
  await conversation.external(() => deps.notifyOperators());
}

/**
 * The name: the proposed one, a typed one, or "preferisco non dirlo" (operators then see a
 * neutral name). "sì", "no" or a sentence about a need are not names: asked again. Null when
 * the citizen stops.
 */
async function askName(dialogue: Dialogue, deps: HandoffDependencies): Promise<string | null> {
  const { conversation, ctx, t } = dialogue;
  const proposed = [ctx.from?.first_name, ctx.from?.last_name]
    .filter(Boolean)
    .join(" ")
    .slice(0, MAX_NAME);
  const choices: Choice[] = [
    ...(proposed === ""
      ? []
      : [{ label: t("handoff-use-name", { name: proposed }), data: data.useName, means: ["yes"] }]),
    { label: t("handoff-name-withheld-button"), data: data.nameWithheld, means: ["skip"] },
  ] as Choice[];
  await ctx.reply(t("handoff-ask-name", { proposed: proposed === "" ? "none" : proposed }), {
    reply_markup: keyboardOf([choices]),
  });
  for (;;) {
    const reply = await waitChoice(dialogue, choices);
    const action = reply.kind === "action" ? parseAction(reply.data).kind : undefined;
    if (action === "use-name" && proposed !== "") return proposed;
    if (action === "name-withheld") return t("handoff-name-withheld");
    if (reply.kind === "text") {
      const reading = readReply(dialogue, reply.text);
      if (reading.kind === "cancel") return null;
      const words = reply.text.split(/\s+/u).filter(Boolean);
      const aNeed = await conversation.external(() => {
        const read = deps.knowledge.current.classifier.classify(reply.text);
        return read.intent !== null && !read.ambiguous && read.intent !== "saluto";
      });
      const aName =
        reply.text !== "" &&
        reply.text.length <= MAX_NAME &&
        words.length <= MAX_NAME_WORDS &&
        !/\p{N}/u.test(reply.text) &&
        !(reading.kind !== null && reading.extraWords === 0) &&
        !aNeed;
      if (aName) return reply.text;
    }
    await ctx.reply(t("handoff-name-again"));
  }
}

/**
 * The phone: shared, typed, or "contact me here on Telegram" (null: operators write through
 * the relay and no phone is stored). Undefined when the citizen stops.
 */
async function askPhone(dialogue: Dialogue): Promise<string | null | undefined> {
  const { ctx, t } = dialogue;
  const here: Choice = {
    label: t("handoff-contact-here"),
    data: CONTACT_HERE,
    means: ["contact_here", "no", "skip"],
  };
  await ctx.reply(t("handoff-ask-phone"), {
    reply_markup: new Keyboard()
      .requestContact(t("handoff-share-phone"))
      .row()
      .text(here.label)
      .resized()
      .oneTime(),
  });
  for (;;) {
    const reply = await waitChoice(dialogue, [here]);
    if (reply.kind === "action" && reply.data === CONTACT_HERE) {
      await ctx.reply(t("handoff-contact-here-ok"), { reply_markup: { remove_keyboard: true } });
      return null;
    }
    if (reply.kind === "contact" && !reply.own) {
      await ctx.reply(t("handoff-phone-not-yours"));
      continue;
    }
    if (reply.kind === "text" && readReply(dialogue, reply.text).kind === "cancel")
      return undefined;
    const phone =
      reply.kind === "contact"
        ? normalizePhone(reply.phone)
        : reply.kind === "text"
          ? normalizePhone(reply.text)
          : null;
    if (phone !== null) {
      // The share-contact keyboard goes away with the acknowledgement.
      await ctx.reply(`✅ ${phone}`, { reply_markup: { remove_keyboard: true } });
      return phone;
    }
    await ctx.reply(t("handoff-phone-invalid"));
  }
}

export interface HandoffConversationDependencies extends HandoffDependencies {
  readonly texts: Texts;
  readonly logger: Logger;
  readonly read: ReplyReader;
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
      await runHandoff({ conversation, ctx, locale, t, read: deps.read }, context, deps);
    } catch (error) {
      await conversation.external(() =>
        deps.logger.error({ error: describeError(error) }, "handoff failed"),
      );
      await ctx.reply(t("error-generic")).catch(() => {});
    }
  };
}
