import type { Context } from "grammy";
import { LOCALES, type Locale } from "../config/locales.js";

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
  | { readonly kind: "menu"; readonly item: MenuItem }
  | { readonly kind: "change-place" }
  | { readonly kind: "details" }
  | { readonly kind: "language"; readonly locale: Locale }
  | { readonly kind: "consent"; readonly yes: boolean }
  | { readonly kind: "use-name" }
  | { readonly kind: "name-withheld" }
  | { readonly kind: "time"; readonly slot: TimeSlot }
  | { readonly kind: "no-note" }
  | { readonly kind: "confirm"; readonly yes: boolean }
  | { readonly kind: "claim"; readonly reference: string }
  | { readonly kind: "close"; readonly reference: string }
  | { readonly kind: "withdraw"; readonly reference: string }
  | { readonly kind: "keep-request" }
  | { readonly kind: "erase"; readonly yes: boolean }
  | { readonly kind: "feedback"; readonly reference: string; readonly useful: boolean }
  | { readonly kind: "unknown" };

export type TimeSlot = "morning" | "afternoon" | "any";
/** Menu buttons valid at any time: all spaces, a new need, every need. */
export type MenuItem = "spaces" | "new" | "needs";

const ID = "[a-z][a-z0-9_]{0,40}";
const REFERENCE = "(WM-[A-Z0-9]{4,6})";
const PATTERNS: ReadonlyArray<readonly [RegExp, (m: RegExpMatchArray) => Action]> = [
  [new RegExp(`^n:(${ID})$`), (m) => ({ kind: "need", intent: m[1] as string })],
  [new RegExp(`^a:(${ID})$`), (m) => ({ kind: "pick", intent: m[1] as string })],
  [/^a-other$/, () => ({ kind: "pick-other" })],
  // The person offered under a danger answer: its dialogue passes on what was said.
  [/^op(:danger)?$/, () => ({ kind: "operator" })],
  [/^q:([0-9])$/, (m) => ({ kind: "answer", option: Number(m[1]) })],
  [/^p:skip$/, () => ({ kind: "skip-place" })],
  [/^m:(spaces|new|needs)$/, (m) => ({ kind: "menu", item: m[1] as MenuItem })],
  [/^p:change$/, () => ({ kind: "change-place" })],
  [/^d:spaces$/, () => ({ kind: "details" })],
  [new RegExp(`^l:(${LOCALES.join("|")})$`), (m) => ({ kind: "language", locale: m[1] as Locale })],
  [/^h:consent:(yes|no)$/, (m) => ({ kind: "consent", yes: m[1] === "yes" })],
  [/^h:name$/, () => ({ kind: "use-name" })],
  [/^h:noname$/, () => ({ kind: "name-withheld" })],
  [/^h:time:(morning|afternoon|any)$/, (m) => ({ kind: "time", slot: m[1] as TimeSlot })],
  [/^h:nonote$/, () => ({ kind: "no-note" })],
  [/^h:confirm:(yes|no)$/, (m) => ({ kind: "confirm", yes: m[1] === "yes" })],
  [new RegExp(`^o:claim:${REFERENCE}$`), (m) => ({ kind: "claim", reference: m[1] as string })],
  [new RegExp(`^o:close:${REFERENCE}$`), (m) => ({ kind: "close", reference: m[1] as string })],
  [new RegExp(`^w:${REFERENCE}$`), (m) => ({ kind: "withdraw", reference: m[1] as string })],
  [/^w:keep$/, () => ({ kind: "keep-request" })],
  [/^e:(yes|no)$/, (m) => ({ kind: "erase", yes: m[1] === "yes" })],
  [
    new RegExp(`^f:(up|down):${REFERENCE}$`),
    (m) => ({ kind: "feedback", useful: m[1] === "up", reference: m[2] as string }),
  ],
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
  dangerOperator: "op:danger",
  answer: (option: number) => `q:${option}`,
  skipPlace: "p:skip",
  menu: (item: MenuItem) => `m:${item}`,
  changePlace: "p:change",
  details: "d:spaces",
  language: (locale: Locale) => `l:${locale}`,
  consent: (yes: boolean) => `h:consent:${yes ? "yes" : "no"}`,
  useName: "h:name",
  nameWithheld: "h:noname",
  time: (slot: TimeSlot) => `h:time:${slot}`,
  noNote: "h:nonote",
  confirm: (yes: boolean) => `h:confirm:${yes ? "yes" : "no"}`,
  claim: (reference: string) => `o:claim:${reference}`,
  close: (reference: string) => `o:close:${reference}`,
  withdraw: (reference: string) => `w:${reference}`,
  keepRequest: "w:keep",
  erase: (yes: boolean) => `e:${yes ? "yes" : "no"}`,
  feedback: (reference: string, useful: boolean) => `f:${useful ? "up" : "down"}:${reference}`,
} as const;

/**
 * Stops the button's spinner. Telegram refuses answers after about 15 seconds ("query is too
 * old"), e.g. after a restart: the press still counts, so that refusal must not stop it.
 */
export async function answerPress(ctx: Context, text?: string): Promise<void> {
  await ctx.answerCallbackQuery(text === undefined ? undefined : { text }).catch(() => {});
}
