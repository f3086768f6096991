import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * The dangers danger-dev-38's writer told in Italian, English and Portuguese, told in the bot's
 * other languages: a threat left on a note («you're next», «el próximo eres tú»), a threat to
 * stab if one talks, followed to a car park, a daughter cutting herself now, a plea not to be
 * sent home, not knowing what one is about to do. Their everyday look-alikes stay quiet.
 * Sentences of our own.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("a danger told in these words is an alarm", () => {
  it.each([
    "he left a note on my car: you're next",
    "he says he'll stab me if I tell anyone",
    "a man followed me to the car park and he's still there",
    "my son is cutting himself in his room right now",
    "please don't let me go home tonight, he's drunk",
    "I don't know what I'm about to do",
    "el próximo eres tú, decía la nota en la puerta",
    "dice que me apuñala si hablo con la policía",
    "me siguió hasta el parking y sigue ahí",
    "tu es la prochaine, disait le message",
    "il dit qu'il me poignarde si je parle",
    "ma fille est en train de se couper dans sa chambre",
    "il m'a suivie jusqu'au parking",
    "o próximo é você, dizia o bilhete",
    "ele disse que me esfaqueia se eu falar",
    "următoarea ești tu, scria pe bilet",
    "fiica mea se taie acum în baie",
    "моя дочь режет себя в ванной",
    "я не знаю, что с собой сделаю",
  ])("«%s»", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});

describe("their look-alikes stay quiet", () => {
  it.each([
    "the nurse came out and you're next in line, she said",
    "I don't know what I'm going to do about the rent, is there help?",
    "don't make me go back to that agency, they never paid me",
    "he's cutting himself a slice of cake",
    "ma fille est en train de se couper les cheveux toute seule",
    "pâinea se taie mai ușor caldă",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});
