import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadDangerDetector, readDanger } from "../../src/safety/danger.js";

/**
 * Kinds a new writer told that the cues heard in some languages only, read by the cues alone
 * (no model trained on the development writers helps): someone fallen who stays on the floor,
 * a child left alone in a closed car; and their look-alikes.
 */
const detect = loadDangerDetector(join(PROJECT_ROOT, "locales"));

describe("someone fallen and still on the floor, or who cannot be lifted, is an emergency", () => {
  it.each([
    "my grandpa fell and he's been on the floor since this morning, I can't lift him",
    "mum slipped in the kitchen and I can't get her up on my own",
    "mi abuela se cayó y está en el suelo desde esta mañana, no puedo levantarla",
    "mi padre se cayó en el baño y no consigo levantarlo",
    "mama a căzut în baie și nu pot s-o ridic",
    "tata a căzut și stă pe jos de ieri seară",
  ])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("collapse");
  });
});

describe("a child left alone in a closed car is an emergency", () => {
  it.each([
    "c'è un bambino piccolo chiuso da solo in macchina sotto il sole al parcheggio",
    "qualcuno ha lasciato un neonato da solo in auto con i finestrini chiusi",
    "a toddler is locked alone in a car in the supermarket car park and it's boiling",
    "someone left a baby alone in a car with the windows up",
  ])("«%s»", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});

describe("their look-alikes are not alarms", () => {
  it.each([
    "il cane era steso sul pavimento a pancia in su, dormiva beato",
    "l'interrogazione di storia mi ha massacrato, domani ne ho un'altra",
    "I'm writing a paper on domestic violence for my sociology class, any figures?",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("violence long behind, told before a request for a service", () => {
  it.each([
    "колись чоловік мене бив, але це давно позаду, тепер шукаю роботу няні",
    "раньше муж меня бил, но это давно позади, сейчас ищу работу сиделкой",
  ])("gets the need and the gentle line, not the alarm: «%s»", (text) => {
    const verdict = readDanger(detect, text);
    expect(verdict.signal).toBeNull();
    expect(verdict.caution).toBeDefined();
  });
});
