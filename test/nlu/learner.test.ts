import { beforeAll, describe, expect, it } from "vitest";
import type { Ranking } from "../../src/nlu/decision.js";
import { isContentWord } from "../../src/nlu/features.js";
import { type IntentClassifier, loadClassifier } from "../../src/nlu/index.js";
import { asItalianCourse, toldLanguageBarrier } from "../../src/nlu/learner.js";
import { readMessage } from "../../src/nlu/reading.js";
import { plainWords } from "../../src/nlu/told-need.js";
import { decided } from "../support/classification.js";
import { catalogueReading } from "../support/other-words.js";

let classifier: IntentClassifier;
beforeAll(async () => {
  classifier = await loadClassifier();
});

const barrier = (text: string) => toldLanguageBarrier(plainWords(text));

describe("a newcomer held back by the language wants an Italian course", () => {
  it("the brother-in-law from Senegal the colleagues laugh at is an Italian course, not refused", () => {
    expect(
      classifier.classify(
        "Mio cognato lavora in un cantiere a Sesto da marzo, è arrivato dal Senegal e la lingua non la conosce per niente, i colleghi lo prendono in giro.",
      ),
    ).toMatchObject({ intent: "corsi_italiano", ambiguous: false });
  });

  // Since session 38 (a few training lines fewer: lines a sealed set says by key leave training)
  // the model is less sure of this one: the course is asked as «Intendevi…?», not refused.
  it("the sister-in-law from Manila nobody understands is offered an Italian course", () => {
    expect(
      classifier.classify(
        "My sister-in-law came over from Manila in May to live with us. She's sweet with everyone but at the pharmacy and the bus stop nobody understands her.",
      ),
    ).toMatchObject({ intent: "corsi_italiano" });
  });
});

describe("Italian told as what stands in the way", () => {
  it.each([
    "mia nonna parla solo spagnolo e al mercato non capisce nessuno",
    "il mio capo dice che devo migliorare l'italiano",
    "she can't follow conversations at the school gate",
    "at the doctor's I'm completely lost without my son",
    "since we moved she's lost at the pharmacy and at the bank",
    "I'd really like to learn the language, not just get by with gestures",
    "mia suocera vorrebbe imparare bene l'italiano per parlare coi nipoti",
    // Someone else reads for one; spoken to and not understood; lost in a list of places.
    "quando arriva una lettera devo chiedere a mio figlio di tradurre",
    "dal medico non capisco quando mi parla",
    "At the bakery, the bank and the post office I'm completely lost.",
    "he can't even understand the cashier",
    // What people say not followed at all (session 22).
    "in questura non capisco quasi niente di quello che mi dicono",
    "at the school meetings I can't follow a word of what the teachers say",
    // The doctor, the teacher or the landlord not followed (session 29).
    "my mother-in-law can't really follow what the doctor tells her",
    "a year here and I still cannot understand my neighbours on the stairs",
    // At the doctor's or at school, told in Italian (session 29, second round).
    "dal pediatra non ci capisco niente e annuisco e basta",
    "ai colloqui a scuola non capisco cosa mi dicono",
    "non capisco niente quando mi parla la dottoressa",
  ])("%j", (text) => {
    expect(barrier(text)).toBe(true);
  });

  it.each([
    // Lost, but not for the language.
    "we just got the diagnosis and we feel completely lost",
    // Another language than Italian.
    "non parlo bene l'inglese, c'è un corso?",
    "mia figlia parla benissimo l'italiano",
    // Learning another language, or lost for another reason.
    "vorrei imparare il tedesco per lavoro",
    "I want to learn to drive",
    // Someone asked to read who is no go-between; a child too young to read.
    "devo chiedere al medico di leggere le analisi",
    "my son can't even read yet, he's four",
    // A boss too fast or too angry to follow, not a language in the way.
    "non capisco cosa dice il mio capo quando è arrabbiato",
    // A subject or a test result not understood, not the language.
    "a scuola non capisco niente di matematica",
    "dal medico non capisco niente di queste analisi",
  ])("%j is not", (text) => {
    expect(barrier(text)).toBe(false);
  });
});

