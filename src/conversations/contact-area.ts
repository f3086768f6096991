import { data, parseAction } from "../bot/callback-data.js";
import type { KnowledgeHolder } from "../knowledge/index.js";
import {
  MAX_PLACE_ATTEMPTS,
  type PlaceDependencies,
  placeStatement,
  readPlaceReply,
  sayBack,
  sendHouseNumberQuestion,
  sendPlaceQuestion,
  sendTownOrAreaQuestion,
  typedPlaceReply,
  understood,
  withHouseNumber,
} from "./place.js";
import { keepPlace, type PlaceStores } from "./place-in-use.js";
import { type Dialogue, type Reply, readReply, waitReply } from "./replies.js";

/**
 * The area changed while the contact details are asked: «cambia zona», «change area»,
 * «cambiar zona», «schimbă zona», «змінити район» (a change that names the area), «in realtà
 * abito a Baggio» (where one lives, with a place), or the «change area» button of the area
 * said back. Not a name, a phone or a note.
 */
export async function changesArea(
  dialogue: Dialogue,
  knowledge: KnowledgeHolder,
  reply: Reply,
): Promise<boolean> {
  if (reply.kind === "action") return reply.data === data.changePlace;
  if (reply.kind !== "text") return false;
  const { read } = dialogue;
  const { text } = reply;
  const change = readReply(dialogue, text).kind === "change";
  if (change && (read.mentions("area", text) || read.mentions("home", text))) return true;
  if (!read.mentions("home", text)) return false;
  return (await placeStatement(dialogue, placeDepsOf(knowledge), text)) !== undefined;
}

/**
 * Reading a place here never starts a new need: a need typed at the area question is a place
 * not understood (the contact details are under way).
 */
const placeDepsOf = (knowledge: KnowledgeHolder): PlaceDependencies => ({
  knowledge,
  classify: async (text) => ({
    text,
    intent: null,
    confidence: 0,
    alternatives: [],
    ambiguous: false,
  }),
});

/**
 * The new area: the one in the words, or asked (a place, a street with its house number, a
 * shared location), remembered and said back. False when none was given (skipped, or not
 * understood three times): the area stays as it was.
 */
export async function askNewArea(
  dialogue: Dialogue,
  deps: { readonly knowledge: KnowledgeHolder } & PlaceStores,
  reply: Reply,
): Promise<boolean> {
  const { conversation, ctx } = dialogue;
  const placeDeps = placeDepsOf(deps.knowledge);
  const stated =
    reply.kind === "text" ? await placeStatement(dialogue, placeDeps, reply.text) : undefined;
  // «Lodi»: the town or Milan's area of that name is asked, as the area would be.
  let place = stated?.sharesName ? undefined : stated;
  const asked = place === undefined;
  if (stated?.sharesName) await sendTownOrAreaQuestion(dialogue, stated);
  else if (asked) await sendPlaceQuestion(dialogue);
  for (let tries = 0; place === undefined && tries < MAX_PLACE_ATTEMPTS; ) {
    const answer = await waitReply(conversation);
    const typed = answer.kind === "text" ? typedPlaceReply(dialogue, answer.text) : answer;
    if (typed.kind === "action" && parseAction(typed.data).kind === "skip-place") break;
    const read = await readPlaceReply(dialogue, placeDeps, typed);
    if (read.kind !== "again" || read.spent) tries += 1;
    if (read.kind === "place") {
      await keepPlace(dialogue, deps, read.place);
      await sayBack(dialogue, read.said);
      return true;
    }
    if (read.kind === "house-number") {
      await sendHouseNumberQuestion(dialogue, read.place);
      const number = await waitReply(conversation);
      const street = read.place.matched ?? "";
      place =
        number.kind === "text"
          ? await withHouseNumber(dialogue, placeDeps, street, number.text)
          : read.place;
    }
  }
  if (place === undefined) {
    await ctx.reply(dialogue.t("handoff-area-kept"), { reply_markup: { remove_keyboard: true } });
    return false;
  }
  const found = understood(dialogue, place, asked);
  await keepPlace(dialogue, deps, found.place);
  await sayBack(dialogue, found.said);
  return true;
}
