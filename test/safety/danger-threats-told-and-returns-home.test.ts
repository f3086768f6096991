import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema, readDanger } from "../../src/safety/danger.js";

const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("a threat told by someone who heard it, not as a joke", () => {
  it.each([
    ["lo ha detto serio, non per scherzo: dice che se lei esce ammazza la moglie", "violence"],
    [
      "il mio vicino ha detto che se la figlia esce ancora con quel ragazzo ammazza la ragazza",
      "violence",
    ],
    ["adesso urla che mi ammazza, mio suocero ha l'alzheimer e ha un bastone", "violence"],
    ["my ex says he'll set fire to the flat with us inside", "violence"],
    ["her teacher has been threatening her if she tells anyone", "violence"],
    ["он кричит, что зарежет меня", "violence"],
    ["gli ho detto di smettere e adesso minaccia di darle fuoco, le dà fuoco se esce", "violence"],
  ])("«%s» alarms as %s", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });

  it.each([
    "mio figlio dice che il prof di matematica lo ammazza se non studia, ahah",
    "lo ha detto per scherzo, non è niente, cerco un corso di cucina",
  ])("«%s», a joke, does not", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("a last night decided, a child who swallowed pills, a fall that left her still", () => {
  it.each([
    ["ho deciso che stanotte è l'ultima, grazie di tutto", "self_harm"],
    ["il bambino ha ingoiato delle compresse della nonna e adesso dorme troppo", "collapse"],
    ["nahulog si lola sa hagdan at hindi na siya gumagalaw", "collapse"],
    ["mio nonno vive solo e non risponde al fisso dalle 8 di ieri", "collapse"],
  ])("«%s» alarms as %s", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });

  it.each([
    "ho deciso che questa è l'ultima volta che pago l'affitto in ritardo",
    "il bimbo ha ingoiato una pillola di vitamina per sbaglio, fa male?",
  ])("«%s» does not", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("someone already back home from hospital, or a woman who left him", () => {
  it.each([
    "il mio vicino è svenuto ieri al mercato, l'ambulanza l'ha portato al pronto soccorso e stasera è già tornato a casa, cerca qualcuno che gli faccia la spesa",
    "la nonna è caduta lunedì e non si rialzava, l'hanno dimessa oggi, cerchiamo una badante per la notte",
  ])("«%s» does not alarm", (text) => {
    expect(detect(text)).toBeNull();
  });

  it("blows told as ended by someone else, beside a request, get the gentle line", () => {
    const verdict = readDanger(
      detect,
      "mia cugina aveva un compagno che la trattava male, ma l'ha lasciato e adesso vive dalla madre, cerca lavoro come babysitter",
    );
    expect(verdict.signal).toBeNull();
    expect(verdict.caution?.kind).toBe("violence");
  });

  it.each([
    "è tornata a casa dall'ospedale ieri e adesso è svenuta di nuovo",
    "ho trovato mio padre a terra quando sono tornato a casa, non parla",
  ])("«%s», a collapse after coming home, alarms", (text) => {
    expect(detect(text)?.kind).toBe("collapse");
  });
});
