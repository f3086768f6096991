import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * Dangers danger-dev-40's writer (a school caretaker) told in words no cue read, and the same
 * danger in the other languages a family would say it in: leaving a partner in secret, a
 * partner who forces sex, someone with dementia gone out hours ago, an aunt who has not opened
 * for days told after a question about a service. Each beside what shares its words and is
 * not a danger. Sentences of our own.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("leaving a partner in secret alarms, a surprise does not", () => {
  it.each([
    "come si fa ad andare via di casa con i bambini senza che lui lo sappia",
    "how can I leave with the kids without him knowing",
    "cómo puedo irme de casa con los niños sin que él lo sepa",
    "comment partir avec les enfants sans qu'il le sache",
    "como sair de casa com as crianças sem ele saber",
    "cum pot pleca de acasă cu copiii fără să știe el",
    "як піти з дому з дітьми, щоб він не знав",
    "как уйти из дома с детьми, чтобы он не узнал",
  ])("%s", (text) => {
    expect(detect(text)).not.toBeNull();
  });

  it.each([
    "stiamo organizzando una festa a sorpresa senza che lui lo sappia",
    "vorrei andare via prima dal lavoro senza che il capo lo sappia",
    "I want to leave work early without my boss knowing",
  ])("quiet: %s", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("a partner who forces sex alarms, a mother who makes one eat does not", () => {
  it.each([
    "nn so cm dire... mio marito mi forza quando nn voglio. e normale?",
    "my husband forces me when I don't want to",
    "my husband forces himself on me",
    "mi marido me fuerza cuando no quiero",
    "mon mari me force quand je ne veux pas",
    "meu marido me força quando eu não quero",
    "soțul meu mă forțează când nu vreau",
    "чоловік змушує мене до близькості, коли я не хочу",
    "муж заставляет меня спать с ним, когда я не хочу",
  ])("%s", (text) => {
    expect(detect(text)).not.toBeNull();
  });

  it.each([
    "mia madre mi costringe a mangiare le verdure quando non voglio",
    "my mum makes me do homework when I don't want to",
  ])("quiet: %s", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("someone with dementia gone out hours ago alarms, an outing with the carer does not", () => {
  it.each([
    "dad has alzheimers and went out this morning, it's been 6 hours, police say wait",
    "mio padre ha l'alzheimer ed è uscito stamattina, sono passate 6 ore",
    "mi padre tiene alzheimer y salió esta mañana, ya son 6 horas",
    "tata are alzheimer și a plecat azi dimineață, au trecut 6 ore",
    "тато має деменцію, вийшов зранку і вже 6 годин його немає",
    "у папы альцгеймер, он ушёл утром, уже 6 часов его нет",
    "он ушёл утром и не вернулся",
  ])("%s", (text) => {
    expect(detect(text)).not.toBeNull();
  });

  it.each([
    "mia madre ha l'alzheimer, è uscita con la badante per due ore",
    "my dad has dementia and went out with his carer for two hours",
    "у мамы деменция, она гуляет с сиделкой два часа",
    "мы развелись, он ушёл. теперь ищу работу",
  ])("quiet: %s", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("a silence lasting up to now, told after a question about a service, is news", () => {
  it("alarms", () => {
    expect(
      detect(
        "volevo sapere per il custode sociale perché mia zia vive da sola e da tre giorni non apre a nessuno, c'è la catenella da dentro e non risponde",
      ),
    ).not.toBeNull();
  });
});
