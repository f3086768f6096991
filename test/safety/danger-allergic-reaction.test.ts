import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("an allergic reaction told by its signs, after a food or a sting", () => {
  it.each([
    "dopo la puntura di vespa le si sta chiudendo la gola",
    "after the bee sting her throat is closing up",
    "mi hija comió nueces y se le está hinchando la cara, le cuesta respirar",
    "après avoir mangé des noix, sa gorge se serre et son visage gonfle",
    "comeu amendoim e a garganta está fechando",
    "el niño se tragó unas pastillas de la abuela",
  ])("«%s» alarms as collapse", (text) => {
    expect(detect(text)?.kind).toBe("collapse");
  });

  it.each([
    "sono allergica alle noci, cerco una mensa che lo sappia",
    "my son has a nut allergy, are there school canteens that handle it?",
    "my daughter has a sore throat and swollen glands, where is a pediatrician?",
  ])("«%s», an allergy or a sore throat told calmly, does not", (text) => {
    expect(detect(text)).toBeNull();
  });
});