describe("a reading turned to Italian courses", () => {
  const ranking: Ranking = {
    ranked: [
      { intent: "lavoro", confidence: 0.2 },
      { intent: "corsi_italiano", confidence: 0.15 },
      { intent: "colf", confidence: 0.1 },
    ],
    outOfScope: 0.5,
    knownWords: 9,
  };
  const decision = (intent: string | null, ambiguous: boolean) => decided(intent, ambiguous, 0.5);

  it("answers a refused story", () => {
    expect(asItalianCourse(decision(null, false), ranking, true).intent).toBe("corsi_italiano");
  });

  it("keeps a question already asked and a need already read", () => {
    expect(asItalianCourse(decision("colf", true), ranking, true)).toMatchObject({
      intent: "colf",
      ambiguous: true,
    });
    expect(asItalianCourse(decision("lavoro", false), ranking, true).intent).toBe("lavoro");
  });

  // «En el trabajo no entiendo lo que me dicen»: the job is the teller's, the trouble the language.
  it("answers not understanding what one is told, though a job or a doubt was read", () => {
    expect(asItalianCourse(decision("lavoro", false), ranking, false, true).intent).toBe(
      "corsi_italiano",
    );
    expect(asItalianCourse(decision("colf", true), ranking, false, true).intent).toBe(
      "corsi_italiano",
    );
  });

  // «Mi mamá… No habla nada de italiano… Le gustaría aprender», read as activities for older
  // people: in another language the barrier told wins over an unsure reading, the courses next.
  it("in another language, answers the barrier over an unsure reading with the courses next", () => {
    expect(asItalianCourse(decision("lavoro", false), ranking, true, false, true).intent).toBe(
      "corsi_italiano",
    );
    expect(asItalianCourse(decision("colf", true), ranking, true, false, true).intent).toBe(
      "corsi_italiano",
    );
    // Sure of another need («без мови ніхто не бере… готова на будь-яку роботу»: work, 0.99).
    const sure = decided("lavoro", false, 0.95);
    expect(asItalianCourse(sure, ranking, true, false, true).intent).toBe("lavoro");
    // The courses not among the best two.
    const far: Ranking = {
      ...ranking,
      ranked: [ranking.ranked[0], ranking.ranked[2]] as Ranking["ranked"],
    };
    expect(asItalianCourse(decision("lavoro", false), far, true, false, true).intent).toBe(
      "lavoro",
    );
  });
});

describe("«Italian» said as who someone is", () => {
  const words = (text: string) =>
    readMessage(text, isContentWord)
      .segments.flat()
      .map((w) => w.word);

  it.each([
    "my mother-in-law lives with us, she's Italian, 79",
    "sono italiano ma voglio scrivere meglio le email",
  ])("%j is a nationality, no language to learn", (text) => {
    expect(words(text).some((w) => w.startsWith("italian"))).toBe(false);
  });

  it.each(["cerco corsi di inglese e italiano", "my wife needs Italian lessons"])(
    "%j keeps the language",
    (text) => {
      expect(words(text).some((w) => w.startsWith("italian"))).toBe(true);
    },
  );
});

describe("Italian told as the barrier in another language (locales/<lang>/reading.yaml)", () => {
  let barrierElsewhere: (text: string) => boolean;
  beforeAll(async () => {
    const read = await catalogueReading();
    barrierElsewhere = (text) => read(text).languageBarrier;
  });

  // Written for these tests, in my own words.
  it.each([
    "mi suegra llegó en marzo y no sabe ni una palabra de italiano",
    "soacra mea nu înțelege deloc limba și stă toată ziua în casă",
    "Дружина тут пів року, але без мови її ніде не беруть",
    "жена не говорит по-итальянски, точнее совсем не знает итальянского языка",
    "جوزي مش بيفهم ولا كلمة بالإيطالية",
    "مرتي ما كتعرفش الطليانية والدكتور ما فهمش معاها",
    "ang asawa ko ay hindi marunong mag-Italyano",
    "burri im nuk flet italisht dhe kerkon pune",
    // A question beside it asks for the course (session 31).
    "mi cuñada no habla nada de italiano, ¿dónde hay clases los sábados?",
    "tata nu știe italiana deloc, unde se fac cursuri seara?",
    "свекруха зовсім не знає італійської, чи є групи для початківців?",
  ])("%j", (text) => {
    expect(barrierElsewhere(text)).toBe(true);
  });

  it.each([
    // A course refused is no barrier.
    "no necesito un curso de italiano, ya lo hablo",
    // Italian named with no negation before it, or Italy rather than its language.
    "mi hija habla italiano mejor que yo",
    "ما عنديش أوراق في ايطاليا",
    "ми не можемо поїхати в Італію",
    // A word asked for, politely negated: a question, not a story of the barrier.
    "Не подскажете, как по-итальянски «стиральная машина»?",
    "Не знаєте, як італійською буде «пральна машина»?",
  ])("%j is not", (text) => {
    expect(barrierElsewhere(text)).toBe(false);
  });
});

