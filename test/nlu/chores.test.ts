import { beforeAll, describe, expect, it } from "vitest";
import { choresToldByPiece, toldChore } from "../../src/nlu/chores.js";
import { type IntentClassifier, loadClassifier } from "../../src/nlu/index.js";
import { plainWords } from "../../src/nlu/told-need.js";
import { catalogueReading } from "../support/other-words.js";

let classifier: IntentClassifier;
beforeAll(async () => {
  classifier = await loadClassifier();
});

// Messages written for these tests, in my own words.
describe("a story that tells which chore has become hard gets that chore's need", () => {
  it.each([
    // Found by qa: refusing someone close is not refusing help with the house.
    [
      "Mia zia ha 82 anni e non vuole nessuno che le stia vicino. Però pulire i vetri è faticoso",
      "colf",
    ],
    [
      "Mio nonno ha 88 anni e abita a Lorenteggio, portare su la spesa fino al quarto piano ormai è troppo per lui",
      "spesa_domicilio",
    ],
    [
      "My aunt is 80 and lives by herself in Baggio. Her back is bad and the housework is too much for her now.",
      "colf",
    ],
  ])("%j is read as %s", (text, need) => {
    expect(classifier.classify(text)).toMatchObject({ intent: need, ambiguous: false });
  });

  it.each([
    // A chore talked of, not told hard: no need.
    "la signora delle pulizie viene il venerdì mattina",
    "which product gets limescale off the kitchen tiles?",
  ])("%j stays out of scope", (text) => {
    expect(classifier.classify(text).intent).toBeNull();
  });
});

// Messages written for these tests, in my own words: the shopping told by the bags a neighbour
// carried from a named shop, a shop she can no longer reach, a fridge empty already.
describe("the shopping told by the bags carried from the shop, or a fridge empty already", () => {
  it.each([
    "Le portavo io le borse dalla Coop, ma ora cambio casa e lei al supermercato da sola non ci arriva",
    "Mio padre sta bene e cucina ancora, ma lo vedo solo il sabato e il martedì il frigo è già vuoto",
  ])("%j is the shopping", (text) => {
    expect(toldChore(plainWords(text))).toBe("spesa_domicilio");
  });

  it("bags from a shop, told with nothing hard, are no need", () => {
    expect(
      toldChore(plainWords("ho lasciato le borse dell'Esselunga in macchina")),
    ).toBeUndefined();
  });
});

// Messages written for these tests, in my own words: meals told by the few staples someone lives on.
describe("meals told by living on a few staples", () => {
  it.each([
    "My grandad has been living on biscuits and tea since grandma went into hospital",
    "Da quando è rimasto solo mio zio va avanti a grissini e latte",
    // Eating only bread or biscuits, in the other languages (session 31).
    "mi tío vive solo en Baggio y come solo galletas con té",
    "a minha tia só come pão com manteiga desde que caiu",
    "unchiul meu stă singur și mănâncă numai pâine cu brânză",
    "дядько живе сам і їсть лише печиво",
    "бабушка одна, ест только хлеб с чаем",
    "xhaxhai jeton vetëm dhe ha vetëm bukë e djathë",
  ])("%j is meals", (text) => {
    expect(toldChore(plainWords(text))).toBe("pasti_domicilio");
  });

  it.each([
    "my aunt is living on her pension alone",
    // Bread bought, not eaten alone for want of meals.
    "mi papá compra el pan cada mañana en la panadería",
  ])("%j is no meal", (text) => {
    expect(toldChore(plainWords(text))).toBeUndefined();
  });
});

