import type { Context } from "grammy";

/**
 * Callback data of every button, parsed in one place. Data from Telegram is untrusted (old
 * messages, other clients, forged requests): anything that does not parse is "unknown".
 */
export type Action =
  | { readonly kind: "need"; readonly intent: string }
  | { readonly kind: "pick"; readonly intent: string }
  | { readonly kind: "pick-other" }
  | { readonly kind: "operator" }
  | { readonly kind: "answer"; readonly option: number }
  | { readonly kind: "skip-place" }
  | { readonly kind: "menu"; readonly item: "spaces" | "new" }
  | { readonly kind: "language"; readonly locale: "it" | "en" }
  | { readonly kind: "unknown" };

const ID = "[a-z][a-z0-9_]{0,40}";
const PATTERNS: ReadonlyArray<readonly [RegExp, (m: RegExpMatchArray) => Action]> = [
  [new RegExp(`^n:(${ID})$`), (m) => ({ kind: "need", intent: m[1] as string })],
  [new RegExp(`^a:(${ID})$`), (m) => ({ kind: "pick", intent: m[1] as string })],
  [/^a-other$/, () => ({ kind: "pick-other" })],
  [/^op$/, () => ({ kind: "operator" })],
  [/^q:([0-9])$/, (m) => ({ kind: "answer", option: Number(m[1]) })],
  [/^p:skip$/, () => ({ kind: "skip-place" })],
  [/^m:(spaces|new)$/, (m) => ({ kind: "menu", item: m[1] as "spaces" | "new" })],
  [/^l:(it|en)$/, (m) => ({ kind: "language", locale: m[1] as "it" | "en" })],
];

export function parseAction(data: string | undefined): Action {
  if (data === undefined) return { kind: "unknown" };
  for (const [pattern, build] of PATTERNS) {
    const match = data.match(pattern);
    if (match) return build(match);
  }
  return { kind: "unknown" };
}

export const data = {
  need: (intent: string) => `n:${intent}`,
  pick: (intent: string) => `a:${intent}`,
  pickOther: "a-other",
  operator: "op",
  answer: (option: number) => `q:${option}`,
  skipPlace: "p:skip",
  menu: (item: "spaces" | "new") => `m:${item}`,
  language: (locale: "it" | "en") => `l:${locale}`,
} as const;

/**
 * Stops the button's spinner. Telegram refuses answers after about 15 seconds ("query is too
 * old"), e.g. after a restart: the press still counts, so that refusal must not stop it.
 */
export async function answerPress(ctx: Context, text?: string): Promise<void> {
  await ctx.answerCallbackQuery(text === undefined ? undefined : { text }).catch(() => {});
}
