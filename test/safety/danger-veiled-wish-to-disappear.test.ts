import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadDangerDetector } from "../../src/safety/danger.js";

/**
 * A wish to die told veiled, as disappearing for good or for everyone (issue 8 point 7):
 * `danger-dev-45` asked for a carer for her mother, then «ogni tanto penso che sarebbe meglio
 * sparire per tutti», and had the carer's answer only. Disappearing for a week, from work or
 * from social media is a wish for a rest. Sentences of our own, read by the cues alone.
 */
const detector = loadDangerDetector(join(PROJECT_ROOT, "locales"));

describe("a wish to disappear for good or for everyone is a wish to die", () => {
  it.each([
    "non dormo da settimane, a volte penso che sarebbe meglio sparire per sempre",
    "cerco una badante per mio padre, ma io non ce la faccio, sarebbe più facile sparire per tutti",
    "honestly it would be better for everyone if I just disappeared",
    "I'm so tired, it would be easier to just disappear forever",
    "ya no puedo más, sería mejor desaparecer para siempre",
  ])("«%s»", (text) => {
    expect(detector(text)?.kind).toBe("self_harm");
  });
});

describe("a wish to disappear for a while, or from somewhere, is a wish for a rest", () => {
  it.each([
    "penso che sarebbe meglio sparire per un po' dai social",
    "farei meglio a sparire dal lavoro prima che arrivi il capo",
    "sarebbe bello sparire una settimana al mare",
    "I'd love to disappear for a week to the mountains",
    "sería mejor desaparecer un rato del grupo de WhatsApp",
  ])("«%s»", (text) => {
    expect(detector(text)).toBeNull();
  });
});
