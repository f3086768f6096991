import type { CallbackQuery, Message } from "grammy/types";
import type { BotApiEmulator, TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { ASK_FOR_OPERATOR, REGISTERED, referenceIn, shown } from "../handoff/steps.js";
import { citizen, type Harness, startHarness } from "../support/harness.js";

/**
 * One full handoff through the emulator with one Telegram fault armed at one point, and what
 * a citizen and an operator would notice: steps never answered, presses never answered, a
 * request confirmed but not stored or not shown to operators, a bot that no longer answers.
 * The runner is handoff-faults.probe.ts (npm run probe:faults).
 */

const operators: TestGroup = { id: -1001900, title: "Operatori", type: "supergroup" };
const maria: TestUser = { id: 901, first_name: "Maria" };

export interface Fault {
  readonly kind: "429" | "500" | "403" | "refuse" | "lose-response";
}

export const FAULTS: readonly Fault[] = [
  { kind: "429" },
  { kind: "500" },
  { kind: "403" },
  { kind: "refuse" },
  { kind: "lose-response" },
];

/** Where in the handoff the fault is armed: it hits the next call of the method from there. */
export const POINTS = ["start", "confirm", "claim", "close"] as const;
export type Point = (typeof POINTS)[number];

export interface Outcome {
  method: string;
  fault: string;
  point: Point;
  /** Steps the citizen or operator never saw the bot's answer to. */
  stuck: string[];
  presses: number;
  unanswered: string[];
  registered: boolean;
  requestStored: boolean;
  cards: number;
  stillAnswers: boolean;
  calls: Record<string, number>;
  /** Requests stored for the citizen, and the cards the operators got for them. */
  stored: number;
  transcript: string[];
  error?: string;
}

const STEP_MS = 45_000;

function arm(emulator: BotApiEmulator, method: string, fault: Fault): void {
  if (fault.kind === "refuse" || fault.kind === "lose-response") {
    emulator.dropNext(method, { kind: fault.kind });
  } else if (fault.kind === "429") {
    emulator.failNext(method, { status: 429, retryAfter: 31 });
  } else if (fault.kind === "500") {
    emulator.failNext(method, { status: 500 });
  } else {
    emulator.failNext(method, {
      status: 403,
      description: "Forbidden: bot was blocked by the user",
    });
  }
}

/** One full handoff with one fault armed at one point; never throws. */
export async function probe(
  method: string | undefined,
  fault: Fault,
  point: Point,
): Promise<Outcome> {
  const harness: Harness = await startHarness({ operatorChatId: operators.id });
  const { emulator, app } = harness;
  emulator.addGroup(operators);
  emulator.setMember(operators, maria, "member");
  const user = citizen("Probe");
  const outcome: Outcome = {
    method: method ?? "-",
    fault: fault.kind,
    point,
    stuck: [],
    presses: 0,
    unanswered: [],
    registered: false,
    requestStored: false,
    cards: 0,
    stillAnswers: false,
    calls: {},
    stored: 0,
    transcript: [],
  };
  const at = (here: Point) => {
    if (method !== undefined && here === point) arm(emulator, method, fault);
  };
  const presses: CallbackQuery[] = [];
  /** The latest bot message in a chat matching pattern, waiting for it. */
  const seen = async (
    chatId: number,
    pattern: RegExp,
    step: string,
  ): Promise<Message | undefined> => {
    const find = () =>
      emulator
        .sentMessages(chatId)
        .filter((m) => pattern.test(shown(m)))
        .at(-1);
    try {
      await emulator.waitFor(() => find() !== undefined, STEP_MS, step);
    } catch {
      outcome.stuck.push(step);
      return undefined;
    }
    return find();
  };
  const press = (who: TestUser, message: Message | undefined, data: string) => {
    if (message === undefined) return;
    try {
      presses.push(emulator.pressButton(who, message, data));
    } catch (error) {
      outcome.stuck.push(`press ${data}: ${(error as Error).message.slice(0, 60)}`);
    }
  };
  try {
    at("start");
    emulator.sendText(user, ASK_FOR_OPERATOR);
    press(user, await seen(user.id, /Sei d'accordo\?/, "consent"), "h:consent:yes");
    press(user, await seen(user.id, /Come ti chiami/, "name"), "h:name");
    if (await seen(user.id, /A che numero/, "phone"))
      emulator.shareContact(user, "+39 333 123 4567");
    press(user, await seen(user.id, /Quando preferisci/, "time"), "h:time:morning");
    press(user, await seen(user.id, /nota per l'operatore/, "note"), "h:nonote");
    const summary = await seen(user.id, /Controlla la tua richiesta/, "summary");
    at("confirm");
    press(user, summary, "h:confirm:yes");
    const registered = await seen(user.id, REGISTERED, "registered");
    const reference = registered ? referenceIn(registered) : undefined;
    outcome.registered = reference !== undefined;
    if (reference !== undefined) {
      outcome.requestStored = (await app.requests.get(reference)) !== undefined;
      const card = await seen(operators.id, new RegExp(`Richiesta ${reference}\\b`), "card");
      at("claim");
      press(maria, card, `o:claim:${reference}`);
      await seen(user.id, /ha preso in carico/, "claimed");
      if (card) {
        emulator.sendInGroup(operators, maria, "Buongiorno, la chiamo domani", {
          reply_to_message: card,
        });
      }
      await seen(user.id, /Operatore WeMi/, "relayed to citizen");
      emulator.sendText(user, "grazie, a domani");
      if (!(await seen(operators.id, /il cittadino scrive/, "relayed to operators"))) {
        const stored = await app.requests.get(reference);
        const claimed = await app.requests.list({ citizenChatId: user.id, status: "claimed" });
        outcome.transcript.push(
          `STATE ${JSON.stringify({ status: stored?.status, notification: stored?.notification, listed: claimed.length })}`,
        );
      }
      at("close");
      press(maria, card, `o:close:${reference}`);
      await seen(user.id, /è stata chiusa/, "closed");
      outcome.cards = emulator
        .sentMessages(operators.id)
        .filter((m) => new RegExp(`Richiesta ${reference}\\b`).test(m.text ?? "")).length;
    }
    for (const query of presses) {
      outcome.presses++;
      try {
        await emulator.waitForCallbackAnswer(query, STEP_MS);
      } catch {
        outcome.unanswered.push(query.data ?? "?");
      }
    }
    emulator.heal();
    emulator.sendText(user, "/aiuto");
    const before = emulator.sentMessages(user.id).length;
    try {
      await emulator.waitFor(() => emulator.sentMessages(user.id).length > before, STEP_MS);
      outcome.stillAnswers = true;
    } catch {}
  } catch (error) {
    outcome.error = (error as Error).message.slice(0, 200);
  } finally {
    const mine = await app.requests.list({ citizenChatId: user.id }).catch(() => []);
    outcome.stored = mine.length;
    if (!outcome.registered && mine.length > 0) {
      const reference = mine[0]?.reference ?? "";
      outcome.cards = emulator
        .sentMessages(operators.id)
        .filter((m) => new RegExp(`Richiesta ${reference}\\b`).test(m.text ?? "")).length;
    }
    outcome.transcript = outcome.transcript.concat(
      emulator
        .chatHistory(user.id)
        .concat(emulator.chatHistory(operators.id))
        .map(
          (m) =>
            `${m.chat.id === user.id ? "C" : "O"}${m.from?.is_bot ? "<" : ">"} ${shown(m).slice(0, 50)}`,
        ),
    );
    for (const call of emulator.calls) {
      outcome.calls[call.method] = (outcome.calls[call.method] ?? 0) + 1;
    }
    await harness.close();
  }
  return outcome;
}
