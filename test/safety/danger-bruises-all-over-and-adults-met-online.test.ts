import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * Two signs Italian and English already read, now in Spanish, French and Portuguese: bruises
 * all over (not those a match explains after), and a girl or boy of 11 to 17 seeing an adult met
 * online (not a piano teacher, not classmates on a chat). Sentences of our own, none from any set.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("bruises all over", () => {
  it.each([
    "ma voisine a des bleus partout et son mari crie toute la nuit",
    "mi vecina tiene moretones por todas partes y su marido grita toda la noche",
  ])("«%s» alarms as violence", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });

  it.each([
    "mon fils a des bleus partout après le match de rugby, rien de grave",
    "mi hijo tiene moretones por todas partes de tanto jugar al fútbol",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("a minor seeing an adult met online", () => {
  it.each([
    "mi hija de 14 años queda con un hombre de 40 que conoció en internet",
    "ma fille de 14 ans voit en cachette un homme de 40 ans rencontré sur internet",
    "a minha filha de 14 anos encontra-se com um homem de 40 que conheceu na internet",
  ])("«%s» alarms as violence", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });

  it.each([
    "mi hija de 14 años va a clases de piano con un señor de 60 años, es muy buen profesor",
    "ma fille de 15 ans fait du bénévolat avec un monsieur de 60 ans à la paroisse",
    "a minha filha de 14 anos tem aulas com um senhor de 60 anos muito simpático",
    "mi hija de 14 años habla por internet con chicas de su clase",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });
});

/**
 * A man of the house who comes into a girl's or a live-in worker's room at night, as three
 * writers told it; a cat, a little brother, a carer turning a grandfather and a grandfather
 * confused by dementia stay quiet.
 */
describe("a man of the house coming into her room at night", () => {
  it.each([
    "il compagno di mia madre viene in camera mia la notte, ho 12 anni",
    "lavoro come badante, il figlio della signora viene nella mia stanza di notte",
    "il mio patrigno entra in camera di notte e mi tocca, ho 13 anni",
  ])("«%s» alarms as violence", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });

  it.each([
    "il gatto entra in camera di notte e mi sveglia",
    "mio zio viene in camera mia a salutarmi quando passa da Milano",
    "la badante entra in camera di notte per girare il nonno",
    "mio nonno entra in camera di notte perché si confonde, ha la demenza, cerco una badante",
    "faccio la badante, il figlio della signora viene nella stanza della madre di notte per cambiarla",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });
});
