/**
 * The buttons under an answer, and what a label or a position typed after it («2», «la
 * seconda») means: one list, so that a typed position always names the button shown there.
 */
import { data, type MenuItem, parseAction } from "../bot/callback-data.js";
import { localized } from "../bot/texts.js";
import type { Intent } from "../catalogue/schema.js";
import type { Knowledge } from "../knowledge/index.js";
import { OPERATOR_INTENT } from "../nlu/need.js";
import { DANGER_INTENT } from "../safety/danger.js";
import type { LastNeed } from "../storage/profiles.js";
import type { OrientationStart } from "./answer.js";
import { type Choice, choiceAtPosition, type Dialogue, typedChoice } from "./replies.js";

/**
 * The buttons under an answer; "sì" asks to be contacted, "cambia zona" changes the area, and
 * a second need of the same message is offered ("Hai chiesto anche: colf").
 */
export function afterAnswerChoices(
  dialogue: Dialogue,
  { spaces, withPlace, also }: { spaces: number; withPlace: boolean; also?: Intent | undefined },
): Choice[] {
  const { t, locale } = dialogue;
  return [
    ...(spaces > 0 ? [{ label: t("button-details"), data: data.details }] : []),
    ...(also
      ? [
          {
            label: t("button-also", { need: localized(also.label, locale) }),
            data: data.need(also.id),
          },
        ]
      : []),
    { label: t("button-contact-me"), data: data.operator },
    // Without an area there is nothing wrong to change: the button offers to tell it.
    { label: t(withPlace ? "button-change-place" : "button-give-place"), data: data.changePlace },
    { label: t("button-new-need"), data: data.menu("new") },
    { label: t("button-all-spaces"), data: data.menu("spaces") },
  ];
}

/**
 * What a label or a position typed after an answer («I want to be contacted», «2», «la
 * seconda») does, as a tap on that button would: the orientation that follows, or a menu to
 * show. Undefined when the text names no button, or after the danger answer (whose buttons
 * are its own).
 */
export function offeredAt(
  dialogue: Dialogue,
  knowledge: Knowledge,
  last: LastNeed,
  text: string,
): OrientationStart | { readonly menu: MenuItem } | undefined {
  if (last.intent === DANGER_INTENT) return undefined;
  const also = last.also === undefined ? undefined : knowledge.intent(last.also);
  // withPlace changes a label only, not what a position means.
  const choices = afterAnswerChoices(dialogue, {
    spaces: last.spaces.length,
    withPlace: true,
    also,
  });
  // A label typed is its button, whichever of the area button's two labels was shown.
  const labelled = [...choices, { label: dialogue.t("button-give-place"), data: data.changePlace }];
  const placed =
    typedChoice(text, labelled, dialogue.read, dialogue.locale) ??
    choiceAtPosition(text, choices, dialogue.read);
  if (!placed) return undefined;
  const action = parseAction(placed.data);
  if (action.kind === "details") return { details: true };
  if (action.kind === "change-place") return { changePlace: true };
  if (action.kind === "need") return { intent: action.intent };
  if (action.kind === "operator") return { intent: OPERATOR_INTENT };
  return action.kind === "menu" ? { menu: action.item } : undefined;
}
