import type { BotApiEmulator } from "../emulator/bot-api-emulator.js";
import {
  type Answers,
  type Citizen,
  citizensFor,
  newDeliveries,
  ROUND_TIMEOUT_MS,
  type Scripts,
} from "./bench-citizens.js";
import type { MeasuredProcess } from "./bench-ipc.js";

/** Offered loads (updates/s), each held for OFFERED_SECONDS. */
export const OFFERED_RATES = [20, 50, 100];
export const OFFERED_SECONDS = 8;

export interface Offered {
  readonly rate: number;
  /** Update queued -> first message of its answer; update queued -> last one. */
  readonly first: readonly number[];
  readonly full: readonly number[];
}

/**
 * A steady offered load: one update every 1000/rate ms whatever the bot's pace (an open
 * loop, as citizens do not wait for each other). Each update is the next line of a citizen
 * whose previous answer is complete, or a new citizen's need.
 */
export async function offered(
  emulator: BotApiEmulator,
  rate: number,
  scripts: Scripts,
  answers: Answers,
): Promise<Offered> {
  interface Pending {
    citizen: Citizen;
    step: number;
    received: number;
    queuedAt: number;
  }
  const total = rate * OFFERED_SECONDS;
  const fresh = citizensFor(total, scripts, answers);
  const ready: Pending[] = [];
  const inChat = new Map<number, Pending>();
  const first: number[] = [];
  const full: number[] = [];
  let sent = 0;
  const started = performance.now();
  const sendNext = () => {
    const next = ready.shift() ?? {
      citizen: fresh.shift() as Citizen,
      step: 0,
      received: 0,
      queuedAt: 0,
    };
    next.queuedAt = performance.now();
    next.received = 0;
    inChat.set(next.citizen.user.id, next);
    emulator.sendText(next.citizen.user, next.citizen.lines[next.step] as string);
    sent++;
    if (sent < total) setTimeout(sendNext, started + (sent * 1000) / rate - performance.now());
  };
  const readDeliveries = newDeliveries(emulator, (chatId) => {
    const pending = inChat.get(chatId);
    if (!pending) return;
    const elapsed = performance.now() - pending.queuedAt;
    if (pending.received++ === 0) first.push(elapsed);
    if (pending.received < (pending.citizen.answers[pending.step] as number)) return;
    full.push(elapsed);
    inChat.delete(pending.citizen.user.id);
    pending.step += 1;
    if (pending.step < pending.citizen.lines.length) ready.push(pending);
  });
  sendNext();
  const allAnswered = () => {
    readDeliveries();
    return sent === total && full.length === total;
  };
  await emulator.waitFor(allAnswered, ROUND_TIMEOUT_MS + OFFERED_SECONDS * 1000, `${rate}/s`);
  return {
    rate,
    first: first.sort((a, b) => a - b),
    full: full.sort((a, b) => a - b),
  };
}

/** A bot counts as idle once it used less than this share of a core over IDLE_CHECK_MS. */
const IDLE_SHARE = 0.05;
const IDLE_CHECK_MS = 500;
const IDLE_WAIT_MAX_MS = 60_000;

/**
 * Waits until the bot has finished what the saturated rounds left it to do (profiles written
 * behind, up to 5 s after their change, 16 at a time), so that an offered load is measured
 * from a quiet bot, not on top of that backlog. The longer CPU warm-up leaves more of it.
 */
export async function idle(bot: MeasuredProcess): Promise<number> {
  const started = performance.now();
  let last = await bot.cpuMs();
  while (performance.now() - started < IDLE_WAIT_MAX_MS) {
    await new Promise((resolve) => setTimeout(resolve, IDLE_CHECK_MS));
    const now = await bot.cpuMs();
    if (now - last < IDLE_SHARE * IDLE_CHECK_MS) break;
    last = now;
  }
  return performance.now() - started;
}
