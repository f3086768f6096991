import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * Dangers that several writers told and only the model heard, now heard by the Italian cues: a
 * child or an old woman who swallowed someone's pills, no one knows how many; an ex with a
 * restraining order downstairs now; a grown man a young daughter met online who wants to see
 * her; a stepfather who comes into a girl's room; someone on a railway bridge or on a high
 * balcony who won't come in; not waking up said as a wish or a plan; a man home drunk with a
 * belt in his hand. Their look-alikes stay quiet. Sentences of our own.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("a danger told in these words is an alarm", () => {
  it.each([
    "il bimbo ha mangiato le pasticche della zia, non sappiamo quante",
    "mio padre ha mandato giu non so quante pillole della mamma",
    "ha il divieto di avvicinamento ma adesso è sul pianerottolo",
    "mia nipote di 12 anni parla in chat con un uomo adulto che vuole vederla domani",
    "il compagno di mia madre quando lei lavora viene in camera mia",
    "sono seduta sul cavalcavia della ferrovia da un'ora",
    "mia madre è sul terrazzo al settimo piano con le gambe fuori",
    "sarebbe meglio non risvegliarmi domani",
    "il patrigno è rientrato ubriaco con la cinghia, siamo in cameretta",
  ])("«%s»", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});

describe("their look-alikes stay quiet", () => {
  it.each([
    "la nonna prende le pastiglie per la pressione, cerco qualcuno che gliele ricordi",
    "il giudice ha dato il divieto di avvicinamento, ora vivo in un'altra città e cerco lavoro",
    "mia figlia vuole un corso di chitarra, conosco un uomo che insegna vicino a casa",
    "cerco chi pulisca il balcone al quinto piano, non riesco a sporgermi",
    "domani non mi sveglio presto, posso venire al centro alle dieci?",
    "mio zio ha bevuto troppo al matrimonio, ho paura che guidi così",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});