describe("the chore a message tells hard", () => {
  it.each([
    ["non riesce più a cucinare da sola", "pasti_domicilio"],
    ["carrying the shopping upstairs is beyond her", "spesa_domicilio"],
    ["stirare è diventato impossibile con l'artrite", "colf"],
    // Hard for a while ahead: after an operation, a fracture.
    ["dopo l'intervento per qualche settimana non potrà stare ai fornelli", "pasti_domicilio"],
    [
      "with the cast on his wrist he won't be able to use the cooker for a month",
      "pasti_domicilio",
    ],
    // The stove forbidden for a while (session 21).
    ["dopo l'operazione agli occhi per tre settimane niente fornelli", "pasti_domicilio"],
    ["the doctor says cooking is not allowed until the burns heal", "pasti_domicilio"],
    // A pronoun between the negation and its verb; a chore named as the problem.
    ["con la spalla rotta non ci riesce più a stirare", "colf"],
    ["fare la spesa è il problema, il resto lo gestisce", "spesa_domicilio"],
    // Meals' toll: weight lost or meals skipped where cooking was someone else's.
    ["cucinava sempre la mamma, da quando non c'è più papà ha perso sei chili", "pasti_domicilio"],
    ["since his wife died nobody does the cooking and he skips meals", "pasti_domicilio"],
    [
      "since grandma died he has lost a lot of weight, she always did the cooking",
      "pasti_domicilio",
    ],
    // Or the gas left on, the pan burnt, nothing to eat (session 21b).
    [
      "a cucinare ci prova ancora, ma dimentica il gas acceso e ha quasi bruciato la pentola",
      "pasti_domicilio",
    ],
    ["he forgot the pan on the stove twice, now there's nothing to eat", "pasti_domicilio"],
    // The shopping's toll: the fridge empty, or filled by someone else.
    ["da quando non esce più il frigo è sempre vuoto", "spesa_domicilio"],
    ["il frigo glielo riempio io il sabato", "spesa_domicilio"],
    // Care of one's own body told hard: someone beside them (session 22).
    ["dalla frattura non riesce più a farsi il bagno da solo", "badante"],
    ["my gran can't get out of the bath on her own anymore", "badante"],
    // No strength left for the house.
    ["la sera non ho più la forza di stirare", "colf"],
    // The bags carried, the legs that no longer hold, the stove kept from, a feat (session 27).
    ["le ginocchia non lo reggono più quando porta su le borse", "spesa_domicilio"],
    ["le borse del supermercato per lei sono un'impresa", "spesa_domicilio"],
    ["ai fornelli non la lasciamo più da sola, ha bruciato tre padelle", "pasti_domicilio"],
  ])("%j is %s", (text, need) => {
    expect(toldChore(plainWords(text))).toBe(need);
  });

  it.each([
    // Two chores: the model chooses, not the cue.
    "non riesce più né a cucinare né a pulire",
    // Hard, but no chore.
    "mia madre non riesce più a stare sola",
    // Washing talked of, nothing hard; a shower that is broken, not someone who cannot.
    "la mattina mio padre si fa la doccia e poi esce a prendere il giornale",
    // A chore, nothing hard.
    "mio padre cucina benissimo",
    "we bought a new oven and it's great",
    // Weight lost beside another chore, or alone, is no meals wanted.
    "ho perso tre chili facendo le pulizie di primavera",
    "mio padre ha perso dieci chili con la dieta, sta benissimo",
    // Nothing to eat beside another chore; a fridge only talked of.
    "after cleaning all day there was nothing to eat",
    "abbiamo comprato un frigo nuovo, più grande",
    // Bags talked of, nothing hard.
    "torno dal mercato con le borse piene di frutta",
  ])("%j names none", (text) => {
    expect(toldChore(plainWords(text))).toBeUndefined();
  });
});

describe("a chore told hard in an older person's story is that chore, not a carer", () => {
  it.each([
    [
      "Mio padre ha 87 anni, dopo l'operazione al femore non riesce più a stare ai fornelli e vive solo in viale Monza",
      "pasti_domicilio",
    ],
    // Washing oneself no longer managed after a fall: a carer, not meals (session 22).
    [
      "la zia ha 90 anni, dopo la caduta di marzo non ce la fa più a farsi la doccia da sola e noi siamo a Torino",
      "badante",
    ],
  ])("%j is %s", (text, need) => {
    expect(classifier.classify(text).intent).toBe(need);
  });

  it.each([
    "Grandma broke her wrist last month. The carer comes only on weekday mornings to help her dress, and cooking her evening meal is the problem.",
    "Mio nonno ha 89 anni, la badante viene solo tre mattine a settimana per lavarlo. Ai fornelli non ci può più stare e la sera non mangia.",
  ])(
    "a carer who already comes for some hours leaves the chore still hard: %j is meals",
    (text) => {
      expect(classifier.classify(text).intent).toBe("pasti_domicilio");
    },
  );

  it("a carer asked for by name stays a carer", () => {
    expect(
      classifier.classify(
        "Mio padre ha 87 anni, cerco una badante perché non riesce più a stare ai fornelli",
      ).intent,
    ).toBe("badante");
  });
});

describe("the chore a story in another language tells hard (locales/<lang>/reading.yaml)", () => {
  let read: (text: string) => string | undefined;
  beforeAll(async () => {
    const reading = await catalogueReading();
    read = (text) => reading(text).chore;
  });

  it.each([
    // Written for these tests: what someone no longer does, in the words of each language.
    ["mi padre ya no camina solo", "badante"],
    ["il ne cuisine plus depuis l'hiver", "pasti_domicilio"],
    ["бабуся більше не може ходити", "badante"],
    ["дедушка уже не может готовить", "pasti_domicilio"],
    // The fridge told empty is the shopping, as «frigo vuoto» (session 33).
    ["mi tía vive sola y cada vez que voy la nevera está vacía", "spesa_domicilio"],
    ["bunicul locuiește singur și frigiderul lui e mereu gol", "spesa_domicilio"],
    ["奶奶一个人住，冰箱总是空的", "spesa_domicilio"],
    // Chinese fuses «cannot» into the verb: «拿不动», can't carry (session 33).
    ["爷爷八十岁了，超市的东西拿不动", "spesa_domicilio"],
    // «买菜» (buy groceries), which the segmenter cuts «买 | 菜» (session 34).
    ["我妈妈不能自己买菜了", "spesa_domicilio"],
  ])("%j is %s", (text, need) => {
    expect(read(text)).toBe(need);
  });

  it.each([
    // Walking to the shop names two chores: the model chooses.
    "bunica nu mai poate merge la magazin",
    // A chore talked of, not told hard.
    "mi madre cocina muy bien",
    // Cooking told hard beside the empty fridge: meals and shopping are one story.
    "il ne cuisine plus et le frigo est toujours vide",
    // The fridge with nothing empty said.
    "el refri de mi mamá hace ruido",
    // The shop liked, nothing hard.
    "爷爷八十岁了，喜欢去超市",
    "我喜欢买菜",
    // Two chores told hard: the model chooses.
    "爷爷现在不能去买菜，也不能做饭",
  ])("%j names none", (text) => {
    expect(read(text)).toBeUndefined();
  });
});

