/**
 * Two ordinary messages, Italian and English (the model of every other language stays on disk
 * until a citizen writes in one): a need with its place, and a story that asks.
 */
const ORDINARY = [
  "buongiorno, cerco una badante per mia madre che vive da sola in zona Lambrate",
  "my father lives alone and can't cook anymore, is there someone who could help him?",
];

/**
 * Reads ordinary messages with a reader (the classifier, the danger reader) once it is loaded,
 * so that the first citizen does not wait for what every first reading costs: V8 compiles each
 * of the readers' regular expressions on its first use, and to machine code on its second, and
 * the language detector loads on its first call. A bot just started answered its first message
 * 186–222 ms after it came, the next ones in 5–11 ms (load 0.8; data/nlu/README.md, session 34).
 * Hence two passes.
 */
export function warmUp(read: (text: string) => unknown): void {
  for (let pass = 0; pass < 2; pass++) for (const text of ORDINARY) read(text);
}
