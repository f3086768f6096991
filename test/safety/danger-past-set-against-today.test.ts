import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * A danger told now, then a past set against it in the same sentence («mio marito mi picchia,
 * anni fa era diverso»): the past says today is not so, and no longer silences the blows. A
 * violence told as long over, and a past that was different told beside a need, stay quiet.
 * Sentences of our own, none from any set.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("a past that was different, set against today", () => {
  it.each([
    "mio marito mi picchia, da giovane era diverso",
    "mio marito mi picchia, anni fa era diverso",
    "mio marito mi picchia, anni fa non era così",
    "my husband hits me, when I was young he was different",
  ])("«%s» alarms as violence", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });

  it.each([
    "anni fa il mio ex mi picchiava, ci siamo separati, ora cerco lavoro come educatrice",
    "years ago my ex used to hit me, it's behind me, now I'm looking for a cleaning job",
    "da giovane mio padre era diverso, ora è anziano e dolce, cerco una badante",
    "when I was young things were different, now I'm 80 and lonely, is there a day centre?",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });
});

/**
 * The tense of the danger says whose past it is: «mio marito mi picchia, anni fa era un uomo
 * dolce» tells blows now and a husband who was once sweet, «mi picchiava, anni fa» blows that
 * are over.
 */
describe("a danger told in the present, then a past", () => {
  it.each([
    "mio marito mi picchia, anni fa era un uomo dolce",
    "il mio compagno mi picchia tutte le sere, quando ero piccola anche mio padre lo faceva",
    "lui mi minaccia con il coltello, tanto tempo fa aveva già fatto una denuncia",
    "mio marito mi picchia. Anni fa mio padre faceva lo stesso con mia madre",
    "my husband hits me, years ago he lost his job",
    "my son hits me, as a kid he was so sweet",
    "my partner beats me every night. Years ago my father beat my mother too",
  ])("«%s» alarms as violence", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });

  it.each([
    "il mio ex mi ha picchiata, tanti anni fa",
    "mio padre picchiava mia madre, quando ero piccola",
    "mia nonna racconta che suo padre la picchia quando era piccola, cerco una badante per lei",
    "my ex beat me, years ago, I'm fine now",
    "my father hit my mother, a long time ago",
    "it hurts me to remember, years ago my dad hit me, now I'm looking for a job",
  ])("«%s», told in the past, is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });
});

/** The same in the other languages whose cues tell a past: their present tense keeps the alarm. */
describe("a danger told in the present, then a past, in the other languages", () => {
  it.each([
    ["mi marido me pega, hace años era diferente", "violence"],
    ["mi marido me pega todos los días. Hace muchos años mi padre pegaba a mi madre", "violence"],
    ["quiero morir, cuando era niña era feliz", "self_harm"],
    ["soțul meu mă bate, acum mulți ani era altfel", "violence"],
    ["чоловік мене б'є, багато років тому він був іншим", "violence"],
    ["муж меня бьёт, много лет назад он был другим", "violence"],
    ["mon mari me frappe, il y a des années il était différent", "violence"],
    ["o meu marido bate-me, há muitos anos era diferente", "violence"],
  ])("«%s» alarms as %s", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });

  it.each([
    "mi padre me pegaba, hace años, ahora vivo sola y estoy bien",
    "il y a des années mon père me frappait",
    "tatăl meu mă bătea, acum mulți ani",
    "мене бив батько, багато років тому",
    "отец меня бил, много лет назад",
    "o meu pai batia na minha mãe, há muitos anos",
  ])("«%s», told in the past, is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });
});

/**
 * A collapse told now is not silenced by a childhood told elsewhere: a long-ago past covers
 * what was told up to it, as for violence («da giovane aveva l'asma. Adesso non respira»), and
 * a collapse in the present keeps its alarm before one in its own sentence.
 */
describe("a collapse told now, and a past", () => {
  it.each([
    "da giovane aveva l'asma. Adesso non respira e ha le labbra blu",
    "mia madre non respira, da giovane aveva l'asma",
    "As a kid she had asthma. Now she can't breathe and her lips are blue",
    "voglio morire, da piccola ero felice",
  ])("«%s» alarms", (text) => {
    expect(detect(text)).not.toBeNull();
  });

  it.each([
    "da giovane mio nonno ha avuto un infarto, non respirava",
    "mia nonna racconta che da ragazza è svenuta in chiesa",
    "quando ero piccola mia madre aveva spesso attacchi di panico",
    "vorrei morire da vecchia nel mio letto",
  ])("«%s», told in the past, is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });
});

/**
 * English «when she was young» tells her past, not a condition like «when she falls»: a collapse
 * told now before it keeps its alarm, while «when she falls she can't get up» stays a need.
 */
describe("«when she was young», a past and not a condition", () => {
  it.each([
    "my mum can't breathe, when she was young she had asthma",
    "my dad isn't breathing, when he was young he had a heart problem",
    "my grandma can't get up, when she was younger she had fallen many times",
  ])("«%s» alarms as a collapse", (text) => {
    expect(detect(text)?.kind).toBe("collapse");
  });

  it.each([
    "when she falls she can't get up, I need a carer",
    "when my elderly mother falls she can't get up, we need a carer",
    "when my dad was a child he fainted often, now he's fine, we want a day centre",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });
});
