import type { ConversationFlavor } from "@grammyjs/conversations";
import type { Context } from "grammy";
import type { PlaceReader } from "../geo/index.js";
import { placeSpans } from "../nlu/index.js";
import type { PlaceSpans } from "../nlu/places.js";
import type { DangerReading } from "../safety/danger.js";
import type { Locale, Translate } from "./texts.js";

/** What every handler outside conversations can rely on. */
export interface LocaleFlavor {
  locale: Locale;
  t: Translate;
}

/**
 * The safety feature's reading of a citizen's typed message, made once per update and taken
 * along by the orientation (which would read it again, and again for the classifier's
 * emergenza); absent on other updates (buttons, commands, groups).
 */
export interface DangerFlavor {
  danger?: DangerReading;
}

/**
 * The geo reader for this update's readers (danger model, classifier, the dialogue's area):
 * a message's places are read once, and forgotten with the update.
 */
export interface PlacesFlavor {
  places?: PlaceReader;
}

/** The places this update's reader finds in a text, for the danger model and the classifier. */
export const spansOf = (ctx: PlacesFlavor): PlaceSpans | undefined =>
  ctx.places && placeSpans(ctx.places);

/**
 * The dialogue this update asked for (/annulla_richiesta or /cancella_dati, typed or in words),
 * noted where the question in progress is stopped and entered further down, where the
 * conversations are registered; `stopped`: a request being written was stopped (the erasure
 * then offers to take it up again if the citizen keeps her data; the withdrawal says it was
 * dropped, not that there is none).
 */
export interface EnteringFlavor {
  entering?: { readonly dialogue: string; readonly stopped: boolean };
}

export type BotContext = ConversationFlavor<
  Context & LocaleFlavor & DangerFlavor & PlacesFlavor & EnteringFlavor
>;
