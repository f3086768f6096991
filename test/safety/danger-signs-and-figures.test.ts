import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * Medical signs in lay words (blood brought up, half a face gone numb, not waking and cold), a
 * burden said in Spanish, a child's words about the mother's boyfriend in Albanian, things given
 * away because they will not be needed after tonight; and the look-alikes that stay quiet:
 * paperwork that «suffocates», a coach who «kills» with push-ups, «hit the roof», a film in
 * Arabic, a separation that is today's state. Sentences of our own, none from any set.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("blood vomited or coughed up, told in everyday words", () => {
  it.each([
    "Mio padre sta vomitando sangue, è pallidissimo",
    "My husband is coughing up blood and can't stand up",
    "Mi abuela está vomitando sangre desde hace un rato",
    "Mon mari crache du sang depuis une heure",
    "A minha mãe está a vomitar sangue",
    "Bunicul vomită sânge și e foarte slăbit",
    "Отца рвёт кровью, он очень бледный",
    "Мама кашляє кров'ю вже годину",
  ])("«%s» alarms", (text) => {
    expect(detect(text)?.kind).toBe("collapse");
  });

  it.each([
    "Ho fatto gli esami del sangue e poi ho tossito tutto il giorno per il raffreddore",
    "I coughed all week, my blood test results came back fine",
    "I gave blood yesterday and threw up after, the nurse said it happens",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("a stroke, and someone who does not wake, in Russian and Tagalog", () => {
  it.each([
    "У деда онемела половина лица, он говорит невнятно",
    "Бабушка не может поднять руку и плохо говорит",
    "Tatlong oras nang hindi gumigising ang lolo ko at malamig ang kamay niya",
  ])("«%s» alarms", (text) => {
    expect(detect(text)?.kind).toBe("collapse");
  });

  it.each([
    "Hindi nagigising ng maaga ang anak ko kaya late siya sa school",
    "У меня иногда немеют пальцы, когда долго печатаю",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("a burden, a child's words, a goodbye with one's things", () => {
  it.each([
    ["Creo que sobro en este mundo, nadie me echaría de menos", "self_harm"],
    ["Mi hijo dice que sobro en esta casa y yo pienso lo mismo", "self_harm"],
    ["Djali im thotë se i dashuri i nënës e rreh kur unë jam në punë", "violence"],
    [
      "Ho regalato i miei libri e la chitarra a mio nipote, tanto da domani non mi serviranno più",
      "self_harm",
    ],
    ["I gave my books and my bike to my cousin, I won't need them after tonight", "self_harm"],
  ])("«%s» alarms", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });

  it.each([
    "Siento que sobra comida en casa, ¿dónde la puedo donar?",
    "I gave my keys to the office, I won't need them after Friday, I'm retiring",
    "Ho regalato la carrozzina, non mi serve più perché il bambino ormai cammina",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("figures of speech, films and a separation that is over", () => {
  it.each([
    "La burocrazia mi soffoca, tre mesi per rinnovare il permesso",
    "Le bollette ci stanno soffocando, c'è un aiuto per pagarle?",
    "L'allenatore ci ammazza di flessioni ogni martedì",
    "My husband hit the roof when he saw the gas bill",
    "شاهدت فيلما عن رجل يضرب زوجته، كان حزينا",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });

  it("a beating told before a separation that is today's state is a request's background", () => {
    const text =
      "Il mio ex mi picchiava, ora sono separata da anni e vivo con mia figlia, cerco lavoro";
    const verdict = detect.verdict?.(text);
    expect(verdict?.signal).toBeNull();
    expect(verdict?.caution?.kind).toBe("violence");
  });

  it.each([
    "La burocrazia mi soffoca, e stasera mio marito mi ha stretto le mani al collo",
    "Siamo separati in casa e lui mi picchia ancora",
    "My husband hit the roof and then hit me in the face",
  ])("«%s» still alarms", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });
});
