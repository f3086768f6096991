import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadDangerDetector } from "../../src/safety/danger.js";

/**
 * Ways of telling a danger a new writer used that the cues knew in one language only: someone
 * who says the family would be better off without them, someone else who wrote they will kill
 * themself; and the ordinary twins that must stay quiet: a couple told of as separated, care
 * begun since, a carer worn out who asks for a group. Sentences of our own, read by the cues
 * alone.
 */
const detect = loadDangerDetector(join(PROJECT_ROOT, "locales"));

describe("feeling a burden, said or told of someone, is a wish to die", () => {
  it.each([
    "mio padre ripete che staremmo tutti meglio senza di lui",
    "my brother keeps telling us we'd be better off without him",
    "mi abuelo dice que estaríamos todos mejor sin él",
    "creo que todos estarían mejor sin mí",
    "a minha mãe diz que ficaríamos melhor sem ela",
    "tata spune că ne-ar fi mai bine fără el",
    "toată lumea ar fi mai bine fără mine",
    "il répète qu'on serait tous mieux sans lui",
    "мій батько каже, що всім буде краще без нього",
    "отец говорит, что нам будет лучше без него",
  ])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("self_harm");
  });
  it("a company better off without a worker is no alarm", () => {
    expect(detect("la empresa estaría mejor sin él, es un vago")).toBeNull();
  });
});

describe("someone else who said they will kill themself is an emergency", () => {
  it.each([
    "mi hermana me escribió que se va a matar esta noche",
    "o meu irmão mandou mensagem a dizer que vai se matar",
    "ma fille m'a écrit qu'elle va se tuer",
  ])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("self_harm");
  });
  it("laughing or working oneself to death is a figure of speech", () => {
    expect(detect("vou me matar de rir com esse vídeo")).toBeNull();
    expect(detect("il va se tuer au travail, il fait des heures sup tous les soirs")).toBeNull();
  });
});

describe("violence or dark thoughts told as ended, by someone now cared for, get the gentle line", () => {
  it("«si sono separati»: a neighbour's story told as over", () => {
    const verdict = detect.verdict?.(
      "mia cugina diceva che il marito la trattava male, ma si sono separati e ora vive con i figli",
    );
    expect(verdict?.signal).toBeNull();
    expect(verdict?.caution?.kind).toBe("violence");
  });
  it("therapy begun, then a question about volunteering", () => {
    const verdict = detect.verdict?.(
      "l'inverno scorso pensavo di farla finita, poi ho iniziato la psicoterapia e ora sto meglio. volevo chiedere se cercate volontari",
    );
    expect(verdict?.signal).toBeNull();
    expect(verdict?.caution?.kind).toBe("self_harm");
  });
  it("the same thoughts without an end or a request still alarm", () => {
    expect(detect("l'inverno scorso pensavo di farla finita e ci penso ancora")?.kind).toBe(
      "self_harm",
    );
  });
});

describe("a carer worn out, asking for help, is tired, not in danger", () => {
  it("«cuido a mi esposo y ya no puedo más» with a question about groups", () => {
    expect(
      detect("¿hay grupos para familiares? cuido a mi marido con párkinson y ya no puedo más"),
    ).toBeNull();
  });
  it("«ya no puedo más» alone, or with a wish to die, alarms", () => {
    expect(detect("ya no puedo más")).not.toBeNull();
    expect(detect("cuido a mi madre y ya no puedo más, me quiero morir")?.kind).toBe("self_harm");
  });
});
