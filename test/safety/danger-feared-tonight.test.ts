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

describe("ending it all, or life without meaning, said in any form", () => {
  it.each([
    "я хочу покончить с собой",
    "всё потеряло смысл, не вижу смысла жить",
    "я не бачу сенсу жити",
    "nu mai am putere să trăiesc",
    "quero acabar com tudo hoje",
  ])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("self_harm");
  });
  it.each([
    "сегодня всё закончу и приеду к тебе",
    "закончу все дела и позвоню",
    "не бачу сенсу чекати",
    "nu mai am putere să fac curat",
    "vou morrer de rir",
  ])("finishing the day's work, a figure, is no alarm: «%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});
