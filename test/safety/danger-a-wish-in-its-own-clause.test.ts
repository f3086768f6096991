import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadDangerDetector, readDanger } from "../../src/safety/danger.js";

/**
 * A wish to die is the citizen's own when the clause it is told in, or the nearest one before it
 * that names anyone, names the citizen (issue 8 point 7): a mother named earlier in the
 * sentence, as the one a carer is for, no longer makes it hers. Until session 41 any relative
 * named in the sentence did, and «cerco una badante per mia madre, ma io non dormo, a volte
 * penso al suicidio» got the request's answer with one gentle line instead of 112 and 1522.
 * Sentences of our own, read by the cues alone.
 */
const detector = loadDangerDetector(join(PROJECT_ROOT, "locales"));

describe("a wish of one's own, told after a request for a relative, is a wish to die", () => {
  it.each([
    "cerco una badante per mia madre, ma io non dormo più e a volte penso al suicidio",
    "mi serve una badante per mio padre ma il problema vero è che io non dormo da un mese, ogni tanto penso che vorrei morire",
    "busco una cuidadora para mi madre, pero yo no duermo, a veces pienso en el suicidio",
    "I'm looking for a carer for my mother, but I'm exhausted, sometimes suicide crosses my mind",
    "caut o îngrijitoare pentru mama, dar eu nu mai dorm, uneori mă gândesc la sinucidere",
    "procuro uma cuidadora para a minha mãe, mas eu não durmo, às vezes penso em suicídio",
  ])("«%s»", (text) => {
    expect(detector(text)?.kind).toBe("self_harm");
  });
});

describe("a relative's wish told calmly beside a request stays theirs: the gentle line", () => {
  it.each([
    "mia madre ogni tanto dice che è stanca di vivere, cerchiamo una badante che le faccia compagnia",
    "mia madre, ogni tanto, dice che vorrebbe morire, cerchiamo una badante",
    "my dad sometimes says he wants to die, we are looking for a carer",
    "mi hermano a veces dice que quiere morir, buscamos un grupo para familias",
  ])("«%s»", (text) => {
    const verdict = readDanger(detector, text);
    expect(verdict.signal).toBeNull();
    expect(verdict.caution?.kind).toBe("self_harm");
  });
});
