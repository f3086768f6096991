import { setImmediate as nextTurn } from "node:timers/promises";

/**
 * Two ordinary messages, Italian and English (the model of every other language stays on disk
 * until a citizen writes in one): a need with its place, and a story that asks.
 */
const ORDINARY = [
  "buongiorno, cerco una badante per mia madre che vive da sola in zona Lambrate",
  "my father lives alone and can't cook anymore, is there someone who could help him?",
];

/**
 * Reads ordinary messages with each reader (the classifier, the danger reader), so that the
 * first citizen who writes a need does not wait for what every first reading costs: V8 compiles
 * each of the readers' regular expressions on its first use, and to machine code on its second,
 * and the language detector loads on its first call. A bot just started answered its first
 * message 186–222 ms after it came, the next ones in 5–11 ms (load 0.8; data/nlu/README.md,
 * session 34). Hence two passes.
 *
 * Once the bot answers, one reading per turn of the event loop: an update that comes meanwhile
 * (a /start, which reads nothing) waits for one reading, not for all of them; run before the
 * bot answered, they put off the answers to what citizens wrote while it loaded (session 35).
 */
export async function warmUp(readers: readonly ((text: string) => unknown)[]): Promise<void> {
  for (let pass = 0; pass < 2; pass++)
    for (const text of ORDINARY)
      for (const read of readers) {
        await nextTurn();
        read(text);
      }
}
