import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * A partner who keeps one in («he won't let me leave the house», «mi chiude in casa») was read
 * in Italian, English and French only: the same control told in Spanish, Portuguese, Romanian,
 * Ukrainian and Russian now alarms, while the doctor, the knee, the storm and a child kept in
 * till the homework is done stay quiet. Sentences of our own.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("someone who keeps a person in alarms, in every language the bot reads", () => {
  it.each([
    "mi marido no me deja salir de casa",
    "él no me deja salir ni a comprar",
    "meu marido não me deixa sair de casa",
    "ele me tranca em casa quando sai",
    "ele não me deixa sair sozinha",
    "soțul meu nu mă lasă să ies din casă",
    "nu mă lasă să ies nicăieri, îmi ia telefonul",
    "чоловік не випускає мене з дому",
    "чоловік не дозволяє мені виходити з дому",
    "муж не выпускает меня из дома",
    "муж не разрешает мне выходить из квартиры",
    "он запирает меня дома, когда уходит",
  ])("%s", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});

describe("kept in by the body, a doctor, the weather or homework: no alarm", () => {
  it.each([
    "el médico no me deja salir de casa hasta que baje la fiebre",
    "el dolor de rodilla no me deja salir de casa",
    "mi madre no me deja salir de casa hasta que termine los deberes",
    "o médico não me deixa sair de casa esta semana",
    "a dor no joelho não me deixa sair de casa",
    "a minha mãe não me deixa sair para brincar",
    "medicul nu mă lasă să ies din casă o săptămână",
    "durerea de genunchi nu mă lasă să ies din casă",
    "mama nu mă lasă să ies la joacă până nu îmi fac temele",
    "лікар не дозволяє мені виходити з дому цього тижня",
    "біль у коліні не дає мені вийти з дому",
    "мама не пускає мене гуляти, поки не зроблю уроки",
    "врач не разрешает мне выходить из дома неделю",
    "боль в колене не даёт мне выйти из дома",
    "мама не выпускает меня гулять, пока не сделаю уроки",
    "mia mamma non mi lascia uscire a giocare finché non ho fatto i compiti",
    "my mum won't let me go out to play until I finish my homework",
    "ma mère ne me laisse pas sortir jouer avant les devoirs",
  ])("%s", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("a door shut in one's face, violence said to be absent, a fall one recovered from: no alarm", () => {
  it.each([
    "mia figlia adolescente mi odia, mi sbatte la porta in faccia e non parla a tavola",
    "mio figlio mi ha sbattuto la porta in faccia e si è chiuso in camera",
    "il marito la tradisce e piange spesso. Non ci sono violenze, è solo tanto giù",
    "nessuna violenza, solo litigi, cerchiamo una mediazione",
    "l'anno scorso mio padre è caduto ed è rimasto a terra ore, poi si è ripreso del tutto. cerchiamo un telesoccorso",
  ])("%s", (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    "mi sbatte contro la porta e mi tira i capelli",
    "mi ha sbattuto la porta in faccia e poi mi ha dato uno schiaffo",
    "mio marito mi fa violenza",
  ])("a blow still alarms: %s", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});
