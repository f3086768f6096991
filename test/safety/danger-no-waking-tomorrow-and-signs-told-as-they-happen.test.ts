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
    "se domani non mi sveglio va bene così",
    "if I don't wake up tomorrow that's fine",
    "si mañana no me despierto, mejor",
    "si je ne me réveille pas demain, tant mieux",
    "dacă mâine nu mă mai trezesc, cu atât mai bine",
    "якщо завтра не прокинусь, то й добре",
    "если завтра не проснусь, ну и ладно",
    "mia figlia si sta tagliando adesso in bagno",
    "моя донька зараз ріже себе у ванній",
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
    "if I don't wake up tomorrow at 7 I'll miss the train",
    "si mañana no me despierto a tiempo, pierdo el tren",
    "si je ne me réveille pas demain à 6h, tant pis pour le marché",
    "mia figlia si sta tagliando i capelli da sola",
    "mia figlia si sta tagliando adesso la frangia",
    "мама ріже собі хліб сама",
  ])("«%s» is no alarm", (text) => {
    expect(cuesAlone(text)).toBeNull();
  });
});

describe("a body told by its signs as they happen alarms", () => {
  it.each([
    "I can't breathe, I have asthma and my inhaler is empty",
    "nu pot să respir, am astm și inhalatorul s-a terminat",
  ])("«%s» alarms: an asthma told is no crisis over when the inhaler is empty", (text) => {
    expect(cuesAlone(text)).not.toBeNull();
  });

  it.each([
    "a mia madre si è storta la bocca e non riesce a parlare bene",
    "mia madre perde tanto sangue dal naso e non si ferma",
    "my son has a nosebleed that won't stop, he is on blood thinners",
    "il nonno si è ferito in cucina, il sangue non si ferma",
    "el abuelo tiene una herida en la pierna y la sangre no para",
    "mon grand-père a une plaie au bras, le sang ne s'arrête pas",
    "cortei os braços e o sangue não para",
    "la nonna con demenza è uscita stamattina e non riusciamo a trovarla",
  ])("«%s» alarms", (text) => {
    expect(cuesAlone(text)?.kind).toBe("collapse");
  });

  it.each([
    "mi si è storta la caviglia giocando a calcio",
    "mia figlia ha spesso sangue dal naso d'estate, cerco un pediatra",
    "my son gets nosebleeds in summer, is there a paediatrician nearby?",
    "I waited for my blood tests for hours and nobody called me",
    "è uscita la circolare sull'alzheimer e non riesco a trovarla",
    "my inhaler is empty, where can I get a new prescription?",
    "I had asthma as a child, now I'm looking for a swimming course",
    "nu mai pot să respir de atâtea acte",
  ])("«%s» is no alarm", (text) => {
    expect(cuesAlone(text)).toBeNull();
  });
});
