import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

// Double vision with a spinning or bursting head is a stroke or a pressure crisis, told in
// either order; the same words with their cause said (tiredness, glasses, a drink) are not.
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const cuesAlone = createDangerDetector(cues);

describe("double vision with a spinning or bursting head is heard in every language", () => {
  it.each([
    "ho la pressione alta e mi scoppia la testa, vedo doppio",
    "I'm dizzy and seeing double, I'm alone at home",
    "my blood pressure is 210 and I'm seeing double",
    "estoy mareada y veo doble, estoy sola en casa",
    "j'ai des vertiges et je vois double depuis une heure",
    "estou tonta e vejo duplo, estou sozinha",
    "am ameteli si vad dublu de o ora, sunt singura",
    "паморочиться голова і двоїться в очах, я сама вдома",
    "кружится голова и двоится в глазах, я одна дома",
  ])("«%s» alarms", (text) => {
    expect(cuesAlone(text)?.kind).toBe("collapse");
  });

  it.each([
    "mi scoppia la testa con questi moduli, vedo doppio dalla stanchezza",
    "I was seeing double from the new glasses, my head hurt, where is an optician?",
    "veo doble de tanto leer papeles, me da vueltas la cabeza",
    "je vois double a cause de la fatigue, j'ai mal a la tete",
    "vejo duplo por causa dos oculos novos, tenho tontura",
    "vad dublu din cauza ochelarilor noi, ma doare capul",
    "двоїться в очах від втоми, голова болить",
    "двоится в глазах от усталости, голова болит",
  ])("«%s» is no alarm", (text) => {
    expect(cuesAlone(text)).toBeNull();
  });
});
