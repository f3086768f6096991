import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadDangerDetector, readDanger } from "../../src/safety/danger.js";

/**
 * The kinds of danger a new writer tells that the cues did not hear in every language (issue 8
 * point 7): a frail person missing, a neighbour not seen for days, chest pain or no breath, an
 * indirect farewell, violence told as if it were nothing. Read by the cues alone, so that no
 * model trained on the development writers helps.
 */
const detect = loadDangerDetector(join(PROJECT_ROOT, "locales"));

describe("a frail person gone missing is an emergency in every language", () => {
  it.each([
    "мій дідусь з деменцією пішов з дому і не повернувся, надворі мороз",
    "ma grand-mère atteinte d'Alzheimer a quitté la maison, on ne la trouve plus et il fait très froid",
    "meu avô tem demência e saiu de casa, não conseguimos encontrá-lo e está frio",
    "у бабушки деменция, она ушла из дома и не вернулась, на улице холодно",
    "ang lola ko ay may dementia at umalis ng bahay, hindi namin siya mahanap",
    "جدتي مصابة بالخرف وخرجت من البيت ولا نجدها",
    "my mother in law has alzheimer's and hasn't come back from her walk, it's been four hours and it's snowing",
    "mamá tiene alzhéimer, se fue esta mañana y todavía no ha vuelto, está helando",
    "tata are alzheimer, a ieșit azi dimineață și nu s-a mai întors",
  ])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("collapse");
  });
});

describe("a neighbour who has not opened the door for days is an emergency", () => {
  it.each([
    "haven't seen the old man next door since sunday, his lights are on and he won't answer",
    "my neighbour is 90 and nobody has seen her for four days, the curtains haven't moved",
    "mi vecina mayor no abre la puerta desde hace tres días",
    "el vecino mayor de enfrente no da señales de vida desde el lunes",
    "vecina mea în vârstă nu mai deschide ușa de trei zile",
    "сусідка похилого віку вже кілька днів не відчиняє двері",
    "ma voisine âgée n'ouvre plus sa porte depuis trois jours",
    "a minha vizinha idosa não abre a porta há três dias",
    "пожилая соседка не открывает дверь уже три дня",
  ])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("collapse");
  });
});

describe("chest pain, no breath, a face that drops: an emergency", () => {
  it.each([
    "she's struggling to breathe and her lips are going blue",
    "my husband suddenly can't lift his arm and his speech is slurred",
    "у чоловіка сильний біль у грудях, він не може дихати",
    "у мамы сильная боль в груди, она не может дышать",
    "أبي لديه ألم شديد في الصدر ولا يستطيع التنفس",
    "mon mari a une douleur dans la poitrine et n'arrive plus à respirer",
    "hindi makahinga ang tatay ko at masakit ang dibdib niya",
    "babai ka dhimbje të forta në gjoks dhe nuk merr dot frymë",
    "soțul meu are o durere puternică în piept și transpiră rece",
    "mio padre ha un dolore fortissimo al braccio sinistro e al petto, è pallido",
    "جدتي سقطت ولا تستطيع النهوض",
  ])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("collapse");
  });
});

describe("an indirect farewell is heard as thoughts of suicide", () => {
  it.each([
    "soon i won't be a burden to anyone anymore",
    "i just wanted to say goodbye before i go, i'm tired of everything",
    "ya he dejado todo en orden, pronto no seré una carga para nadie",
    "am pus totul în ordine, curând nu voi mai fi o povară pentru nimeni",
    "я все владнала, скоро я нікому не буду тягарем",
    "j'ai tout rangé, bientôt je ne serai plus un fardeau pour personne",
    "já deixei tudo arrumado, em breve não serei mais um peso para ninguém",
    "я всё уладил, скоро я ни для кого не буду обузой",
    "c'est mon dernier message, merci pour tout, adieu",
    "este é o meu último adeus, cuidem da minha filha",
    "мені вже все одно, прощавайте всі",
    "ho sistemato tutte le mie cose, tanto presto non servirò più a nessuno",
    "думаю о том, чтобы уйти из жизни",
    "ya no tiene sentido vivir, quiero desaparecer",
  ])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("self_harm");
  });
});

describe("violence told as if it were nothing is still violence", () => {
  it.each([
    "niente di che, ogni tanto mi dà qualche spinta quando si arrabbia",
    "non è violento, solo a volte mi stringe forte il braccio finché non piango",
    "não é nada de grave mas quando bebe aperta-me o pescoço",
    "ce n'est rien de grave mais quand il boit il me serre le cou",
    "nu e chiar grav, doar mă împinge când e beat",
  ])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });
});

describe("what only sounds like it is no alarm", () => {
  it.each([
    // a thing, not a person, does the killing
    "este trabalho está a matar-me, procuro emprego de limpeza",
    "chiria asta mă omoară, există ajutor pentru locuință?",
    // a child's push at school, told by the parent
    "mio figlio a scuola ha litigato con un compagno, gli ha dato una spinta, cosa posso fare?",
    // feeling a burden to one's daughter, asking for a carer
    "sono un peso per mia figlia da quando non cammino, vorrei una badante così lei respira",
    // a carer one no longer likes, not a person missing
    "non la troviamo più simpatica la badante, possiamo cambiarla?",
    // thoughts of suicide told as over, now looking for work
    "колись у мене були думки про самогубство, але зараз усе добре, шукаю роботу",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("someone else's story told calmly gets the need and one gentle line, not the alarm", () => {
  it.each([
    "mia nonna ogni tanto dice che è stanca di vivere, poi si mette a ridere e va a ballare",
    "mio nonno a volte dice che vorrebbe morire, ma poi guarda la partita e ride",
    "la nostra colf è stata picchiata da un ladro in metro, ha bisogno di un patronato per la pratica?",
    "my grandma sometimes says she's tired of living, then she laughs and asks for cake",
  ])("«%s»", (text) => {
    const verdict = readDanger(detect, text);
    expect(verdict.signal).toBeNull();
    expect(verdict.caution).toBeDefined();
  });

  it.each([
    "a volte penso che sarebbe meglio non esserci più",
    "mia madre è stata picchiata stasera da mio fratello",
    "sometimes I think about killing myself",
  ])("the citizen's own, or now, is still an alarm: «%s»", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});

describe("a mishap or a boss that 'kills' or 'drives crazy' is a figure of speech", () => {
  it.each([
    "voglio morire, ho dimenticato il badge a casa e oggi c'è la riunione",
    "il mio vicino mi fa impazzire con il trapano la domenica",
    "mă omoară naveta asta, caut ceva mai aproape",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("a farewell on a bridge, a stalker coming for the family: heard", () => {
  it.each([
    ["I want the pain to stop, I'm sitting on the ledge", "self_harm"],
    ["he sends me pictures of my house every night and says he's coming for us", "violence"],
    ["gusto ko na po mamatay, wala nang saysay ang buhay ko", "self_harm"],
  ])("«%s» is %s", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });
});

describe("a service named for violence or suicide is a practical question, not an alarm", () => {
  it.each([
    "c'è una casa rifugio per donne maltrattate che cerca volontarie?",
    "is there a support group for people bereaved by suicide?",
    "¿hay algún curso para voluntarios contra la violencia de género?",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    "mi maltratta, c'è un numero da chiamare?",
    "sono vittima di violenza, c'è un centro antiviolenza?",
  ])("the citizen's own violence before the question still alarms: «%s»", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });
});
