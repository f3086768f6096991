import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { BotApiEmulator, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { shown, until } from "../handoff/steps.js";

/** Sends a message the bot does not understand, stepping out of a "did you mean" question. */
export async function sendMisunderstood(
  emulator: BotApiEmulator,
  user: TestUser,
  text: string,
): Promise<void> {
  emulator.sendText(user, text);
  // Answered in the message's language: Italian, English or Ukrainian.
  const answer = await until(
    emulator,
    user.id,
    /non posso aiutarti|non riesco a capire|Intendevi|can't help|can't quite understand|Did you mean|не можу допомогти/,
  );
  if (/Intendevi|Did you mean/.test(shown(answer))) {
    emulator.pressButton(user, answer, "a-other");
    await until(emulator, user.id, /raccontami con altre parole|tell me in other words/);
    emulator.sendText(user, "/annulla");
    await until(emulator, user.id, /ho interrotto|I stopped/);
  }
}

/** The review queue's file under DATA_DIR, once it holds `count` items (or after a second). */
export async function reviewQueueFile(dataDir: string, count: number): Promise<string> {
  const file = join(dataDir, "review", "queue.json");
  const queued = () => readFile(file, "utf8").catch(() => "");
  for (let wait = 0; (await queued()).split('"kind"').length <= count && wait < 50; wait++)
    await new Promise((resolve) => setTimeout(resolve, 20));
  return file;
}
