import { expect, it } from "vitest";
import { detectLanguage } from "../../src/nlu/language.js";
import { warmUp } from "../../src/runtime/warm-up.js";

it("a bot just started reads ordinary messages twice with each reader before the first citizen's, so that citizen does not wait for the readers' first compiling", async () => {
  const read: string[] = [];
  await warmUp([(text) => read.push(text)]);
  const messages = [...new Set(read)];
  expect(messages.length).toBeGreaterThan(0);
  for (const text of messages) expect(read.filter((t) => t === text)).toHaveLength(2);
});

it("only Italian and English are read at start-up: the model of every other language stays on disk until a citizen writes in one", async () => {
  const read: string[] = [];
  await warmUp([(text) => read.push(text)]);
  for (const text of read) expect(["it", "en"]).toContain(detectLanguage(text).language);
});
