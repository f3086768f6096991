import { data, parseAction, type TimeSlot } from "../bot/callback-data.js";
import { CONTACT_LIMITS } from "../handoff/request.js";
import type { KnowledgeHolder } from "../knowledge/index.js";
import { type Answer, steering } from "./contact-steering.js";
import {
  asksCostOnly,
  type Choice,
  type Dialogue,
  keyboardOf,
  readReply,
  typedOrPlacedChoice,
  waitChoice,
  waitReply,
} from "./replies.js";

/** The last contact steps: when to call, and a note for the worker. */

const { note: MAX_NOTE, preferredTime: MAX_TIME } = CONTACT_LIMITS;

const TIME_SLOTS: readonly TimeSlot[] = ["morning", "afternoon", "any"];

/**
 * The time to call: a slot tapped, or said in words in any of the bot's languages («in
 * mattinata», «afternoon», «вранці», «verso sera»: the slot, so that the summary and the
 * operators read it in their own words), or anything else typed («dopo le 17», «non la
 * mattina»: kept as written), or a button by its place («la seconda», «2»). A time of day is
 * read before the buttons' typed twins, so that «non la mattina» is not the «no» of
 * «Indifferente».
 */
export async function askTime(
  dialogue: Dialogue,
  knowledge: KnowledgeHolder,
): Promise<Answer<string>> {
  const { ctx, t, read } = dialogue;
  const choices: Choice[] = TIME_SLOTS.map((slot) => ({
    label: t(`handoff-time-${slot}`),
    data: data.time(slot),
    ...(slot === "any" ? { means: ["dont_know", "skip", "no"] as const } : {}),
  }));
  await ctx.reply(t("handoff-ask-time"), { reply_markup: keyboardOf([choices]) });
  for (;;) {
    const reply = await waitReply(dialogue.conversation);
    const steer = await steering(dialogue, knowledge, reply, { afterPhone: true, asked: "time" });
    if (steer) return steer;
    const said = reply.kind === "text" ? read.timeOfDay(reply.text) : undefined;
    if (said !== undefined && said !== "free") return t(`handoff-time-${said}`);
    const action =
      reply.kind === "action"
        ? parseAction(reply.data)
        : reply.kind === "text" && said === undefined
          ? parseAction(typedOrPlacedChoice(reply.text, choices, read, dialogue.locale)?.data)
          : undefined;
    if (action?.kind === "time") return t(`handoff-time-${action.slot}`);
    // «quanto costa?»: no price is known here; said honestly, then the time again.
    if (reply.kind === "text" && asksCostOnly(dialogue, reply.text)) {
      await ctx.reply(t("handoff-cost-unknown-time"), { reply_markup: keyboardOf([choices]) });
      continue;
    }
    // A story told here is no time to call: cut to fit, it would reach the worker as one.
    const tooLong = reply.kind === "text" && reply.text.length > MAX_TIME;
    if (reply.kind === "text" && reply.text !== "" && !tooLong) return reply.text;
    await ctx.reply(t(tooLong ? "handoff-time-too-long" : "handoff-ask-time-again"));
  }
}

/**
 * The note: typed, or none ("Nessuna nota", "no", "no grazie", "nessuna"). A short question
 * about costs («quanto costa?») is answered honestly first; asked again, it is the note, for
 * the worker who calls to answer. A longer note that asks it among other things stays a note.
 */
export async function askNote(
  dialogue: Dialogue,
  knowledge: KnowledgeHolder,
): Promise<Answer<string>> {
  const { ctx, t } = dialogue;
  const choices: Choice[] = [
    { label: t("handoff-no-note"), data: data.noNote, means: ["no", "skip", "dont_know"] },
  ];
  await ctx.reply(t("handoff-ask-note"), { reply_markup: keyboardOf([choices]) });
  let costAnswered = false;
  for (;;) {
    const reply = await waitChoice(dialogue, choices);
    const steer = await steering(dialogue, knowledge, reply, { afterPhone: true, asked: "note" });
    if (steer) return steer;
    if (reply.kind === "action" && parseAction(reply.data).kind === "no-note") return "";
    if (reply.kind === "text" && asksCostOnly(dialogue, reply.text) && !costAnswered) {
      costAnswered = true;
      await ctx.reply(t("handoff-cost-unknown-note"), { reply_markup: keyboardOf([choices]) });
      continue;
    }
    // «sì», «yes», «da» answers «Vuoi aggiungere una nota?»: the note itself is still to come.
    const yes = reply.kind === "text" && readReply(dialogue, reply.text).kind === "yes";
    if (reply.kind === "text" && reply.text !== "" && !yes) {
      // Cut to what the worker gets, and said so: the citizen sees what is sent.
      if (reply.text.length > MAX_NOTE)
        await ctx.reply(t("handoff-note-shortened", { max: MAX_NOTE }));
      return reply.text.slice(0, MAX_NOTE);
    }
    await ctx.reply(t("handoff-ask-note-again"));
  }
}
