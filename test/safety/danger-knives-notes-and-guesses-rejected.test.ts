import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * More of danger-dev-40's dangers that only the model read, written as cues in the languages a
 * family would say them in, each beside what shares its words and is not a danger: someone
 * coming at one with a knife, a carer touched by her employer's son, a lock forced, notes
 * saying they know when one is alone, «you're hurting me» heard after a blow, an ex back outside
 * or waiting every day, an ex's threat of regret, better if one vanished, waiting to join someone
 * who died, a son found on the railing, and a reassuring guess the writer rejects («magari è in
 * vacanza, ma lui non va mai in vacanza»). Sentences of our own.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("dangers told in these words alarm", () => {
  it.each([
    "mia moglie stanotte mi è venuta contro col coltello",
    "il figlio della signora che curo mi tocca e dice che se parlo mi fa mandare via",
    "the son of the lady I care for touches me",
    "el hijo de la señora que cuido me toca",
    "he came at me with a knife last night",
    "anoche vino hacia mí con un cuchillo",
    "он кинулся на меня с ножом",
    "uno dice che è del gas, ieri ha provato ad entrare forzando la serratura",
    "yesterday he tried to get in by forcing the lock",
    "someone leaves notes under my door saying they know when I'm alone",
    "qualcuno mi lascia bigliettini sotto la porta, dice che sa quando sono sola",
    "ho sentito un colpo forte e la signora che piangeva: mi fai male",
    "I heard a loud bang and then the lady crying you're hurting me",
    "il compagno di mia figlia l'ha buttata giù dalle scale",
    "HO PAURA lui è di nuovo sotto casa con la macchina e suona il clacson",
    "il mio ex ogni giorno sta sotto casa",
    "мой бывший каждый день стоит у подъезда",
    "мой бывший вчера написал, что я пожалею",
    "my ex texted that I'll regret it",
    "he said I'll regret it if I leave him",
    "nessuno mi vuole, meglio se sparisco",
    "nobody wants me, better if I disappeared",
    "mejor si desaparezco, nadie me quiere",
    "dopo il funerale ha smesso di mangiare, dice che aspetta di raggiungere papà",
    "since the funeral she stopped eating, she says she wants to join dad",
    "I keep thinking about just walking out the window",
    "mio figlio ha 17 anni, stanotte l'ho trovato sul balcone seduto sulla ringhiera. ora dorme",
    "last night I found my son sitting on the balcony railing",
    "anoche lo encontré sentado en la barandilla del balcón",
    "ночью нашла сына на перилах балкона",
    "vive solo, dalla porta esce un brutto odore. il portinaio dice che magari è in vacanza ma lui non va mai in vacanza",
  ])("%s", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});

describe("what shares their words stays quiet", () => {
  it.each([
    "my neighbour knows when I'm alone and brings me soup",
    "la vicina sa quando sono sola e mi porta la torta",
    "meglio se me ne vado prima del traffico",
    "è meglio se sparisco per un po' dai social",
    "I'm better off if I disappear from social media for a while",
    "mia nonna è morta l'anno scorso, mio nonno vuole andare a stare con mia zia a Roma",
    "after the funeral dad wants to be with his family in Naples",
    "ho sentito mio figlio dire mi fai male al fratello mentre giocavano alla lotta",
    "I heard my son shouting you're hurting me while they were wrestling",
    "mio marito è di nuovo sotto casa, scendo ad aiutarlo con la spesa",
    "mio figlio è di nuovo sotto casa con gli amici",
    "il figlio della signora mi tocca la spalla per ringraziarmi",
    "il figlio della signora mi tocca sempre pagare la spesa",
    "my mum said I'll regret it if I quit piano",
    "ho trovato il gatto seduto sul davanzale",
    "l'ho trovato seduto sul muretto a leggere",
    "I saw him standing on the ledge of the pool, diving in",
    "the teacher says you'll regret it if you don't study",
  ])("%s", (text) => {
    expect(detect(text)).toBeNull();
  });
});
