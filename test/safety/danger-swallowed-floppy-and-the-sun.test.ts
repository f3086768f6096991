import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * A child who swallowed someone's pills, or anyone who drank bleach or detergent, told in the
 * languages whose cues had only a whole box of pills taken on purpose: a poisoning, whatever the
 * tense. A child who took their own syrup, a coffee and detergent bought are everyday. A baby
 * with a fever gone floppy (meningitis, sepsis), told with a few words between. And the sun that
 * «picchia» is the heat, in either order. Sentences of our own, none from any set.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("something swallowed: a child's pills, a cleaning product", () => {
  it.each([
    "copilul a înghițit detergent, vomită",
    "fetița a înghițit pastilele bunicii",
    "дитина випила засіб для чищення",
    "малий проковтнув таблетки бабусі",
    "ребёнок выпил чистящее средство",
    "малыш проглотил таблетки бабушки",
    "mon fils a avalé des médicaments de sa grand-mère",
    "la petite a bu de l'eau de javel",
    "o meu filho engoliu comprimidos da avó",
    "a menina bebeu lixívia",
    "mi hijo se bebió la lejía",
  ])("«%s» alarms as a collapse", (text) => {
    expect(detect(text)?.kind).toBe("collapse");
  });

  it.each([
    "fiul meu a luat pastilele de tuse și doarme",
    "син випив ліки від кашлю і спить",
    "сын выпил лекарство от кашля и спит",
    "mon fils a pris ses médicaments ce matin sans problème",
    "mon fils a avalé son repas en cinq minutes et il est reparti jouer",
    "o meu filho tomou os remédios e está a dormir",
    "ma fille a bu tout son biberon",
    "j'ai bu un café et acheté du détergent pour la lessive",
    "bebí un café y compré detergente",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("a baby with a fever gone floppy", () => {
  it.each([
    "the baby is burning hot and floppy, won't feed",
    "il neonato scotta ed è tutto molle, non prende il latte",
    "mi bebé está ardiendo de fiebre y muy flojito, no quiere comer",
  ])("«%s» alarms as a collapse", (text) => {
    expect(detect(text)?.kind).toBe("collapse");
  });

  it.each([
    "my baby loves her floppy bunny",
    "il bambino è un po' molle di carattere, non mangia le verdure, cerco un educatore",
    "mi niño está flojito en matemáticas, no come en el comedor del cole, busco refuerzo",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("the sun that beats down", () => {
  it.each([
    "il sole oggi picchia forte, cerco un centro estivo per mio figlio",
    "a luglio il caldo picchia e la nonna non esce",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });

  it("«il sole picchia e mio marito mi picchia» alarms as violence", () => {
    expect(detect("il sole picchia e mio marito mi picchia")?.kind).toBe("violence");
  });
});
