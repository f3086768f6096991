import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadDangerDetector } from "../../src/safety/danger.js";

/**
 * Ways of telling danger that some languages knew and others did not: the fear of being killed
 * tonight, every pill swallowed, lips gone blue. Their figures of speech stay quiet (killing
 * time, fearing for one's job). Sentences of our own, read by the cues alone.
 */
const detect = loadDangerDetector(join(PROJECT_ROOT, "locales"));

describe("what is feared tonight, what someone did, what the body shows", () => {
  it.each([
    ["tengo miedo de que esta noche me mate", "violence"],
    ["j'ai peur qu'il me tue ce soir", "violence"],
    ["tenho medo que ele me mate esta noite", "violence"],
    ["боюсь, що вночі він мене вб'є", "violence"],
    ["боюсь, что ночью он меня убьёт", "violence"],
    ["natatakot ako na patayin niya ako mamayang gabi", "violence"],
    ["elle a avalé toutes ses pilules", "self_harm"],
    ["ابتلع كل الحبوب", "self_harm"],
    ["ka pirë të gjitha ilaçet", "self_harm"],
    ["他把药全吃了", "self_harm"],
    ["у нього сині губи, важко дихає", "collapse"],
    ["у него синие губы, тяжело дышит", "collapse"],
  ])("«%s»", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });
  it.each([
    "tengo miedo de perder el trabajo",
    "j'ai peur que le chat tue les oiseaux",
    "tenho medo de matar a planta",
    "боюсь убить время в очереди",
    "natatakot akong patayin ang oras",
    "он любит синие губы на фото",
  ])("a figure or an everyday fear is no alarm: «%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});
