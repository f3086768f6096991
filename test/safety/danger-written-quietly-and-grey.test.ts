import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * Dangers danger-dev-37's writer told in words no cue read, each also told so by other writers:
 * a woman writing quietly because he is in the next room; the employer's son who touches the
 * live-in carer; someone grey or very pale who does not answer, or bleeds on; someone on the
 * way with a weapon; locking oneself in; a neighbour found on the floor when the writer meant to
 * ask for a service, told as today's news («… but today …»). Their look-alikes stay quiet.
 * Sentences of our own.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("a danger told in these words is an alarm", () => {
  it.each([
    "vi scrivo piano perché mio marito è in salotto, non so cosa fare",
    "scrivo di nascosto, lui dorme, domani vi spiego",
    "il nipote della signora mi tocca e poi ride, io ho paura",
    "mio marito è in poltrona, è grigio e non risponde quando lo chiamo",
    "le esce sangue dal naso da mezz'ora, non si ferma ed è pallidissima",
    "my brother says he's on his way here with a hammer, he's drunk",
    "we barricaded ourselves in the bathroom, he's shouting",
    "I'd like to ask about a cleaner for my aunt, she usually texts me at 9 but this morning she didn't, and her neighbour says she is lying on the floor",
  ])("«%s»", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});

describe("their look-alikes stay quiet", () => {
  it.each([
    "scrivo piano perché il bambino dorme: cercate babysitter per il sabato?",
    "con il figlio della signora mi tocca fare tutto io, vorrei cambiare famiglia",
    "il cielo oggi è grigio, a che ora apre lo spazio WeMi?",
    "I locked myself out of the flat again, does anyone know a locksmith in Lambrate?",
    "my dad is coming home with a new hammer drill, we'll need a cleaner after",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});
