import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * Someone waiting or watching outside one's home or work, told by who he is (an ex, a stranger
 * night after night) or since when («since I left him»): a separation told so is where the
 * danger starts, not where it ends, and it used to silence what followed. An ex meeting the
 * children, a father giving a lift and a separation with no one outside stay quiet. Sentences of
 * our own, none from any set.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("a stalker waiting outside", () => {
  it.each([
    "since I left him he waits outside the school when I pick up the kids and stares at me",
    "since we split up he's outside my building every night, just standing there",
    "my ex waits outside my flat every evening since we broke up, he doesn't say anything, just watches",
    "there's a guy waiting across the street from my house every night this week, I don't know him",
    "da quando ci siamo lasciati lui è sempre sotto casa, sta lì ore a guardare le finestre",
    "c'è un uomo che da una settimana aspetta davanti al portone, non lo conosco",
    "desde que lo dejé me espera en la puerta del trabajo todos los días",
    "mi ex me espera todas las noches en la puerta de mi casa",
    "depuis que je l'ai quitté, il m'attend devant chez moi tous les soirs",
    "de când l-am părăsit mă așteaptă în fața blocului în fiecare seară",
  ])("«%s» alarms as violence", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });

  it.each([
    "since we split up the kids stay with him on weekends, I need a babysitter on weekdays",
    "my ex waits outside the school on Fridays to pick up the kids, it works well, but I need an after-school club on Mondays",
    "my dad waits outside my office to give me a lift, sweet, but I need a carer for him in the mornings",
    "a man waits outside the pharmacy every morning selling newspapers, is there a job centre for him?",
    "il mio ex aspetta i bambini sotto casa il sabato per portarli al parco, ci accordiamo bene, cerco un nido",
    "mi ex me espera en la puerta del colegio los viernes para llevarse a los niños, nos llevamos bien",
    "mon ex attend les enfants devant l'école le vendredi, tout va bien, je cherche une nounou",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });
});
