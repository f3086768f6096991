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
