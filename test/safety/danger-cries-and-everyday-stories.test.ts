import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadDangerDetector } from "../../src/safety/danger.js";

/**
 * A call for help or a fear said alone, or after a greeting, is heard (issue 8 point 7); so are
 * new ways of saying danger: a goodbye sent and then silence, a call for help behind a door, a
 * cut deeper than usual, a split lip written in secret. The ordinary stories of families and
 * carers that share their words stay quiet: a parent's fall of last month, a hospital stay, a
 * carer who cannot go on with the load. Sentences of our own, not a writer's; read by the cues
 * alone, so that no model trained on the development writers helps.
 */
const detect = loadDangerDetector(join(PROJECT_ROOT, "locales"));

describe("a call for help or a fear, alone or after a greeting, is distress", () => {
  it.each([
    "aiuto!",
    "ciao aiuto",
    "buonasera, aiutatemi",
    "ho paura",
    "ciao ho paura",
    "buongiorno, ho tanta paura",
    "hello, help",
    "hi, I'm scared",
    "hola, ayuda",
    "hola tengo miedo",
    "bonjour, j'ai peur",
    "olá, tenho medo",
    "bună ziua, mi-e frică",
    "привет, мне страшно",
    "привіт, мені страшно",
    "🆘",
    "🆘🆘🆘",
  ])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("distress");
  });
});

