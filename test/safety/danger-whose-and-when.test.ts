import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadDangerDetector } from "../../src/safety/danger.js";

/**
 * Whose danger, and when (issue 8 point 7): a wish to die told of someone else or of «one», a
 * «he is not joking» that makes it serious, a fear of going home after a blow, a decision taken
 * when everything seems useless; and the ordinary stories that share their words: violence
 * told of a childhood, a bite from a dog, a threat to the bot's menu, an attempt told as behind
 * a family now in care, a panic about a form. Sentences of our own, not a writer's; read by the
 * cues alone, so that no model trained on the development writers helps.
 */
const detect = loadDangerDetector(join(PROJECT_ROOT, "locales"));

describe("someone else, or «one», who no longer wants to live is a wish to die", () => {
  it.each([
    "mio fratello dice che non ce la fa più a vivere così",
    "se una persona non ce la fa più a vivere, a chi può scrivere?",
    "mi hermana me dijo que ya no quiere vivir",
    "my friend texted me that she doesn't want to live anymore",
    "mon frère m'a dit qu'il ne veut plus vivre",
    "a minha vizinha diz que já não quer viver",
    "prietena mea mi-a scris că nu mai vrea să trăiască",
    "подруга написала, что больше не хочет жить",
    "мій друг каже, що більше не хоче жити",
    "أختي تقول إنها لا تريد أن تعيش بعد الآن",
    "motra ime thotë që nuk do të jetojë më",
    "sabi ng kapatid ko ayaw na niyang mabuhay",
    "أخي يقول إنه سيقتل نفسه",
  ])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("self_harm");
  });
});

describe("«he is not joking» makes a threat to his own life serious, not a joke", () => {
  it.each([
    "mio figlio dice che si vuole buttare dalla finestra, non sta scherzando",
    "my brother says he will jump off the bridge, he's not joking this time",
    "mi primo dice que se quiere matar, no está bromeando",
    "mon fils dit qu'il veut se tuer, il ne plaisante pas",
    "o meu irmão diz que se quer matar, não está a brincar",
    "fratele meu zice că vrea să se omoare, nu glumește",
    "我哥哥说他要自杀，他不是开玩笑",
  ])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("self_harm");
  });
});

describe("a blow, or a fear of going home because of someone, is violence", () => {
  it.each([
    "el m'ha daa on sgiaffon, sont in strada",
    "gh'hoo paura a tornà a cà, lu l'è ciucch",
    "I'm scared to go home, he's drunk and angry",
    "tengo miedo de volver a casa, él está borracho",
    "j'ai peur de rentrer à la maison, il est ivre",
    "tenho medo de voltar para casa, ele está bêbado",
    "mi-e frică să mă întorc acasă, e beat",
    "боюсь возвращаться домой, он опять пьяный",
    "أخاف أن أعود إلى البيت، زوجي سكران",
    "kam frikë të kthehem në shtëpi, burri është i dehur",
    "takot akong umuwi, lasing ang asawa ko",
    "我不敢回家，我丈夫喝醉了",
  ])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });
});

describe("everything useless and a decision already taken is a wish to die", () => {
  it.each([
    "lasciate stare, tanto è tutto inutile, ho già deciso",
    "never mind, it's all pointless anyway, I've already decided",
    "déjalo, todo es inútil, ya lo he decidido",
    "laissez tomber, tout est inutile, j'ai déjà décidé",
    "deixem estar, é tudo inútil, já decidi",
    "كل شيء بلا فائدة، لقد قررت",
  ])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("self_harm");
  });

  it("a useless call and a decision to come in person is no alarm", () => {
    expect(
      detect("è inutile chiamare il numero verde, ho già deciso di venire allo sportello"),
    ).toBeNull();
  });
});

describe("a child's «when she was small» may be last year, a past that goes on is now: alarms", () => {
  it.each([
    "il patrigno picchiava mio nipote quando era piccolo e ora lo vuole riportare a casa con sé",
    // years ago, and still now
    "几年前他开始打我，现在还打我",
  ])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });
});

describe("shouts with no harmless reason, or a fall that bleeds a lot, still alarm", () => {
  it.each([
    ["sento urla dalla casa accanto, lui la picchia", "violence"],
    ["mia madre è caduta, sanguina molto dalla testa", "collapse"],
  ])("«%s» (%s)", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });
});

describe("a carer's or a worker's exhaustion told with its load is tiredness, not a wish to die", () => {
  it.each([
    "ya no puedo más, cuido a mi padre sola y necesito un respiro",
    "ya no aguanto más los turnos de noche, busco otro trabajo",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    "ya no aguanto más, cuido a mi madre y quiero morirme",
    "ya no puedo más con mi vida, cuido a mi madre sola",
  ])("a life one cannot bear, said with it, still alarms: «%s»", (text) => {
    expect(detect(text)?.kind).toBe("self_harm");
  });
});

describe("ordinary stories that share their words are not alarms", () => {
  it.each([
    // violence told of a childhood, now a request for care
    "nostra madre era violenta con noi quando eravamo bambini, ora ha l'Alzheimer e cerchiamo una badante",
    "mi padre nos pegaba cuando éramos pequeños, ahora está enfermo y buscamos una cuidadora",
    "mon père nous frappait quand nous étions petits, maintenant il est malade et seul",
    "o meu pai batia-nos quando éramos pequenos, agora está doente e precisa de uma cuidadora",
    "our father was violent with us when he was younger, now he needs a carer",
    // violence years ago, fine now, looking for work
    "几年前我丈夫打我，现在我很好，在找工作",
    // a bite or an attack by a dog, some time ago
    "la nonna è stata aggredita da un cane al parco, adesso ha paura di uscire da sola",
    "mio padre è stato morso da un cane, ora esce solo accompagnato",
    "my mum was attacked by a dog in the park and now she's afraid to go out alone",
    "a mi madre la mordió un perro en el parque y ahora no quiere salir sola",
    "ma mère a été attaquée par un chien au parc, elle a peur de sortir seule",
    // a threat to the bot's menu
    "ti ammazzo se mi mandi ancora il menu, voglio parlare con una persona",
    "I'll kill you if you send me that menu again, give me a human",
    "te mato si me vuelves a mandar el menú, quiero hablar con una persona",
    // someone else's attempt, told as behind a family now in care
    "mia cugina ha tentato il suicidio l'anno scorso, adesso sta meglio e segue un percorso; sua madre vorrebbe conoscere altre famiglie",
    "my nephew attempted suicide last year, he's in therapy now and his mum would like to meet other families",
    // not wanting to live alone, or to walk home alone at night
    "la nonna non vuole più vivere da sola, cerchiamo una badante",
    "my mum doesn't want to live alone anymore, we need a carer",
    "mi abuela ya no quiere vivir sola, buscamos una cuidadora",
    "أمي لا تريد أن تعيش وحدها، نبحث عن مرافقة",
    "takot akong umuwi mag-isa sa gabi, may kasama ba?",
    "I'm scared to go home alone at night through the park",
    // a noise explained as harmless, a little blood from a paper cut
    "sento urla dal cortile ogni sera, sono i ragazzi che giocano a pallone",
    "ho sentito un tonfo fortissimo, era il vicino che spostava un armadio",
    "mia figlia si è tagliata con un foglio di carta, sanguina un po', serve il cerotto?",
    // a panic about a form or a deadline
    "I'm freaking out about my tax return deadline, it's on Monday",
    "panicking over the residence permit forms again",
    "sono in panico per la scadenza dell'ISEE, chi mi aiuta con il modulo?",
    "estoy en pánico por el plazo del ISEE, ¿quién me ayuda?",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});
