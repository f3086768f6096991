import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * Ordinary messages the cues took for danger, by kind, each with its danger twin that still
 * alarms: leaving a city for good, a few days away, dying of shame or of boredom, where one
 * wishes to die one day, a worker who left without notice, a cast still on, the papers that
 * «kill»; and dangers the cues missed: someone living alone who has not answered since
 * yesterday, a threat reported with the hour in between, a threat to make one «pay» for
 * calling someone. Sentences of our own, none from the development sets.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const cuesAlone = createDangerDetector(cues);

describe("figures of speech and everyday stories are no alarm", () => {
  it.each([
    "voglio andarmene per sempre da questa città",
    "voglio andarmene per sempre da Milano, qui non trovo lavoro",
    "voglio sparire per qualche giorno, esistono vacanze per mamme sole?",
    "quisiera desaparecer unos días, estoy agobiada",
    "хочу исчезнуть на выходные, очень устала от работы",
    "хочу зникнути на кілька днів, дуже втомилася",
    "gusto kong mawala muna ng ilang araw, pagod na pagod ako",
    "dua të zhdukem për disa ditë, jam shumë e lodhur",
    "me quiero morir de la vergüenza, mi hija gritó en el metro",
    "da quando sono in pensione mi annoio a morte, ci sono laboratori?",
    "mi sento morire a pensare che mia madre è sola in Sicilia",
    "mi sento morire all'idea di portare papà in RSA, ci sono alternative a casa?",
    "mi sento morire al solo pensiero di lasciarla sola, cerco una badante",
    "my mother keeps saying she wants to die in her own bed, not in a care home",
    "sinabi ng lola ko na mas gusto niyang mamatay kaysa pumunta sa home for the aged",
    "la badante di mia madre è sparita senza preavviso, ne serve un'altra",
    "sono caduta dalle scale il mese scorso e ho ancora il gesso, mi portate la spesa?",
    "mio figlio gioca ai videogiochi dove si spara e si uccide tutto il giorno",
    "mă omoară hârtiile astea, cine mă ajută?",
    "my landlord said I'll pay for the repairs",
    "papà non riesce ad alzarsi dal letto da solo, ci serve qualcuno la mattina",
    "zia nun se move cchiù 'a casa, vulesse na signora pe' cumpagnia",
    "my mum has been very low since dad died, she says there's no point anymore in cooking for one",
  ])("«%s» is no alarm", (text) => {
    expect(cuesAlone(text)).toBeNull();
  });
});

describe("their danger twins still alarm", () => {
  it.each([
    ["voglio andarmene per sempre da questo mondo", "self_harm"],
    ["sono stanca, voglio andarmene per sempre", "self_harm"],
    ["voglio sparire per sempre", "self_harm"],
    ["me quiero morir, no aguanto más", "self_harm"],
    ["хочу исчезнуть навсегда", "self_harm"],
    ["penso sempre alla morte", "self_harm"],
    ["mi sento morire, ho un dolore al petto", "collapse"],
    ["my mother says she wants to die, she stopped eating", "self_harm"],
    ["mio padre è sparito da ieri, ha l'Alzheimer", "collapse"],
    ["papà non riesce ad alzarsi dal letto e respira male", "collapse"],
    ["there's no point in living anymore", "self_harm"],
  ])("«%s» alarms (%s)", (text, kind) => {
    expect(cuesAlone(text)?.kind).toBe(kind);
  });
});

describe("dangers the cues missed are heard", () => {
  it.each([
    ["mi abuela no contesta el teléfono desde ayer, vive sola", "collapse"],
    ["ma grand-mère ne répond pas au téléphone depuis hier, elle vit seule", "collapse"],
    ["a minha avó não atende o telefone desde ontem", "collapse"],
    ["bunica nu răspunde la telefon de ieri", "collapse"],
    ["бабушка не отвечает на телефон со вчерашнего дня", "collapse"],
    ["бабуся не відповідає на телефон з учора", "collapse"],
    ["meu marido disse que hoje à noite me mata", "violence"],
    ["my partner said tonight I'll pay for calling my mum", "violence"],
  ])("«%s» alarms (%s)", (text, kind) => {
    expect(cuesAlone(text)?.kind).toBe(kind);
  });
});

describe("a request is the background of the collapse told before it, not of one told after it", () => {
  it.each([
    "mia madre è caduta a terra in cucina, avrei bisogno di una badante",
    "la nonna è caduta dalle scale, avremmo bisogno di un'infermiera a casa",
    "caut de lucru ca badantă, am experiență cu bătrâni care nu se pot ridica singuri",
    "cerco lavoro come badante, ho esperienza con anziani che cadono a terra e non si rialzano",
    "I'm looking for work as a carer, I have experience with elderly people who fall and can't get up",
  ])("«%s» is no alarm", (text) => {
    expect(cuesAlone(text)).toBeNull();
  });

  it.each([
    "avrei bisogno di una badante, stamattina l'ho trovata a terra e non riesce a parlare bene",
    "cerco una badante, ma poco fa ho trovato mio padre a terra in bagno e non risponde",
    "we need a carer for mum. this morning I found her on the floor and she can't speak",
    "ho esperienza come infermiera: mia madre è a terra e non respira",
    // what was over before the request does not cover today's news told after it
    "da mesi cerchiamo una badante per papà, ma adesso non risponde e si sente un lamento dal bagno",
  ])("«%s» alarms", (text) => {
    expect(cuesAlone(text)?.kind).toBe("collapse");
  });

  it("«da anni cerchiamo una badante, è caduta l'anno scorso …» stays a need", () => {
    expect(
      cuesAlone("da anni cerchiamo una badante, mia madre è caduta l'anno scorso e non si rialza"),
    ).toBeNull();
  });
});

describe("a pause that trails off goes on in the same sentence", () => {
  it("«mi perseguita... con le sue canzoni» is about the songs", () => {
    expect(
      cuesAlone("la signora di sopra mi perseguita... con le sue canzoni alle sei del mattino"),
    ).toBeNull();
  });
  it("a danger after the pause, or a new sentence after a full stop, still alarms", () => {
    expect(cuesAlone("il mio ex mi perseguita... ieri mi ha seguita fino a casa")?.kind).toBe(
      "violence",
    );
    expect(cuesAlone("il mio ex mi perseguita. Canzoni alla radio non ne ascolto più")?.kind).toBe(
      "violence",
    );
  });
});
