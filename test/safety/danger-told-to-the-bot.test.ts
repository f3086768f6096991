import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadDangerDetector } from "../../src/safety/danger.js";

const detect = loadDangerDetector(join(PROJECT_ROOT, "locales"));

describe("a danger told to the bot is heard: naming the bot is no topic of its own", () => {
  it.each([
    ["sto scrivendo a questo bot perché non ho nessuno, voglio morire", "self_harm"],
    ["scrivo a questo bot perché non so a chi dirlo: mio marito mi picchia", "violence"],
    ["questo bot è l'unico con cui parlo, stanotte la faccio finita", "self_harm"],
  ])("«%s» alarms (%s)", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });

  it.each([
    "ti ammazzo, stupido bot, non capisci niente",
    "questo bot mi fa morire, gli chiedo una colf e mi parla di biblioteche",
    "kill me now, the bot asked for my area again",
  ])("the hyperbole about the bot is still a figure of speech: «%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("the bot asked whether it is dead, for its silence, is no danger to the model", () => {
  // A model that reads danger in every word, past its bar and short of sure (DANGER_MODEL_ODDS,
  // MODEL_SURE_ODDS): what the reading leaves it decides.
  const sure = loadDangerDetector(join(PROJECT_ROOT, "locales"), () => 20);

  it.each([
    "ciao bot sei morto? non rispondi da 5 minuti",
    "ehi robot, ti sei bloccato? aspetto da dieci minuti",
    "sei sparito bot? ti ho scritto tre volte",
  ])("«%s» is quiet", (text) => {
    expect(sure(text)).toBeNull();
  });

  it.each([
    "papà è sul divano e non risponde da 5 minuti",
    "sto scrivendo a questo bot perché non ho nessuno, sei vivo tu almeno? voglio morire",
  ])("«%s» still alarms", (text) => {
    expect(sure(text)).not.toBeNull();
  });
});
