import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import type { PlaceSpans } from "../../src/nlu/places.js";
import {
  classifiedAsDanger,
  createDangerDetector,
  dangerCuesSchema,
  loadDangerDetector,
  readDanger,
  unlessSilenced,
} from "../../src/safety/danger.js";
import { DANGER_MODEL_ODDS, trainDangerModel } from "../../src/safety/danger-model.js";
import { withoutPlacesFor } from "../../src/safety/model-input.js";

const detect = loadDangerDetector(join(PROJECT_ROOT, "locales"));

describe("danger is recognised from the words alone, before any classification", () => {
  it.each([
    ["mio marito mi picchia, ho paura, cosa posso fare?", "violence"],
    ["sono vittima di violenza in casa", "violence"],
    ["sono anziana, sola, non ce la faccio più a vivere così", "self_harm"],
    ["ho trovato mio padre per terra, non risponde", "collapse"],
    ["my dad collapsed and he is not breathing", "collapse"],
  ])("«%s» is %s", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });

  it.each([
    "è caduta la settimana scorsa, cerco una badante",
    "fa un caldo da morire, servono i pasti a domicilio",
    "lavoro in un centro antiviolenza e cerco lavoro",
    "il padrone di casa mi minaccia di aumentare l'affitto",
  ])("«%s» is ordinary", (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    ["mi marido me pega y tengo miedo", "violence"],
    ["quiero quitarme la vida", "self_harm"],
    ["mi abuela está en el suelo y no responde", "collapse"],
    ["soțul mă bate", "violence"],
    ["nu mai vreau să trăiesc", "self_harm"],
    ["mama a leșinat", "collapse"],
    ["чоловік мене бʼє", "violence"],
    ["не хочу більше жити", "self_harm"],
    ["бабуся лежить на підлозі", "collapse"],
  ])("in Spanish, Romanian or Ukrainian, «%s» is %s", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });

  it.each([
    "la mia privacy è stata violata",
    "mi madre no contesta el teléfono",
    "mama nu răspunde la telefon, merg pe jos la ea",
    "боюся, що його не приймуть у садок",
    "mi padre se desmayó el año pasado, ahora busco una cuidadora",
  ])("«%s» is ordinary, whatever the language of the cues", (text) => {
    expect(detect(text)).toBeNull();
  });

  it("a collapse told as over is not an alarm; violence told in the past still is", () => {
    const cues = { collapse: ["svenut*"], violence: ["picchiat*"], over: ["anno scorso"] };
    const own = createDangerDetector({ it: cues });
    expect(own("è svenuta l'anno scorso, ora cerco una badante")).toBeNull();
    expect(own("è svenuta adesso")?.kind).toBe("collapse");
    expect(own("l'anno scorso mi ha picchiata")?.kind).toBe("violence");
  });

  it("a figure of speech silences only the cues sharing its words", () => {
    const own = createDangerDetector({
      it: { distress: ["sto male"], collapse: ["dolore al petto"], idiom: ["male da morire"] },
    });
    expect(own("sto male da morire per la noia")).toBeNull();
    expect(own("sto male da morire, ho un dolore al petto fortissimo")?.kind).toBe("collapse");
  });

  it("a negation just before a cue cancels it, and only it", () => {
    const own = createDangerDetector({
      it: { violence: ["mi picchia", "mi minaccia"], negation: ["non", "mai"] },
    });
    expect(own("mio marito non mi picchia più, siamo in terapia")).toBeNull();
    expect(own("non mi picchia ma mi minaccia")?.cue).toBe("mi minaccia");
    expect(own("lui mi picchia")?.kind).toBe("violence");
  });

  it.each([
    ["sto male da morire sul serio, ho un dolore al petto fortissimo e sono sola", "collapse"],
    ["non sto scherzando, stasera voglio farla finita", "self_harm"],
    ["mia nonna è sparita dalla rsa e nessuno sa dove sia", "collapse"],
    ["my dad with dementia walked out an hour ago and we can't find him", "collapse"],
    ["il vicino urla e si sentono colpi, la moglie piange da un'ora", "violence"],
  ])("told with an idiom, a joke denied or in a new way, «%s» is %s", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });

  it.each([
    "mio marito non mi picchia più da quando va in terapia, cerco un gruppo per me",
    "I'm not suicidal, I just need a cleaner",
    "lol my boss is going to kill me if I'm late again",
    "ho sbattuto il mignolo contro il comodino, che dolore",
    "ho trovato il portafoglio per terra davanti al wemi",
    "mia nonna non risponde al citofono perché è sorda, esiste un campanello luminoso?",
  ])("«%s» is ordinary", (text) => {
    expect(detect(text)).toBeNull();
  });

  it("the classifier's sure emergenza is taken back for a film, a course or a figure of speech", () => {
    const sure = (text: string) => ({
      text,
      intent: "emergenza",
      confidence: 0.9,
      alternatives: [{ intent: "caregiver", confidence: 0.05 }],
      ambiguous: false,
    });
    const heard = (text: string) => unlessSilenced(sure(text), readDanger(detect, text).silenced);
    expect(classifiedAsDanger(heard("nessuno mi vuole bene"))).toBe(true);
    const film = heard("ho visto un film sulla violenza domestica, vorrei fare volontariato");
    expect(classifiedAsDanger(film)).toBe(false);
    expect(film.intent).toBeNull();
    expect(classifiedAsDanger({ ...sure("nessuno mi vuole bene"), ambiguous: true })).toBe(false);
  });

  it("violence told in a finished past is not an alarm, unless the message brings it back to now", () => {
    const own = createDangerDetector({
      it: { violence: ["violento"], long_ago: ["anni fa"], still: ["di nuovo"] },
    });
    expect(own("era violento, ma ci siamo separati dieci anni fa")).toBeNull();
    expect(own("era violento dieci anni fa e ora è di nuovo violento")?.kind).toBe("violence");
    expect(own("mio padre è morto anni fa. Lui è violento")?.kind).toBe("violence");
    expect(detect("my ex used to be abusive but that was years ago, now I need a job")).toBeNull();
    expect(detect("ho tentato di uccidermi due anni fa e ci sto ripensando")?.kind).toBe(
      "self_harm",
    );
  });

  it("every cue is written in the phrase language, not as a regular expression", () => {
    const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
    const written = Object.values(cues).flatMap((byRole) => Object.values(byRole).flat());
    // "(ya )?no" would silently become "ya" then "no": the phrase language has no "?".
    expect(written.filter((cue) => /[?+\\[\]{}^$]/u.test(cue))).toEqual([]);
  });

  it("a collapse told as over, then again now, is an alarm", () => {
    expect(detect("mia madre è svenuta l'anno scorso, oggi cerco una badante")).toBeNull();
    expect(
      detect("la nonna è caduta il mese scorso, ora è caduta di nuovo e non si rialza")?.kind,
    ).toBe("collapse");
  });

  it("a topic (a film, a course, the news) silences the cues of its own sentence only", () => {
    expect(detect("ho visto un film sulla violenza domestica, che tristezza")).toBeNull();
    expect(detect("Mio marito mi picchia. Stasera ho il corso di italiano")?.kind).toBe("violence");
  });

  it("a cue that cannot be read stops start-up, naming its language and kind", () => {
    expect(() => createDangerDetector({ es: { violence: ["..."] } })).toThrow(/es, violence/);
  });

  it.each([
    ["mio marito mi pichia semper", "violence"],
    ["io paura di mio marito, lui dice ti amazzo", "violence"],
    ["il mio compagno si tiene il mio stipendio e non mi lascia uscire", "violence"],
    ["la badante lega mio padre al letto", "violence"],
    ["non mi ha mai picchiata ma mi minaccia con il coltello", "violence"],
    ["sarebbe meglio se non ci fossi", "self_harm"],
    ["non voglio più svegliarmi", "self_harm"],
    ["penso al suicido", "self_harm"],
    ["mia madre è caduta in cucina e non riesce ad alzarsi", "collapse"],
    ["mio nonno è confuso, non sa dove si trova", "collapse"],
  ])("said in other words, with typos or without accents, «%s» is %s", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });

  it.each([
    "ho visto un film sulla violenza domestica e vorrei fare volontariato",
    "il mio bambino mi picchia per gioco, è normale?",
    "mi ammazzo di lavoro, cerco qualcuno per il cane",
    "quando non ci sarò più chi si occuperà di mio figlio disabile?",
    "mi picchia la testa da due giorni, che medico vedo?",
    "my toddler hits me when he's tired, is that normal?",
  ])("words about something else silence the cues: «%s» is ordinary", (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    ["mon mari me frappe", "violence"],
    ["quero morrer", "self_harm"],
    ["бабушка упала и не встаёт", "collapse"],
    ["我想死", "self_harm"],
    ["أريد أن أموت", "self_harm"],
    ["dua të vdes", "self_harm"],
    ["gusto ko nang mamatay", "self_harm"],
  ])("in the other languages the bot reads, «%s» is %s", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });

  it("a model catches what the cues miss, and phrases about something else silence it too", () => {
    const model = trainDangerModel([
      ...Array.from({ length: 20 }, () => ({ text: "nessuno mi vuole più bene", danger: true })),
      ...Array.from({ length: 20 }, () => ({ text: "cerco una colf per la casa", danger: false })),
    ]);
    const text = "da settimane sento che nessuno mi vuole più bene";
    expect(model(text)).toBeGreaterThanOrEqual(DANGER_MODEL_ODDS);
    const own = createDangerDetector({ it: { not_danger: ["film"] } }, model);
    expect(own(text)).toEqual({ kind: "distress", cue: "model" });
    expect(own("cerco una colf")).toBeNull();
    const fairlySure = createDangerDetector({ it: { not_danger: ["film"] } }, () => 15);
    expect(fairlySure(`nel film ${text}`)).toBeNull();
  });

  it("the model alone needs more evidence on a short message, which rests on a word or two", () => {
    // Odds past the bar of a long message, short of a six-word one's (three more per word missing).
    const own = createDangerDetector({}, () => DANGER_MODEL_ODDS + 1.5);
    expect(own("da settimane sento che nessuno mi vuole")?.cue).toBe("model");
    // a citizen correcting the area: 9.3 from the shipped model, 7.8 of it from «realtà»
    expect(own("in realtà abito in via Padova")).toBeNull();
    expect(own("nessuno mi vuole")).toBeNull();
    // three words: the bar plus four missing words' margin (22.5) is still reachable
    expect(createDangerDetector({}, () => 20)("nessuno mi vuole")).toBeNull();
    expect(createDangerDetector({}, () => 23)("nessuno mi vuole")?.cue).toBe("model");
  });

  it("an address told or corrected is no danger to the model; the rest of the message is read", () => {
    // A model that has learned «gola» and «112» from danger messages, reading as the bot's
    // does: without the places the geo reader finds (here the streets written).
    const streets = (text: string) => text.match(/via (Gola|Golgi|Padova) \d+/giu) ?? [];
    const reading = withoutPlacesFor(streets);
    const heard = (text: string) => (/gola|112/iu.test(text) ? 30 : -5);
    const model = (text: string, places?: PlaceSpans, message?: string) =>
      heard(reading(text, places, message));
    const own = createDangerDetector({}, model);
    expect(createDangerDetector({}, heard)("abito in via Gola 112, non via Golgi 12")?.cue).toBe(
      "model",
    );
    expect(own("abito in via Gola 112, non via Golgi 12")).toBeNull();
    expect(own("in realtà abito in via Gola 112")).toBeNull();
    expect(own("mi stringe la gola, chiamo il 112. Vivo in via Padova 12")?.cue).toBe("model");
  });

  it("a model sure of danger is heard over a silencer matched by chance and over a request, not over a joke", () => {
    const cues = { it: { over: ["sta bene"], joke: ["ahah"], request: ["cerco ... badante"] } };
    const sure = createDangerDetector(cues, () => 30);
    expect(sure("papà è per terra, dice che sta bene ma non riesce ad alzarsi da due ore")).toEqual(
      {
        kind: "distress",
        cue: "model",
      },
    );
    expect(sure("papà è per terra da due ore ahah")).toBeNull();
    // Beside a request too: a model sure of danger is heard over it (silencing.ts, framingOf).
    expect(sure("mamma non risponde da due giorni, cerco una badante")?.cue).toBe("model");
    const unsure = createDangerDetector(cues, () => 20);
    expect(unsure("papà è per terra, dice che sta bene")).toBeNull();
    expect(unsure("mamma non risponde da due giorni, cerco una badante")).toBeNull();
  });
});
