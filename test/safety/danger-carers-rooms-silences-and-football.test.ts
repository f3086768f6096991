import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * Dangers danger-dev-39's writer (a night taxi driver) told in words no cue read, and the same
 * dangers in the other languages the bot reads: a man of the family a live-in carer works for
 * who comes into her room at night, an old person kept locked in a room, kept at home, bruises
 * and no talking alone with the parent, a stranger at home who says he is from the gas, screams
 * then silence, an old neighbour not seen for days (the milk, the shutters, the lights), a door
 * being broken down, an arm grabbed hard, a chest pain down the left arm, choking with shaking
 * hands, walking into traffic or under a train thought of, joining a son who died, «tanto
 * domani non ci sono più». A threat shouted about football is no danger. Their look-alikes stay
 * quiet. Sentences of our own.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("a danger told in these words is an alarm", () => {
  it.each([
    "faccio la badante fissa, il nipote della signora di notte viene nella mia stanza",
    "lavoro come colf, quando apro mi entra in camera mia e non ha la chiave la porta, ho paura",
    "trabajo de interna y el hijo de la señora por la noche entra en mi habitación",
    "fiul doamnei intră noaptea în camera mea, ușa nu are cheie",
    "син пані вночі заходить до моєї кімнати, я боюся",
    "сын хозяйки ночью заходит ко мне в комнату",
    "o filho da senhora entra no meu quarto à noite",
    "le fils de la dame entre dans ma chambre la nuit",
    "yung anak ng amo ko tuwing gabi pumapasok sa kwarto ko",
    "my aunt keeps grandpa locked in his room all day",
    "la tienen encerrada en su cuarto y no me dejan verla",
    "her son has bruises on his arms and he won't let me be alone with her",
    "mia sorella dice che il marito non la fa uscire di casa da giorni",
    "la nonna è in casa con due uomini che dicono di essere dei carabinieri",
    "abbiamo sentito urlare e dei colpi dal piano di sopra, poi silenzio",
    "la signora del terzo da tre giorni non ritira la posta",
    "non lo vedo da lunedì e ha le luci accese anche di giorno",
    "nonno non risponde al cell da stamattina",
    "someone is screaming next door, then silence",
    "se oían gritos de una niña en el piso de al lado y luego silencio",
    "on entendait des cris chez la voisine, puis plus rien",
    "ouvi gritos no apartamento ao lado e depois silêncio",
    "am auzit țipete la vecini și apoi liniște",
    "чула крики в сусідів, а потім тиша",
    "слышала крики у соседей, а потом тишина",
    "mi abuela está en casa con dos hombres que dicen ser del gas",
    "ma grand-mère est chez elle avec deux hommes qui disent être du gaz",
    "a minha avó está em casa com dois homens que dizem ser da companhia do gás",
    "bunica e acasă cu doi bărbați care zic că sunt de la gaze",
    "my brother is kicking the bathroom door down, my mum is inside",
    "my boss twisted my wrist so hard it went blue",
    "ho un peso al petto e un formicolio al braccio sinistro",
    "me duele el pecho y se me va al brazo izquierdo",
    "боль в груди отдаёт в левую руку",
    "mi sento soffocare, il cuore batte fortissimo e tremo",
    "sometimes I think about stepping in front of a bus",
    "a veces pienso en tirarme bajo un tren",
    "mă gândesc să mă arunc în fața unei mașini",
    "da quando è morta mia moglie penso solo di andarmene anch'io",
    "mi ha detto che tanto domani non ci sarà più",
  ])("«%s»", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});

describe("their look-alikes stay quiet", () => {
  it.each([
    "il figlio della signora entra in camera per portarle la cena, cerco una badante di giorno",
    "el hijo de la señora entra en mi habitación para traerme la cena, es muy amable",
    "mia madre è morta di tumore e ho paura di morire anch'io di tumore, fate prevenzione?",
    "mio fratello è andato in Germania e vorrei andarmene anch'io da Milano",
    "domani non ci sono, passo venerdì a prendere la pratica",
    "il bambino ha pianto un'ora poi silenzio, finalmente dorme",
    "i bambini urlavano in cortile poi silenzio, era l'intervallo",
    "les enfants criaient dans la cour puis le silence, c'était la récré",
    "os vizinhos gritavam por causa do jogo, depois silêncio",
    "la tapparella è rotta, è giù da due giorni, cercate un tecnico?",
    "mi sento soffocare da mia madre, vuole sapere tutto",
    "the builders were banging for an hour and then it stopped, finally quiet",
    "grandma was lying on the sofa watching tv, she needs a carer in the afternoon",
    "my mum holds my arm when we walk, she is 90",
    "mi fa male il braccio sinistro dopo il vaccino",
    "I locked myself out of my flat, does the WeMi space help with keys?",
    "un cliente urlava al telefono «ti ammazzo», parlava della partita, poi mi ha chiesto dei corsi",
    "he was yelling 'I'll kill you' on the phone, he was talking about the match",
    "gritaba «te mato» por teléfono, hablaba del partido",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("a carer who has left the family where she was hurt, asking for work again", () => {
  it.each([
    "il nonno che assistevo mi ha spinta per la demenza, ho già cambiato famiglia e cerco di nuovo lavoro",
    "la signora mi ha graffiata, non lavoro più da lei, ora cerco lavoro come colf",
    "the son of the lady I cared for hit me, I left that family, now I'm looking for a job",
  ])("gets the need and the gentle line, not the alarm: «%s»", (text) => {
    const verdict = detect.verdict?.(text);
    expect(verdict?.signal).toBeNull();
    expect(verdict?.caution).toBeDefined();
  });

  it.each([
    "mi picchiava e ieri è tornato, cerco di nuovo lavoro",
    "mio marito mi picchia di nuovo, cerco lavoro",
    "il figlio della signora mi ha spinta, ho già cambiato famiglia",
  ])("keeps the alarm when it is back, goes on or asks nothing: «%s»", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});
