import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * The strict leave-one-out's misses by cause, in every language the bot reads: a wish to die
 * said sideways (not to wake up tomorrow, better if I were not here) and a body told by its
 * signs as they happen (a mouth gone crooked, blood that will not stop). Their look-alikes stay
 * quiet: a wake-up time, a meeting or a party one is better off missing, a nosebleed in summer.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const cuesAlone = createDangerDetector(cues);

describe("a wish to die said sideways is heard in every language", () => {
  it.each([
    "non voglio svegliarmi domani",
    "vorrei non svegliarmi domani mattina",
    "I wish I didn't wake up tomorrow",
    "no quiero despertarme mañana",
    "sería mejor si yo no estuviera",
    "je ne veux pas me réveiller demain",
    "não quero acordar amanhã",
    "seria melhor se eu não estivesse cá",
    "nu vreau să mă mai trezesc mâine",
    "ar fi mai bine dacă n-aș mai fi",
    "не хочу прокидатися завтра",
    "краще б мене не було",
    "не хочу просыпаться завтра",
    "лучше бы меня не было",
  ])("«%s» alarms", (text) => {
    expect(cuesAlone(text)?.kind).toBe("self_harm");
  });

  it.each([
    "non voglio svegliarmi domani presto, c'è il mercato alle 6",
    "sarebbe meglio se non ci fossi alla riunione, dice il capo",
    "I don't want to wake up tomorrow at 6 for work",
    "they would be better off without me at the party",
    "they would be better off with a carer at home",
    "no quiero despertarme mañana temprano",
    "sería mejor si no existiera la burocracia",
    "sería mejor si yo no estuviera tan lejos de mi madre",
    "je ne veux pas me réveiller demain matin à 5h",
    "não quero acordar amanhã cedo",
    "seria melhor se eu não estivesse tão cansada",
    "nu vreau să mă trezesc mâine devreme",
    "ar fi mai bine dacă n-aș mai fi acolo la serviciu",
    "не хочу прокидатися завтра рано",
    "краще б мене не було на тих зборах",
    "не хочу просыпаться завтра рано",
    "лучше бы меня не было на этой встрече",
  ])("«%s» is no alarm", (text) => {
    expect(cuesAlone(text)).toBeNull();
  });
});

describe("a body told by its signs as they happen alarms", () => {
  it.each([
    "a mia madre si è storta la bocca e non riesce a parlare bene",
    "mia madre perde tanto sangue dal naso e non si ferma",
    "my son has a nosebleed that won't stop, he is on blood thinners",
  ])("«%s» alarms", (text) => {
    expect(cuesAlone(text)?.kind).toBe("collapse");
  });

  it.each([
    "mi si è storta la caviglia giocando a calcio",
    "mia figlia ha spesso sangue dal naso d'estate, cerco un pediatra",
    "my son gets nosebleeds in summer, is there a paediatrician nearby?",
    "I waited for my blood tests for hours and nobody called me",
  ])("«%s» is no alarm", (text) => {
    expect(cuesAlone(text)).toBeNull();
  });
});
