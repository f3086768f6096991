import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * Danger told indirectly: a child's words about an adult, one's things given away before a
 * goodbye, a man drunk breaking things at home, a stroke in lay words. Each beside a look-alike
 * that stays quiet. Sentences of our own, none from the development sets.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("a child's words about an adult who touches or hurts them", () => {
  it.each([
    "Mia figlia di 6 anni mi ha detto che lo zio le fa male quando io non ci sono",
    "Mi niño dice que el novio de su madre le toca donde no debe",
    "Fiica mea mi-a spus că unchiul ei o atinge și îi spune să tacă",
    "Дочь сказала, что отчим её трогает, когда меня нет дома",
    "Донька каже, що вітчим її чіпає вночі",
    "Vajza më tha se xhaxhai e prek natën dhe i thotë të mos flasë",
    "Minha filha contou que o padrasto mexe nela quando eu saio",
    "Ma fille m'a dit que son beau-père la touche la nuit",
    "Sinabi ng anak ko na hinahawakan siya ng tito niya sa gabi",
  ])("«%s» alarms", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });

  it.each([
    "Mia figlia mi ha detto che allo zio fa male la schiena e non viene alla recita",
    "Mi hija dice que su tío le enseña a montar en bici los domingos",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("one's things given away, then a goodbye", () => {
  it.each([
    "Ho regalato le mie cose a chi ne ha bisogno, volevo solo dire grazie a tutti, è stato bello conoscervi",
    "He regalado mis cosas y he escrito una carta a cada uno, gracias por todo, adiós",
    "Am dat tot ce aveam, am scris scrisori pentru copii, mulțumesc pentru tot, adio",
    "Я роздала всі свої речі і написала листи дітям, дякую за все, прощавайте",
    "Я раздала свои вещи и написала письма детям, спасибо за всё, прощайте",
    "J'ai donné mes affaires et écrit une lettre à chacun, merci pour tout, adieu",
    "Dei as minhas coisas e escrevi uma carta a cada um, obrigada por tudo, adeus",
    "Ibinigay ko na lahat ng gamit ko at sumulat ako sa mga anak ko, salamat sa lahat, paalam",
  ])("«%s» alarms", (text) => {
    expect(detect(text)?.kind).toBe("self_harm");
  });

  it.each([
    "Me jubilo el viernes, he regalado mis cosas de la oficina, gracias por todo y adiós",
    "Ho regalato i vestiti dei bambini che non vanno più bene, grazie a tutti per l'aiuto",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("drunk and breaking things at home", () => {
  it.each([
    "No quiero volver a casa esta noche, está borracho y ya rompió la puerta",
    "Não quero voltar para casa hoje, ele bebeu e já partiu a porta",
  ])("«%s» alarms", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });
});

describe("a stroke or a child's sepsis told in lay words", () => {
  it.each([
    "O meu pai de repente fala enrolado e a boca ficou torta",
    "Biglang bumaluktot ang bibig ni tatay at hindi siya makapagsalita",
    "My baby is floppy, won't feed and has a rash that doesn't fade under a glass",
  ])("«%s» alarms", (text) => {
    expect(detect(text)?.kind).toBe("collapse");
  });

  it.each(["Mio padre parla strano quando è stanco, è sempre stato così"])(
    "«%s» is no alarm",
    (text) => {
      expect(detect(text)).toBeNull();
    },
  );
});

describe("a threat told with its condition, photos as blackmail, going out only by leave", () => {
  it.each([
    ["mio cognato dice che se non gli presto la macchina mi spacca la faccia", "violence"],
    ["mi ha scritto che appena torna facciamo i conti, ho paura", "violence"],
    ["il mio ex dice che se non torno con lui pubblica i video che abbiamo fatto", "violence"],
    ["mi ha detto che sa dove va a scuola mio figlio", "violence"],
    ["da quando ci siamo sposati non posso uscire senza il suo permesso", "violence"],
    ["ho ingoiato tutta la scatola di sonniferi di mia madre", "self_harm"],
    ["I keep thinking about ending it, the pills are laid out on my desk", "self_harm"],
  ])("«%s» alarms (%s)", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });

  it.each([
    "stasera facciamo i conti delle spese di condominio con il vicino",
    "I'm thinking about ending it with my boyfriend, we fight all the time",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });
});
