import type { BotApiEmulator, TestUser } from "../emulator/bot-api-emulator.js";
import { median, percentile } from "./stats.js";

/**
 * Citizens driven through the Bot API emulator, for every section that measures a bot
 * answering: who they are, what they write, and how an answer counts as complete.
 */

/** A need, then where the citizen lives: the orientation every citizen goes through. */
export const SCRIPTS: ReadonlyArray<readonly [need: string, place: string]> = [
  ["mia madre ha 87 anni e non riesce più a stare da sola", "Quarto Oggiaro"],
  ["cerco una colf per le pulizie di casa", "Niguarda"],
  ["mi serve una baby sitter per mio figlio", "Municipio 5"],
  ["vorrei i pasti a domicilio per mio padre", "Lorenteggio"],
];

/** measure(): a warm-up of this many citizens, then ROUNDS rounds. */
const WARM_UP_CITIZENS = 100;
const ROUNDS = 3;
/** Far above any round seen; a round that needs it has lost answers, and the bench says so. */
export const ROUND_TIMEOUT_MS = 30_000;
/** How long the bot must stay silent before a calibration step counts as answered. */
const QUIET_MS = 300;

/** Bot API methods that put a message in the chat. */
const DELIVERING = new Set(["sendmessage", "sendvenue", "sendlocation", "sendphoto"]);

/** Lines a citizen writes (one script each) and how many messages answer each line. */
export type Scripts = readonly (readonly string[])[];
export type Answers = readonly (readonly number[])[];

export interface Citizen {
  readonly user: TestUser;
  readonly lines: readonly string[];
  /** How many messages the bot sends in answer to each line. */
  readonly answers: readonly number[];
}

export interface RoundResult {
  readonly updatesPerSecond: number;
  /** Per update: from queued in the emulator to the last message of its answer, in ms. */
  readonly latencies: readonly number[];
}

let nextUserId = 5_000_000;
const newUser = (): TestUser => ({
  id: nextUserId++,
  first_name: "Cittadino",
  language_code: "it",
});

const chatIdOf = (params: Record<string, unknown>) => Number(params.chat_id);

/**
 * Reads the Bot API calls that delivered a message since the last read (from now on the first
 * time), oldest first, giving each one's chat to `delivered`: for a check that runs after
 * every call the bot makes, so that only the new calls are read.
 */
export function newDeliveries(
  emulator: BotApiEmulator,
  delivered: (chatId: number) => void,
): () => void {
  let cursor = emulator.calls.length;
  return () => {
    const calls = emulator.calls;
    for (; cursor < calls.length; cursor++) {
      const call = calls[cursor];
      if (call?.ok && DELIVERING.has(call.method.toLowerCase())) delivered(chatIdOf(call.params));
    }
  };
}

/** The bench's own progress, on stderr: its figures stay alone on stdout. */
export const progress = (step: string) => process.stderr.write(`bench: ${step}\n`);

/**
 * Drives every citizen at once: all send their first line together, and each sends the next
 * line as soon as the whole answer to the previous one has arrived.
 */
export async function drive(
  emulator: BotApiEmulator,
  citizens: readonly Citizen[],
  timeoutMs = ROUND_TIMEOUT_MS,
): Promise<RoundResult> {
  const progress = new Map(
    citizens.map((citizen) => [
      citizen.user.id,
      { citizen, step: 0, received: 0, queuedAt: Number.NaN },
    ]),
  );
  const latencies: number[] = [];
  let finished = 0;
  const send = (state: { citizen: Citizen; step: number; queuedAt: number }) => {
    state.queuedAt = performance.now();
    emulator.sendText(state.citizen.user, state.citizen.lines[state.step] as string);
  };

  const readDeliveries = newDeliveries(emulator, (chatId) => {
    const state = progress.get(chatId);
    if (!state) return;
    state.received += 1;
    if (state.received < (state.citizen.answers[state.step] as number)) return;
    latencies.push(performance.now() - state.queuedAt);
    state.step += 1;
    state.received = 0;
    if (state.step < state.citizen.lines.length) setImmediate(() => send(state));
    else finished += 1;
  });

  const started = performance.now();
  for (const state of progress.values()) send(state);
  // Runs after every Bot API call the bot makes.
  const allAnswered = () => {
    readDeliveries();
    return finished === citizens.length;
  };
  await emulator.waitFor(
    allAnswered,
    timeoutMs,
    `waiting for ${citizens.length} citizens to get all their answers`,
  );
  const elapsed = performance.now() - started;
  return {
    updatesPerSecond: (latencies.length / elapsed) * 1000,
    latencies: latencies.sort((a, b) => a - b),
  };
}

/** How many messages answer each line of a script, learnt from one citizen alone. */
export async function calibrate(
  emulator: BotApiEmulator,
  lines: readonly string[],
): Promise<{ answers: number[]; last: string[] }> {
  const user = newUser();
  const answers: number[] = [];
  for (const line of lines) {
    const before = emulator.sentMessages(user.id).length;
    const sent = () => emulator.sentMessages(user.id).length;
    emulator.sendText(user, line);
    // Counted from the first message of the answer: a getUpdates call before it (a loaded
    // machine) would end the step early and count its answer in the next one.
    await emulator.waitFor(() => sent() > before, 10_000, `an answer to "${line}"`);
    for (;;) {
      const seen = sent();
      try {
        await emulator.waitFor(() => sent() > seen, QUIET_MS);
      } catch {
        break;
      }
    }
    answers.push(emulator.sentMessages(user.id).length - before);
  }
  const last = emulator
    .sentMessages(user.id)
    .slice(-(answers.at(-1) ?? 0))
    .map((m) => (m.venue ? "venue" : (m.text ?? "")));
  return { answers, last };
}

export function citizensFor(count: number, scripts: Scripts, answers: Answers): Citizen[] {
  return Array.from({ length: count }, (_, i) => ({
    user: newUser(),
    lines: scripts[i % scripts.length] as readonly string[],
    answers: answers[i % answers.length] as readonly number[],
  }));
}

/**
 * `count` citizens at once, as fast as the bot (or several instances) answers: throughput
 * and latency, median of rounds after a warm-up.
 */
export async function measure(
  emulator: BotApiEmulator,
  count: number,
  scripts: Scripts,
  answers: Answers,
  timeoutMs: number,
): Promise<{ rate: number; p50: number; p99: number }> {
  await drive(emulator, citizensFor(WARM_UP_CITIZENS, scripts, answers), timeoutMs);
  const rounds: RoundResult[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    rounds.push(await drive(emulator, citizensFor(count, scripts, answers), timeoutMs));
  }
  return {
    rate: median(rounds.map((r) => r.updatesPerSecond)),
    p50: median(rounds.map((r) => percentile(r.latencies, 50))),
    p99: median(rounds.map((r) => percentile(r.latencies, 99))),
  };
}
