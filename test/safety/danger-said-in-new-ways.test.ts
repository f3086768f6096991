import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * Dangers told in ways the cues did not read (a threat that keeps one silent, being followed
 * home, a weapon in someone's hands, leaving this world, a note left behind), heard by the
 * cues alone so that they do not rest on the model; each family with look-alikes that must stay
 * quiet. Sentences of our own, none from the development sets.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const cuesAlone = createDangerDetector(cues);

describe("a danger said in a new way is heard by the cues alone", () => {
  it.each([
    ["se rifiuto di sposare suo cugino i miei fratelli mi ammazzano", "violence"],
    ["lui dice che se chiedo la separazione dà fuoco all'appartamento", "violence"],
    ["se lo dico a mia madre lui mi toglie i bambini, così ha detto stamattina", "violence"],
    ["un ragazzo mi ha seguita fino al portone, adesso è giù in strada", "violence"],
    ["c'è uno che mi segue da tre fermate della metro", "violence"],
    ["aiutatemi, lui ha un coltello e sta urlando", "violence"],
    ["mio fratello è tornato con la pistola di suo amico e cerca mio padre", "violence"],
    ["il mio ex mi aspetta fuori dal lavoro nonostante il divieto di avvicinamento", "violence"],
    ["he punched the door beside my face and said next time it won't be the door", "violence"],
    ["mon mari me suit partout depuis que je suis partie", "violence"],
    ["mi expareja me sigue hasta casa todas las noches", "violence"],
    ["o meu namorado ameaçou-me com uma faca ontem à noite e hoje voltou", "violence"],
    ["він під вікном і кричить, що виламає двері", "violence"],
    ["он стоит за дверью и говорит, что выломает дверь", "violence"],
    ["sono stanca di tutto, voglio andarmene da questo mondo", "self_harm"],
    ["mio figlio mi ha scritto che vuole andarsene per sempre e non risponde", "self_harm"],
    ["non ci sarò domani, volevo salutare tutti quelli del gruppo", "self_harm"],
    ["stasera prendo la macchina e voglio andare forte contro un muro", "self_harm"],
    ["a volte penso che se mi investisse un tram sarebbe meglio", "self_harm"],
    ["my brother left a note saying sorry for everything and his phone is off", "self_harm"],
  ])("«%s» alarms (%s)", (text, kind) => {
    expect(cuesAlone(text)?.kind).toBe(kind);
  });
});

describe("their look-alikes stay quiet", () => {
  it.each([
    "se parlo con il datore di lavoro mi licenzia? sono in prova",
    "il padrone di casa dice che se non pago mi fa cacciare, c'è un aiuto per l'affitto?",
    "la logopedista che mi segue da tre anni va in pensione",
    "il medico che mi segue mi ha detto di cercare una badante",
    "lei ha un coltello da cucina nuovo e taglia tutto a pezzetti",
    "quando non ci sarò più chi si occuperà di mio figlio disabile?",
    "domani non ci sarò, volevo salutare la signora del corso di italiano",
    "mia figlia vuole andarsene per sempre dall'Italia, cosa posso fare per lei?",
    "i left a note to say sorry for the noise last night",
    "my son wrote me a letter saying sorry for the mess he made",
  ])("«%s» is no alarm", (text) => {
    expect(cuesAlone(text)).toBeNull();
  });
});

describe("an office one cannot find, and «book» as a verb, are read for what they are", () => {
  it("an office one was sent to and cannot find is no missing person", () => {
    expect(cuesAlone("mi hanno detto di andare al patronato ma non so dove si trova")).toBeNull();
    expect(cuesAlone("la mamma con l'Alzheimer è uscita stamattina e non so dove è")?.kind).toBe(
      "collapse",
    );
  });

  it("booking a babysitter does not make a blow in its sentence a book's topic", () => {
    expect(
      cuesAlone("I have to book a babysitter because my husband hits me if I'm late")?.kind,
    ).toBe("violence");
    expect(cuesAlone("can I book a babysitter for saturday?")).toBeNull();
  });
});

describe("a body in trouble told by its signs, not by a name, is heard", () => {
  it.each([
    "mio nonno è diabetico, stasera è sudato e confuso e non capisce dove si trova",
    "la zia fa l'insulina e adesso trema tutta",
    "ho un peso sul petto da un'ora e respiro male",
    "vedo doppio da stamattina e mi gira la testa, sono sola",
  ])("«%s» alarms", (text) => {
    expect(cuesAlone(text)?.kind).toBe("collapse");
  });

  it.each([
    "mia madre è diabetica e a volte è confusa, cerco una badante che sappia fare l'insulina",
    "mio padre diabetico è confuso sugli orari delle pastiglie, c'è qualcuno che lo aiuti?",
    "ho un peso sul petto per la morte di mia moglie, vorrei parlare con qualcuno",
    "mi hanno detto che vedo doppio perché devo cambiare occhiali, cerco un oculista",
  ])("«%s» is no alarm", (text) => {
    expect(cuesAlone(text)).toBeNull();
  });
});
