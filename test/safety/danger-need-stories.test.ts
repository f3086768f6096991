import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * A citizen who tells a hard situation to ask for a service (a carer, meals, a group, a course)
 * gets the service, not the emergency line: a language not yet learnt, an office that does not
 * answer, a stroke's lasting marks, grief that takes the wish to go out, a carer who no
 * longer knows how to manage the nights. Their twins told as happening now still alarm. Sentences of our own.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const cuesAlone = createDangerDetector(cues);

describe("a hard situation told to ask for a service is no alarm", () => {
  it.each([
    "una mamma del doposcuola non riesce a parlare con le maestre, c'è un corso di italiano gratis?",
    "mio marito non riesce a parlare in italiano al lavoro",
    "¿alguien sabe cómo pedir cita? la oficina del ayuntamiento no contesta",
    "el número del consulado no responde desde la mañana",
    "Тато після інсульту, ліва рука не рухається, шукаємо доглядальницю",
    "Папа после инсульта, левая нога не двигается, ищем сиделку",
    "da quando è morta mia sorella non ho più voglia di uscire, mio figlio dice di iscrivermi a un centro anziani",
    "mia madre peggiora, non so più come fare con le notti perché lavoro fino a tardi",
  ])("«%s»", (text) => {
    expect(cuesAlone(text)).toBeNull();
  });
});

describe("the same words told as happening now still alarm", () => {
  it.each([
    ["mio padre all'improvviso non riesce a parlare", "collapse"],
    ["non riesce a parlare, respira male", "collapse"],
    ["mi madre vive sola y no contesta, estoy muy preocupada", "collapse"],
    ["Мама впала і не рухається", "collapse"],
    ["тато після інсульту впав і не рухається", "collapse"],
    ["Мама после операции упала и не встаёт", "collapse"],
    ["у мамы вдруг рука не двигается", "collapse"],
    ["la abuela fue al ayuntamiento esta mañana y ahora no contesta", "collapse"],
    ["non ho più voglia di vivere", "self_harm"],
    ["non ho più voglia di niente, ho scritto una lettera ai miei figli", "self_harm"],
  ])("«%s»", (text, kind) => {
    expect(cuesAlone(text)?.kind).toBe(kind);
  });
});

describe("a practical question of a time, a dose or a price is heard by the model only when sure", () => {
  // A model above its odds, below sure, as the shipped one was on such questions.
  const fairlySure = createDangerDetector(cues, () => 15);

  it.each([
    "a che ora apre l'ufficio postale di viale Monza? devo pagare la bolletta del gas",
    "mio figlio ha la tosse, volevo sapere quante gocce di sciroppo dargli, ha sei anni",
    "what time does the pharmacy on Via Padova close on Sundays?",
  ])("«%s» gets no alarm from a model short of sure", (text) => {
    expect(fairlySure(text)).toBeNull();
  });
  it("an emergency told beside the question still alarms by its cues", () => {
    expect(
      fairlySure("a che ora chiude la guardia medica? mio padre è a terra e non respira")?.kind,
    ).toBe("collapse");
  });
});
