import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadDangerDetector } from "../../src/safety/danger.js";

const detect = loadDangerDetector(join(PROJECT_ROOT, "locales"));

describe("a pet in the message: what happens to the animal is no emergency, the citizen's farewell is", () => {
  it.each([
    ["this is my last message, please look after my dog", "self_harm"],
    ["I'm going to end it tonight, take care of my cat", "self_harm"],
    ["questo è il mio ultimo messaggio, prendetevi cura del mio cane", "self_harm"],
    ["ceci est mon dernier message, occupez-vous de mon chien", "self_harm"],
    ["acesta este ultimul meu mesaj, aveți grijă de câinele meu", "self_harm"],
  ])("«%s» still alarms (%s)", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });

  it.each([
    "my cat went missing yesterday in Città Studi, any ideas?",
    "my dog collapsed at the park, is there a vet open on Sunday?",
    "our puppy bit my son, nothing serious, who do I ask about training?",
    "I fell off my bike last week, I'm fine, but I need someone to walk my dog",
  ])("what happens to the animal is not an alarm: «%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});