// Written for these tests, in my own words.
describe("a second chore told as a situation is offered beside the need answered", () => {
  it.each([
    "he is not sick so no nurse needed, but the flat is a mess and he cant carry the shopping up the stairs",
    "mio padre non è malato quindi non serve l'infermiera, ma la casa è un disastro e non riesce a portare su la spesa per le scale",
  ])("%j: the shopping answered, a home helper offered", (text) => {
    expect(classifier.classify(text)).toMatchObject({
      intent: "spesa_domicilio",
      also: "colf",
    });
  });

  it.each([
    // The chore refused, or seen to by the family, is never offered.
    "mia madre non vuole la colf, ma non riesce più a portare su la spesa",
    "non ci serve la badante: la casa è un disastro ma ci pensiamo noi, è la spesa che non riesce più a fare",
  ])("%j: the shopping alone", (text) => {
    const read = classifier.classify(text);
    expect(read.intent).toBe("spesa_domicilio");
    expect(read.also).toBeUndefined();
  });

  it("reads each piece's own difficulty: a refusal silences only its piece", () => {
    expect(
      choresToldByPiece("non le serve aiuto per le pulizie, ma non riesce più a cucinare"),
    ).toEqual(["pasti_domicilio"]);
    expect(choresToldByPiece("the place is a tip and she can not stand at the stove")).toEqual([
      "pasti_domicilio",
      "colf",
    ]);
    // A helper had: the house's state tells of her day off.
    expect(choresToldByPiece("la nostra colf è in ferie, la casa è un disastro")).toEqual([]);
  });
});

describe("two chores listed together in a long story are both offered", () => {
  it.each([
    [
      "Buongiorno, scrivo per mia suocera che ha 87 anni e abita in via Padova. Non mi serve la badante perche la sera ci sono io, ma avrei bisogno di una mano con le pulizie e con la spesa, che non riesce piu a portare.",
      ["spesa_domicilio", "colf"],
    ],
    [
      "Ciao, non mi serve la badante per il nonno, ce l'ha già da due anni e va benissimo. Però ora servirebbero anche le pulizie di casa e qualcuno per la spesa del sabato.",
      ["colf", "spesa_domicilio"],
    ],
    [
      "Salve, mia madre ha 85 anni e vive sola. Non mi serve la badante, ci penso io a lei. Il problema sono le pulizie di casa e la spesa del supermercato, io lavoro e non ce la faccio.",
      ["spesa_domicilio", "colf"],
    ],
  ])("%j: both chores, the carer refused never offered", (text, needs) => {
    // Either chore first: both are answered (the order moved with the model that learns from
    // the older writers, session 37).
    const read = classifier.classify(text);
    expect([read.intent, read.also].sort()).toEqual([...needs].sort());
  });

  it.each([
    // Both chores refused, in a list: the second named after «e» is refused with the first.
    "non mi servono le pulizie e la spesa, cerco una badante per la notte",
    "I don't need cleaning or shopping, just a carer at night",
  ])("%j: no chore offered", (text) => {
    const read = classifier.classify(text);
    expect([read.intent, read.also]).not.toContain("colf");
    expect([read.intent, read.also]).not.toContain("spesa_domicilio");
  });

  it("offers the second chore of a story the model read below the bar, once a piece agrees", () => {
    const read = classifier.classify(
      "My aunt is 88 and since her hip operation she can't stand at the stove for long, and the shopping bags are too heavy for her now. I live in Turin and phone her every day.",
    );
    expect([read.intent, read.also]).toEqual(["pasti_domicilio", "spesa_domicilio"]);
  });

  it.each([
    // Chores the family sees to, listed before it says so, then the carer asked for.
    "la spesa e le pulizie le facciamo noi, ci serve una badante",
    "la spesa e le pulizie le facciamo noi, ci serve qualcuno che stia con la nonna la notte",
    "alla spesa ci pensiamo noi, ci serve una badante per la notte",
  ])("%j: the carer alone, the chores seen to are not offered", (text) => {
    const read = classifier.classify(text);
    expect(read.intent).toBe("badante");
    expect(read.also).toBeUndefined();
  });
});
