import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * Dangers danger-dev-38's writer told in words no cue read: a threat told verb first («mi
 * accoltella se parlo»), a threat left behind («la prossima sei tu»), followed to a car park, a
 * plea not to be sent home where he waits, a plea while he comes up the stairs, not knowing what
 * one is about to do, ending it for good tonight; in English he is coming and one cannot talk,
 * a jump in front of a train thought of; in Portuguese someone cutting themselves now. Their
 * look-alikes stay quiet. Sentences of our own.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("a danger told in these words is an alarm", () => {
  it.each([
    "un ragazzo della scuola giura che mi accoltella se parlo",
    "sul parabrezza c'era scritto: il prossimo sei tu",
    "un uomo mi ha seguita fino alla fermata e adesso è ancora lì",
    "la vicina mi ha pregato di non farla tornare a casa stasera, piangeva",
    "aiutami, sta salendo le scale e ha bevuto",
    "sono stanca di tutto, non so cosa sto per fare stanotte",
    "ho deciso, la finisco per sempre, scusatemi",
    "she's on her way, I can't talk now",
    "I've been thinking about jumping off the bridge by the canal",
    "meu filho está se cortando no quarto, não abre a porta",
  ])("«%s»", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});

describe("their look-alikes stay quiet", () => {
  it.each([
    "se parlo in italiano mi capiscono? cerco un corso",
    "il prossimo turno sei tu a portare la nonna al centro diurno?",
    "la psicologa mi ha seguita fino alla fine del percorso, ora cerco lavoro",
    "mio figlio sta tornando a casa da Londra, cerco una badante per il nonno",
    "non so cosa fare con la pratica dell'invalidità",
    "chiudo per sempre il negozio, cerco lavoro come colf",
    "he's coming over later, I can't talk long, is the WeMi space open on Saturday?",
    "the kids keep jumping off the roof of the shed, any summer camps nearby?",
    "minha filha está se cortando o cabelo sozinha, tem curso de cabeleireira?",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});