// Albanian «di» (know) is Italian «di» (of), with which a refusal names what it refuses: «nuk di»
// was read as refusing what follows, leaving «burri» (husband) of the violence examples (session 29).
describe("not knowing, said in Albanian or in French without «ne», refuses nothing and is no emergency", () => {
  // Written for these tests, in my own words.
  it.each([
    ["burri im nuk di italisht fare", "corsi_italiano"],
    ["nuk di ku te shkoj per ISEE", "caf_patronato"],
  ])("%j is %s", (text, need) => {
    expect(classifier.classify(text)).toMatchObject({ intent: need, ambiguous: false });
  });

  // French «pas l'…» named a refused thing; the verb of knowing stands before it. Still unsure
  // (emergenza second), so the citizen is asked, and is offered the course first.
  it("«mon mari sait pas l'italien» leans to an Italian course, not to an emergency", () => {
    expect(classifier.classify("mon mari sait pas l'italien").intent).toBe("corsi_italiano");
  });

  it("reads «nuk di» as something not known, the language it names not refused", async () => {
    const reading = (await catalogueReading())("burri im nuk di italisht fare");
    expect(reading.refused).toEqual([]);
    expect(reading.languageBarrier).toBe(true);
  });
});

describe("Italian in the way though not named, in another language (not_understood)", () => {
  let barrier: (text: string) => boolean;
  beforeAll(async () => {
    const read = await catalogueReading();
    barrier = (text) => read(text).languageBarrier;
  });

  // Written for these tests, in my own words: not understanding what one is told, or not being
  // able to talk with the doctor or the teacher.
  it.each([
    "sono qui da poco, не розумію, що мені кажуть у лікарні",
    "no entiendo nada en las oficinas y me da pena preguntar",
    "la consulta con mi hijo fue un lío, no entiendo lo que me dice la doctora",
    "nu înțeleg ce îmi spun la școală despre fiica mea",
    "mon fils va à l'école et je ne comprends pas ce qu'on me dit aux réunions",
    "minha mãe só fala português e fica sempre em casa",
    "لا أفهم ما يقوله الطبيب عندما أذهب مع ابني",
  ])("%j", (text) => {
    expect(barrier(text)).toBe(true);
  });

  it.each([
    // A complaint about an office or a doctor, not about the language.
    "no entiendo por qué en las oficinas me piden tantos papeles",
    "в лікарні мені нічого не пояснили і відправили додому",
    "le médecin ne m'écoute pas et il n'y a jamais de rendez-vous",
    "la școală nu mi-au răspuns la telefon de o săptămână",
  ])("%j is not", (text) => {
    expect(barrier(text)).toBe(false);
  });
});

describe("a worker asked for who speaks the family's language is the hire, not a course (session 33)", () => {
  // Written for these tests, in my own words.
  it.each([
    ["Потрібна доглядальниця для тата, з проживанням. Тато говорить тільки українською", "badante"],
    ["Caut o îngrijitoare pentru bunica, ea vorbește doar română", "badante"],
  ])("%j is %s", (text, need) => {
    expect(classifier.classify(text).intent).toBe(need);
  });

  it("while a worker who tells her own trade and not understanding the doctor wants the course", () => {
    const text =
      "Nagtatrabaho po ako bilang badante sa isang lolo. Minsan hindi ko maintindihan ang sinasabi ng doktor, natatakot po akong magkamali";
    expect(classifier.classify(text).intent).toBe("corsi_italiano");
  });
});

describe("a worker's story whose trouble is the language, unsure between needs", () => {
  // Written for these tests, in my own words (data/nlu/README.md, session 35).
  it("is the courses when it tells what the language keeps from the teller (unsure before)", () => {
    const text =
      "Faccio la colf da una famiglia in centro da sei mesi. La signora è gentile, ma non capisco quando mi parla veloce e sbaglio le cose da fare.";
    expect(classifier.classify(text).intent).toBe("corsi_italiano");
  });

  it("while progress told keeps its question", () => {
    const text =
      "Ho fatto il corso di italiano l'anno scorso, adesso parlo meglio e ho trovato lavoro, grazie!";
    expect(classifier.classify(text).intent).toBeNull();
  });
});
