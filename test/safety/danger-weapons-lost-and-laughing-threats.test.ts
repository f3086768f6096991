import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * The kinds a fresh writer (danger-dev-33) told that only the model heard, written again in our
 * own words: a weapon held while threatening, or brought to hurt; a fall, then blood from the
 * head or silence; a diabetic sweating and confused; an old person outside in a dressing gown
 * who does not know where she lives. And a threat said laughing, which is a joke. Each with
 * look-alikes that stay quiet.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("a weapon held while threatening, or brought to hurt", () => {
  it.each([
    "mio padre ha un coltello e sta minacciando mia sorella",
    "my dad has a knife and is threatening my sister",
    "mi padrastro tiene un cuchillo y está amenazando a mi hermana",
    "un compagno dice che domani porta il coltello e mi accoltella",
    "a guy in my class says he's bringing a knife to stab me",
  ])("«%s» alarms as violence", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });

  it.each([
    "my brother has a knife collection and is threatening to sell it",
    "porta il coltello del pane che ti taglio una fetta di torta",
    "bring a knife to cut the cake for us",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("a fall, then blood from the head or silence", () => {
  it.each([
    "my grandad fell in the bathroom, blood coming from his head",
    "the lady upstairs fell on the stairs and isnt talking",
  ])("«%s» alarms as a collapse", (text) => {
    expect(detect(text)?.kind).toBe("collapse");
  });

  it("«my son fell asleep on the sofa and isnt talking to me» is no alarm", () => {
    expect(detect("my son fell asleep on the sofa and isnt talking to me")).toBeNull();
  });
});

/** Falling asleep, in love or behind is no fall: a child asleep on the floor stays quiet. */
describe("«fell asleep» is no fall", () => {
  it.each([
    "the baby fell asleep on the floor with her toys",
    "my son fell asleep on the ground at the park, so cute",
    "grandma fell behind with the rent and is confused",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    "my dad fell asleep and won't wake up, I've been shaking him",
    "my mum fell in the bathroom and is bleeding",
    "my dad slipped in the kitchen and is on the floor",
  ])("«%s» alarms as a collapse", (text) => {
    expect(detect(text)?.kind).toBe("collapse");
  });
});

describe("a diabetic sweating or confused, an old person lost outside", () => {
  it.each([
    "mia zia ha il diabete e adesso suda tantissimo e trema",
    "al parco c'è un signore in pigiama, è disorientato e non sa dove abita",
    "ho trovato una signora in ciabatte alla fermata, è disorientata e non ricorda dove abita",
    "un signore confuso alla fermata, non sa dove abita",
  ])("«%s» alarms as a collapse", (text) => {
    expect(detect(text)?.kind).toBe("collapse");
  });

  it.each([
    "mio padre ha il diabete e sono confusa sulla dieta da seguire",
    "la nonna gira per casa in vestaglia e ciabatte, è un po' confusa sugli orari",
    "la nuova badante non sa dove abita la nonna di preciso",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("a threat said laughing is a joke", () => {
  it.each([
    "la signora che assisto mi dice sempre ridendo 'un giorno ti ammazzo' quando sbaglio il sugo",
    "mio nonno dice ridendo che prima o poi mi ammazza se non imparo a giocare a scopa",
    'my grandma always says laughing "one day I\'ll kill you" when I burn the toast',
    "she says jokingly that she'll kill me if I'm late again",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    "mio marito mi picchia ridendo",
    "mi dice ridendo che mi ammazza. Ieri mi ha picchiata con la cintura",
    "he said laughing that he will kill me, then he punched me",
  ])("«%s» alarms as violence", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });
});
