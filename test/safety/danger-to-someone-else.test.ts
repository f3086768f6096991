import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadDangerDetector } from "../../src/safety/danger.js";

/**
 * Violence or a wish to die happening now to someone else, told by a neighbour, a friend or
 * a relative: in several languages the cues knew only the first person («me pega», «mă
 * bate», «мене б'є»). Cues alone.
 */
const detect = loadDangerDetector(join(PROJECT_ROOT, "locales"));

describe("someone else beaten now is danger", () => {
  it.each([
    ["es", "oigo a la vecina gritar, su marido le está pegando ahora mismo"],
    ["ro", "o aud pe vecina țipând, soțul o bate chiar acum"],
    ["uk", "я чую, як сусідка кричить, чоловік її б'є"],
    ["fr", "j'entends ma voisine crier, son mari la frappe en ce moment"],
    ["pt", "ouço a vizinha a gritar, o marido está a bater-lhe"],
  ])("%s: «%s»", (_language, text) => {
    expect(detect(text)?.kind).toBe("violence");
  });
});

describe("someone else about to end their life is danger", () => {
  it("en: «my brother says he's going to kill himself tonight»", () => {
    expect(detect("my brother says he's going to kill himself tonight")?.kind).toBe("self_harm");
  });
});

describe("their look-alikes are not alarms", () => {
  it.each([
    "cineva bate la ușă de zece minute, e curierul",
    "he nearly killed himself laughing at the film",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});
