import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * A neighbour's noise told as a nuisance, a habit that keeps one awake, is a complaint about
 * sleep, not an emergency: the shipped model and the classifier raised some of these (sentences
 * of our own). Only a model sure of danger is heard over it, and the cues still alarm.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);

describe("a neighbour's noise told as a nuisance is not heard as danger by the model alone", () => {
  // A model above its odds, below sure, as the shipped one was on some of these.
  const fairlySure = createDangerDetector(cues, () => 15);
  const sure = createDangerDetector(cues, () => 40);

  it.each([
    "il vicino di sopra urla ogni sera durante la partita, non riesco a dormire",
    "the guy upstairs shouts at the football every night and I can't sleep",
    "mi vecino golpea la pared cada vez que mi bebé llora",
    "le voisin du dessus crie tous les soirs devant le match",
    "o vizinho de cima grita todas as noites quando vê futebol",
    "Vecinul de jos țipă în fiecare seară la meciuri, nu pot dormi.",
    "Сосед сверху кричит каждый вечер, когда смотрит футбол, я не могу спать.",
    "Сусід зверху кричить щовечора під час футболу, я не можу спати.",
  ])("«%s» gets no alarm from a model short of sure", (text) => {
    expect(fairlySure(text)).toBeNull();
  });

  it("a model sure of danger is still heard, and so are the cues", () => {
    expect(sure("il vicino di sopra urla ogni sera, non riesco a dormire")).toEqual({
      kind: "distress",
      cue: "model",
    });
    expect(
      fairlySure("ogni notte sento il vicino che picchia la moglie, non riesco a dormire")?.kind,
    ).toBe("violence");
  });

  it("a noise told without the habit or the lost sleep is left to the model", () => {
    expect(fairlySure("dal piano di sopra arrivano rumori strani adesso")).toEqual({
      kind: "distress",
      cue: "model",
    });
  });
});

describe("a teenager behind a locked door over a phone, a boss's threat to fire, are framed", () => {
  const fairlySure = createDangerDetector(cues, () => 15);
  it.each([
    "my teenage daughter locked herself in her room because I took her phone",
    "mi hija se encerró en su cuarto porque le quité el móvil",
    "mi jefe me amenazó con despedirme si no hago horas extra, ¿es legal?",
  ])("«%s» gets no alarm from a model short of sure", (text) => {
    expect(fairlySure(text)).toBeNull();
  });
  it.each([
    "my daughter locked herself in the bathroom and says she has a razor",
    "mi pareja me amenazó con un cuchillo",
  ])("but a locked door with a blade, a threat with a knife still alarm: «%s»", (text) => {
    expect(fairlySure(text)).not.toBeNull();
  });
});
