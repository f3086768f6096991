import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * What a citizen hears or sees now, read by the cues and not left to the model: a scream heard
 * through a wall, someone on the ground in the street beside a figure of speech, an adult who
 * hits a child where a children's fight would be an idiom, a stroke's face and a box of
 * medicines told in other word orders. Each beside a look-alike that stays quiet. Sentences of
 * our own, none from any set.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("a scream heard now", () => {
  it.each([
    "La oigo gritar en el piso de arriba y luego un golpe",
    "Je l'entends hurler chez les voisins depuis dix minutes",
    "Ouço-a gritar no apartamento ao lado, ele está lá",
  ])("«%s» alarms", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });

  it.each([
    "Lo oigo gritar los goles desde la cocina todos los domingos",
    "Je l'entends crier sur son chien le matin, c'est pénible",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("someone on the ground in the street, beside a figure of speech", () => {
  it.each([
    "Fa un freddo cane, c'è una signora anziana per terra alla fermata e non sa dove si trova",
    "C'è un ragazzo accasciato davanti al bar, è pallido",
  ])("«%s» alarms", (text) => {
    expect(detect(text)?.kind).toBe("collapse");
  });

  it("a seller with his books on the ground is no alarm", () => {
    expect(detect("C'è un signore che vende libri usati per terra in piazza")).toBeNull();
  });
});

describe("an adult who hits a child, where children's fights are figures", () => {
  it.each([
    "Il compagno della mamma picchia il mio fratellino quando lei esce",
    "Il patrigno picchia mia sorella quando la mamma non c'è",
    "Mio marito mi picchia quando perde a FIFA",
  ])("«%s» alarms", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });

  it.each([
    "Il mio bambino di tre anni picchia il fratellino, è gelosia?",
    "Mia figlia ha due anni e morde la sorellina quando le prende i giochi",
    "I gemelli si picchiano tutto il giorno per la palla",
    "Mio fratello mi ha battuto a scacchi anche stasera",
    "Mio cugino mi ha massacrato a FIFA, 5 a 0",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("a stroke's face in Chinese, a box of medicines in Portuguese word order", () => {
  it("«爷爷一边脸歪了，说话不清楚» alarms", () => {
    expect(detect("爷爷一边脸歪了，说话不清楚")?.kind).toBe("collapse");
  });

  it("«o meu filho tomou os comprimidos todos da avó» alarms", () => {
    expect(detect("O meu filho tomou os comprimidos todos da avó")?.kind).toBe("self_harm");
  });

  it("«tomou os comprimidos todos os dias» is no alarm", () => {
    expect(
      detect("A minha mãe tomou os comprimidos todos os dias, como o médico disse"),
    ).toBeNull();
  });
});