describe("a fear or a call that goes on is read for what it says", () => {
  it.each([
    "ciao, cerco aiuto per mia madre",
    "ho paura di non trovare lavoro",
    "non ho paura",
    "ciao, ho paura di aver sbagliato il modulo",
    "hi, I'm scared of the exam next week",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("a goodbye sent, then silence, is a wish to die", () => {
  it.each([
    "la mia amica mi ha scritto «vi voglio bene, addio» e ora ha il cellulare spento",
    "my friend texted «goodbye, sorry for everything» and now her phone is off",
    "mi prima me mandó «adiós, perdón por todo» y ya no contesta",
    "mon amie m'a écrit adieu et son téléphone est éteint",
    "minha amiga mandou adeus e agora o telefone está desligado",
    "подруга написала «прощайте» и теперь не отвечает",
  ])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("self_harm");
  });
});

describe("cuts told by the one who makes them are self-harm, a kitchen's are not", () => {
  it.each([
    "me corté más profundo que otras veces",
    "je me suis coupée plus profond que d'habitude",
    "me cortei mais fundo do que o normal",
    "я порезала себе руки сильнее чем обычно",
  ])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("self_harm");
  });
  it.each([
    "me corté el dedo cocinando, ¿hay un centro de salud cerca?",
    "je me suis coupé le doigt en cuisinant",
    "me cortei o dedo a cozinhar",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("a call for help behind a door, or a face hurt written in secret, is violence", () => {
  it.each([
    "sento la signora di sopra che chiama aiuto ma nessuno apre",
    "oigo a la vecina pedir ayuda detrás de la puerta",
    "ti scrivo di nascosto, lui dorme di là, ho il labbro gonfio",
    "I'm texting in secret, he's asleep, I have a black eye",
    "escribo a escondidas, tengo el labio partido",
  ])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });
  it("a mother who calls for help to climb the stairs asks for a carer", () => {
    expect(detect("mia madre chiama aiuto per fare le scale, cerchiamo una badante")).toBeNull();
  });
});

describe("families' and carers' everyday stories stay quiet", () => {
  it.each([
    "мама в прошлом месяце упала и теперь почти не встает, ищем сиделку",
    "в прошлом месяце упала и теперь почти не встает",
    "мама минулої зими впала і тепер майже не ходить",
    "ma mère est tombée l'hiver dernier, depuis elle marche avec une canne",
    "the lady I care for was taken to hospital last night with chest pain, will I still be paid?",
    "ieri sera mio padre è svenuto al ristorante, in ospedale dicono che era un calo di pressione",
    "my mum fainted on Sunday, she's back home now and we need meals delivered",
    "I can't take it anymore, I look after my dad on my own, I need a break",
    "I can't go on like this, caring for my mum with dementia alone, is there respite?",
    "i vicini litigano e si sentono urla, ma poi fanno pace; a chi lo dico per il rumore?",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
  it.each([
    ["I can't take it anymore, I want to die", "self_harm"],
    ["мама упала и не встает", "collapse"],
    ["she collapsed and isn't breathing, she's still on the floor", "collapse"],
  ])("but «%s» is still danger", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });
});

describe("a noise explained as harmless in its own sentence stays quiet, in every language", () => {
  it.each([
    "ogni sera sento colpi dal piano di sopra, credo stiano facendo lavori",
    "I hear banging from upstairs every night, I think they're doing DIY",
    "there's yelling from the flat below when the football is on",
    "se oyen gritos del piso de arriba, creo que es la tele",
    "j'entends des cris chez les voisins quand il y a du foot",
    "se aud țipete de la vecini când e meci",
    "слышу крики у соседей, наверное телевизор",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
  it.each([
    "sento urla dal piano di sopra, non credo sia la tv, lui la picchia",
    "I hear screaming next door, it's not the TV, he's hitting her",
    "j'entends des cris chez les voisins, c'est pas la télé, il la frappe",
    "слышу крики у соседей, это не телевизор, он её бьёт",
  ])("but «%s» is violence", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });
});

describe("someone who does not answer because they are away, safe, is no collapse", () => {
  it.each([
    "la vicina non risponde al telefono da ieri, ma la figlia dice che è in vacanza con lei",
    "my elderly neighbour hasn't answered since Monday, her son says she's staying with him",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
  it("but one who does not answer and is at home alone is", () => {
    expect(
      detect("my neighbour hasn't answered since Monday and her curtains are closed")?.kind,
    ).toBe("collapse");
  });
});

describe("work, heat, bad luck or a boss's e-mails that «kill» or «chase» are figures of speech", () => {
  it.each([
    "mă omor cu munca, caut o bonă pentru copii",
    "hârtiile astea mă omoară, mă ajutați cu ISEE?",
    "me persigue la mala suerte, primero la caldera y luego el coche",
    "il mio capo mi perseguita con le mail anche di notte, vorrei cambiare lavoro",
    "my manager keeps chasing me with emails at night, I want a new job",
    "mi madre siempre dice «total me voy a morir pronto», buscamos compañía",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
  it.each([
    ["mă omor, nu mai vreau să trăiesc", "self_harm"],
    ["mi perseguita il mio ex, è sotto casa", "violence"],
    ["me persigue mi ex por la calle", "violence"],
  ])("but «%s» is danger", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });
});

describe("someone else's attempt, now in care, told by a family asking for a group gets the gentle line", () => {
  it.each([
    "mi primo intentó suicidarse el año pasado, ahora está en tratamiento; sus padres buscan un grupo de familias",
    "o meu primo tentou suicidar-se no ano passado, agora está em tratamento; os pais procuram um grupo de famílias",
    "vărul meu a încercat să se sinucidă anul trecut, acum e în terapie; părinții caută un grup de sprijin",
    "мой двоюродный брат пытался покончить с собой в прошлом году, сейчас лечится; родители ищут группу поддержки",
  ])("«%s»", (text) => {
    const verdict = detect.verdict?.(text);
    expect(verdict?.signal).toBeNull();
    expect(verdict?.caution?.kind).toBe("self_harm");
  });
  it.each([
    "mi hermano está en tratamiento pero esta noche dice que se va a suicidar",
    "мой брат сейчас лечится, но вчера сказал что покончит с собой, ищем группу",
  ])("but a threat told after the care is still danger: «%s»", (text) => {
    expect(detect(text)?.kind).toBe("self_harm");
  });
});

describe("a shaving cut, a GPS for a grandad who gets lost, an ex who keeps the children: no danger", () => {
  it.each([
    "I cut myself shaving this morning, nothing serious; do you run evening Italian classes?",
    "me he cortado afeitándome, nada grave; ¿hay clases de italiano por la tarde?",
    "we put a GPS tracker on my grandad's phone because he gets lost, we'd also like someone to visit",
    "my ex won't let me see the kids for two weeks, can I talk to a lawyer?",
    "no puedo respirar con tanto papeleo del ayuntamiento, ¿me ayudáis?",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
  it.each([
    ["I cut myself on purpose tonight", "self_harm"],
    ["he put a GPS tracker on my car and follows me everywhere", "violence"],
    ["my husband won't let me see my family", "violence"],
    ["no puedo respirar, me ahogo", "distress"],
  ])("but «%s» is danger", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });
});

describe("a threat reported without «that» is not taken for a figure of speech", () => {
  it("«my ex won't let me see the kids and says he'll kill me…» is violence", () => {
    expect(
      detect("my ex won't let me see the kids and says he'll kill me if I go to court")?.kind,
    ).toBe("violence");
  });
  it.each([
    "the kids are killing me today lol, need a babysitter",
    "my boss says this job will kill me, I need a new one",
  ])("while «%s» stays a figure of speech", (text) => {
    expect(detect(text)).toBeNull();
  });
});
