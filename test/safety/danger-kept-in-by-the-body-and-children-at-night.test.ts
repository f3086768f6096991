import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * Ordinary sentences that share words with a cue of control or of someone in one's room: the
 * knee, the doctor or the rain that keeps one at home, a husband who will not let one out
 * without a coat, a son who will not let his old mother out alone since her fall, a child who
 * comes to one's bed after a nightmare, the cat, a black eye from boxing, no breath in the
 * heat, a late sleeper. The cue reads who does it and why: a person who keeps one in, a man who
 * comes into one's room at night, still alarm. Sentences of our own.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("kept in by the body, a doctor, the weather or out of care: no alarm", () => {
  it.each([
    "il dolore al ginocchio non mi fa uscire di casa, cerco qualcuno che mi porti la spesa",
    "la sciatica non mi fa uscire di casa da una settimana",
    "il mal di schiena non mi lascia uscire di casa",
    "il medico non mi fa uscire di casa per una settimana dopo l'operazione",
    "mio marito non mi fa uscire senza cappotto quando fa freddo",
    "my knee pain doesn't let me leave the house, I need help with shopping",
    "the doctor won't let me leave the house after surgery",
    "my husband won't let me go out in the rain without an umbrella",
    "la douleur au genou ne me laisse pas sortir de chez moi",
    "le médecin ne me laisse pas sortir après l'opération",
    "mio figlio non mi fa uscire di casa da sola perché ho 90 anni e ha paura che cada",
    "my daughter won't let me go out alone at night since my fall, she worries too much",
  ])("%s", (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    "mio marito non mi fa uscire di casa",
    "lui non mi lascia uscire, mi ha preso il telefono",
    "my husband won't let me leave the house",
    "he doesn't let me go out or see my friends",
    "mon mari ne me laisse pas sortir de la maison",
    "mio marito mi fa del male e non mi fa uscire di casa",
    "he is back and won't let me leave the house",
    "mio marito non mi fa uscire di casa e mi picchia, ha paura che cada la sua reputazione",
  ])("a person who keeps one in still alarms: %s", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});

describe("a child or a pet in one's room at night: no alarm", () => {
  it.each([
    "mio figlio viene in camera mia di notte perché ha gli incubi",
    "mio figlio entra nella mia stanza di notte quando ha paura del temporale",
    "my son comes into my room because of nightmares",
    "my daughter comes into my room at night when she can't sleep",
    "the cat comes into my room every night",
  ])("%s", (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    "my stepfather comes into my room at night and I'm scared",
    "he comes into my room at night, I have nightmares every night",
    "il compagno di mia madre entra in camera mia di notte",
    "mio patrigno viene nel mio letto di notte, ho paura",
  ])("a man who comes into one's room at night still alarms: %s", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});

describe("a blow in a sport, no breath in the heat, a late sleeper: no alarm", () => {
  it.each([
    "my dad doesn't wake up before 10, he sleeps a lot",
    "a boxe mi hanno colpito in faccia, ho un occhio nero",
    "en el boxeo me golpearon en la cara, tengo un ojo morado",
    "I can't breathe in this heat",
    "no puedo respirar con este calor",
    "je n'arrive pas à respirer avec cette chaleur",
  ])("%s", (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    "mi hanno colpito in faccia all'uscita da scuola, ho un occhio nero",
    "I can't breathe, my chest hurts",
    "no puedo respirar, me duele el pecho",
    "my dad doesn't wake up, he is breathing strangely",
  ])("still alarms: %s", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});
