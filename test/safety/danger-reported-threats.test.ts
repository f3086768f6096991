import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadDangerDetector } from "../../src/safety/danger.js";

const detect = loadDangerDetector(join(PROJECT_ROOT, "locales"));

describe("a threat to kill, reported with «che», «that», «que», is never a figure of speech", () => {
  it.each([
    "mio marito sta urlando che mi ammazza",
    "sta gridando che mi ammazza stanotte",
    "mi marido está gritando que me mata",
    "mi marido dice que me mata",
    "o meu ex disse que me mata",
    "a minha sogra diz que me mata se eu sair",
    "il crie que ce soir il va me tuer",
    "she told me that the guy will kill me",
    "my ex keeps texting that he will kill me if I go to the police",
  ])("«%s» alarms", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });

  it.each([
    "questo lavoro mi uccide",
    "este calor me mata",
    "esta burocracia me va a matar",
    "este trabalho me mata",
    "ce boulot va me tuer",
    "that paperwork will kill me",
    // the threat's own idiom: an employer's threat to have her expelled, told before a request
    "il figlio della signora mi ha minacciata dicendo che se parlo mi fa espellere, cerco un lavoro regolare",
    "mio padre dice sempre che preferirebbe morire piuttosto che andare in casa di riposo, ma sta benissimo",
  ])("«%s» is still a figure of speech, or the story around a request", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("what the newest writer showed", () => {
  it.each([
    // a fresh fall told after a request the citizen takes back
    [
      "volevo chiedere una colf per mia nonna... no aspetta, è appena caduta in corridoio e non risponde",
      "collapse",
    ],
    // someone else's wish to die, said in the third person
    [
      "mia zia preferisce morire piuttosto che andare in ospedale e adesso ha in mano tutte le sue medicine",
      "self_harm",
    ],
    // a farewell: the last message, thanks for everything
    ["è l'ultima volta che vi scrivo, grazie di tutto", "self_harm"],
  ])("«%s» alarms (%s)", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });

  it.each([
    "ieri la piccola ha battuto la testa contro la porta, la dottoressa l'ha visitata e dice che va tutto bene",
    "ho sentito delle urla in cortile ma erano per il gol del Milan",
    "mi ammazzo dal ridere con i video di mio nipote",
    "sto morendo d'ansia per il colloquio di domani",
    "mia suocera mi tira le pantofole quando perde a carte, ridiamo tantissimo",
  ])("«%s» is no emergency", (text) => {
    expect(detect(text)).toBeNull();
  });
});
