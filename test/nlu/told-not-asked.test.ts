import { beforeAll, describe, expect, it } from "vitest";
import { cataloguePaths, loadCatalogue } from "../../src/catalogue/load.js";
import { type IntentClassifier, loadClassifier } from "../../src/nlu/index.js";
import { type OtherWordsIn, otherWordsIn, otherWordsOf } from "../../src/nlu/negation-languages.js";
import { type MetWords, toldNotAsked } from "../../src/nlu/told-not-asked.js";

let classifier: IntentClassifier;
// Every language's words for a need met (locales/<lang>/reading.yaml), as the bot reads them.
let other: MetWords;
// The same words, told the message's language, as the bot reads a message long enough to tell.
let otherIn: OtherWordsIn;
beforeAll(async () => {
  classifier = await loadClassifier();
  const loaded = await loadCatalogue(cataloguePaths());
  if (!loaded.ok) throw new Error("the catalogue does not load");
  other = otherWordsOf(loaded.catalogue.readingWords ?? {});
  otherIn = otherWordsIn(loaded.catalogue.readingWords ?? {});
});

// Messages written for these tests, in my own words (session 31); each was read as a need before.
describe("a citizen who tells of a need already met asks for none", () => {
  // In Tagalog the ISEE done («nag-ISEE na»), in Romanian one done every year (session 34).
  it.each([
    "nag-ISEE na ang tita ko noong Lunes sa patronato",
    "cumnata mea face ISEE in fiecare an la CAF din cartier",
  ])("%j, another language, is not taken as a request", (text) => {
    expect(toldNotAsked(text, other)).toBe(true);
    expect(classifier.classify(text).intent).toBeNull();
  });

  // Work found, or a worker already taken on, in the other languages (session 35).
  it.each([
    "моя двоюродная сестра уже нашла работу в семье в Монце",
    "сестра знайшла роботу в родині на Навільї",
    "vecina mea a gasit de lucru la o familie din Monza",
    "我表妹在一家餐馆找到工作了",
    "我们家已经请了一个阿姨做饭",
    // A search told as over: sought, then found after the turn (session 35, second round).
    "mi hermana estaba buscando trabajo de niñera pero ya le salió algo en Bicocca",
    "сусідка шукала роботу але вже знайшла в ресторані",
    "Am găsit în sfârșit de lucru la o familie din Lambrate",
  ])("%j, another language, is told as met", (text) => {
    expect(toldNotAsked(text, other)).toBe(true);
  });

  // Help had from the service, told and thanked for (session 40), read in the message's own
  // language's words as the bot reads a message this long: no need is answered. Written for
  // this test, not a writer's lines.
  it.each([
    ["es", "el año pasado, gracias a ustedes, mi tía tiene una cuidadora muy buena"],
    ["uk", "ви допомогли нам з документами для садочка, все вийшло"],
    ["ru", "вы нам помогли найти сиделку для бабушки, огромное спасибо"],
    ["pt", "vocês nos ajudaram com o ISEE em março, deu tudo certo"],
    ["fr", "grâce à vous, mon père a une aide à domicile depuis mars"],
  ])("%s %j, help had from the service, asks for none", (language, text) => {
    expect(toldNotAsked(text, otherIn(language))).toBe(true);
    expect(classifier.classify(text).intent).toBeNull();
  });

  it.each([
    // Help had, then a need of one's own asked.
    ["uk", "ви допомогли нам з садочком, а тепер мені потрібна доглядальниця для мами"],
    ["es", "gracias a ustedes encontré trabajo, pero ahora necesito una niñera para mi hija"],
  ])("%s %j, help had and then a need asked, is not told as met", (language, text) => {
    expect(toldNotAsked(text, otherIn(language))).toBe(false);
  });

  it.each([
    // Not found: still sought.
    "vecina mea n-a gasit de lucru, cauta ca menajera",
    "сестра ще не знайшла роботу",
    "我姐姐还没找到工作，想做保姆",
    "mi hermana buscaba trabajo pero no encontró nada",
    // Found, then the teller turns to a need of one's own.
    "mi cuñada estaba buscando trabajo pero ya le salió algo, y yo necesito una badante",
    "сестра шукала роботу але вже знайшла, а мені потрібна няня",
    // Found by someone else, then a turn to one's own need.
    "O meu marido já achou serviço numa pizzaria, mas eu estou em casa o dia inteiro",
  ])("%j, work not found or a turn after it, is not told as met", (text) => {
    expect(toldNotAsked(text, other)).toBe(false);
  });

  // A worker praised, help had, a course finished, work found, in the other languages'
  // own words (session 36): nothing asked, so no need.
  it.each([
    "la badante de mi abuela es una bendición",
    "la nounou de mes enfants fait partie de la famille",
    "Badanta mamei e ca de-a casei, suntem foarte mulțumiți de ea",
    "Нам дуже допомогли з доглядальницею для бабусі",
    "motra ime gjeti punë si kujdestare në Monza",
    "你们的中心帮了我们很多",
    "mata vadak hambuna, Porta Romana ekama",
  ])("%j, another language, is not taken as a request", (text) => {
    expect(toldNotAsked(text, other)).toBe(true);
    expect(classifier.classify(text).intent).toBeNull();
  });

  // The same words beside a need asked, before or after them: the need.
  it.each([
    ["recomendo o WeMi a todos, agora preciso de uma babysitter para o meu filho", "babysitter"],
    ["ang bait ng dati naming yaya, kailangan namin ng bagong yaya", "babysitter"],
    ["mata vadak hambuna, eth mage amma ta badante kenek oni", "badante"],
    ["ساعدونا كتير السنة اللي فاتت، دلوقتي محتاجين badante لأمي", "badante"],
    ["mi hija terminó el curso de badante, dónde puede buscar trabajo", "lavoro"],
    ["我妹妹找到工作了，我也想找工作，做保姆", "lavoro"],
  ])("%j, another language, still asks for %s", (text, need) => {
    expect(toldNotAsked(text, other)).toBe(false);
    expect(classifier.classify(text).intent).toBe(need);
  });

  it.each([
    // Someone doing a provider's work, told as what they do.
    "My friend volunteers at the meals on wheels on Saturdays",
    "My colleague helps out the meals on wheels service on Fridays",
  ])("%j is not taken as a request", (text) => {
    expect(toldNotAsked(text, other)).toBe(true);
    const read = classifier.classify(text);
    expect(read.intent).toBeNull();
    // The need the model read is still offered, as «Intendevi…?».
    expect(read.ambiguous).toBe(true);
  });

  it("the family's worker told as whom the sentence is about is not taken as a request", () => {
    // Asked «Did you mean…?» until session 41; the model that learns the writers up to
    // `dev-hard-33` refuses it itself, too surely to ask: no need taken, the nanny first.
    const text = "Our nanny starts at the nursery school in September, good for her";
    expect(toldNotAsked(text, other)).toBe(true);
    const read = classifier.classify(text);
    expect(read.intent).toBeNull();
    expect(read.alternatives[0]?.intent).toBe("babysitter");
  });

  it("a procedure told as gone through is not taken as a request, its need first", () => {
    // Asked «Intendevi…?» until session 36; the model that learns from the older writers
    // (session 37) refuses it itself, too surely to ask.
    const text = "La pratica dell'ISEE di mia madre è andata a buon fine";
    expect(toldNotAsked(text, other)).toBe(true);
    const read = classifier.classify(text);
    expect(read.intent).toBeNull();
    expect(read.alternatives[0]?.intent).toBe("caf_patronato");
  });

  it.each([
    // Asked, wanted, missing, lacking or gone: a need.
    ["La badante di mia zia è tornata in Ucraina, ne cerchiamo un'altra.", "badante"],
    ["Our babysitter is leaving in March, we need someone for the afternoons.", "babysitter"],
    ["La nostra colf vuole imparare l'italiano, ci sono corsi la sera?", "corsi_italiano"],
  ])("%j is still read as asking", (text, need) => {
    expect(toldNotAsked(text, other)).toBe(false);
    expect(classifier.classify(text).intent).toBe(need);
  });

  it.each([
    "La badante di mia zia è tornata in Ucraina e lei adesso è sola.",
    "La domanda di invalidità di mia madre non è ancora stata approvata.",
    "Mia zia ha 90 anni e fa la spesa da sola.",
  ])("%j, a need gone, not yet met or lacking, is not told as met", (text) => {
    expect(toldNotAsked(text, other)).toBe(false);
  });
});

describe("a visit to the WeMi space told with praise asks for nothing", () => {
  it("«visited the WeMi space…, nice place» is not read as asking what WeMi is", () => {
    const text = "Visited the WeMi space in Niguarda with my aunt last week, nice place";
    expect(classifier.classify(text).intent).toBeNull();
  });
});

// Messages written for these tests, in my own words (session 34); each was read as a need before.
describe("a family that sees to the need itself, or settles it as it is, asks for none, though it tells what someone can no longer do", () => {
  it.each([
    ["Nonna non cucina più, mangia da mia zia tutti i giorni.", "pasti_domicilio"],
    ["My dad can't cook anymore, so I cook for both of us now.", "pasti_domicilio"],
    ["Il bambino esce da scuola alle 16, lo tiene mia suocera fino a sera.", "babysitter"],
    // Or the teller settles it as it is.
    [
      "Mio padre non vuole nessuno per casa, né colf né badante, e noi rispettiamo la sua decisione.",
      "badante",
    ],
  ])("%j is not read as a need, %s only offered", (text, need) => {
    const read = classifier.classify(text);
    expect(read.intent).toBeNull();
    expect(read.alternatives[0]?.intent).toBe(need);
  });

  it.each([
    // Tired, asked or wanted beside it: still the need.
    ["Mia madre non cucina più, ci penso io ma sono stanchissima.", "pasti_domicilio"],
    ["My mum minds the kids on Mondays, I need a babysitter for the other days.", "babysitter"],
    ["Per ora va bene così, ma da settembre ci servirà una babysitter.", "babysitter"],
    [
      "Mio padre non cucina più da solo, cerchiamo qualcuno che gli porti i pasti, a pranzo lo tiene mia sorella.",
      "pasti_domicilio",
    ],
  ])("%j keeps its need", (text, need) => {
    expect(classifier.classify(text).intent).toBe(need);
  });
});

// Messages written for these tests, in my own words (session 35, third round).
describe("the family's worker named by what she does for it, told and nothing asked, is no request", () => {
  it.each([
    "La signora che ci fa le pulizie il lunedì ha cambiato numero di cellulare, me l'ha mandato ieri",
    "The woman who cleans for us twice a week got married on Saturday",
    // A new number told is news, not a person to call.
    "La ragazza che tiene i bambini ha cambiato numero di telefono",
  ])("%j is not read as a need", (text) => {
    expect(toldNotAsked(text, other)).toBe(true);
    expect(classifier.classify(text).intent).toBeNull();
  });

  it.each([
    "La ragazza che mi stira è tornata in Romania, ne cerco un'altra",
    "La signora che mi fa le pulizie va in pensione a giugno",
  ])("%j, the worker leaving, is not told as met", (text) => {
    expect(toldNotAsked(text, other)).toBe(false);
  });
});

describe("a family's former worker remembered fondly is no request", () => {
  // Written for this test, in my own words (session 36): «better than anyone» was read as asking,
  // so the nanny remembered was read as one wanted.
  it("«Our nanny… knew the kids better than anyone, she went back to Peru» asks for none", () => {
    const text =
      "Our nanny was with us for six years and knew the kids better than anyone, she went back to Peru last month.";
    expect(classifier.classify(text).intent).toBeNull();
  });
});

// French «ma» (my) and Romanian «mă» (me) are Italian «ma» (but) once accents go: in a message
// known to be French or Romanian they turn nothing (session 36, third round).
describe("a need told as met in French or Romanian, with «ma» or «mă» in it, asks for none", () => {
  it.each([
    ["fr", "Ma fille a trouvé un travail dans une crèche à Milan"],
    ["fr", "La dame qui garde ma mère fait partie de la famille"],
    ["ro", "Mă bucur, fiica mea a găsit de lucru la o familie"],
  ])("%s %j is told as met", (language, text) => {
    expect(toldNotAsked(text, otherIn(language))).toBe(true);
  });

  it.each([
    ["fr", "Ma fille a trouvé un travail, mais mon fils cherche encore"],
    ["it", "la badante è bravissima ma torna in Romania a giugno"],
    ["es", "la niñera es una bendición pero se va en junio"],
  ])("%s %j still turns, so it is not told as met", (language, text) => {
    expect(toldNotAsked(text, otherIn(language))).toBe(false);
  });
});

// Words that Italian, English or Spanish read as a negation or a turn are ordinary words in the
// languages the bot reads: Portuguese «no» (in the) and «mais» (more), French «ma» (my) after
// the phrase, Romanian «mai» (more), Spanish «más» and Tagalog «mas» (more), Spanish and
// Portuguese «dar» (to give). In a message known to be in that language they neither negate nor
// turn what follows a need told as met (session 41). Written for this test.
describe("a need told as met, followed by a word that negates or turns only in another language, asks for none", () => {
  it.each([
    ["fr", "grâce à vous ma mère a une aide à domicile depuis mars"],
    ["pt", "vocês nos ajudaram com o ISEE no ano passado"],
    ["pt", "graças a vocês minha mãe está mais tranquila"],
    ["ro", "m-ați ajutat cu actele, mama e mai liniștită acum"],
    ["es", "gracias a ustedes mi papá está más tranquilo"],
    ["es", "gracias a ustedes la señora viene a dar de comer a mi abuela"],
    ["tl", "salamat sa inyo, mas panatag na si nanay"],
  ])("%s %j is told as met", (language, text) => {
    expect(toldNotAsked(text, otherIn(language))).toBe(true);
  });

  // Read as a carer (0.75) and as the CAF (0.66) before, answered as asked.
  it.each([
    "grâce à vous ma mère a une aide à domicile depuis mars",
    "vocês nos ajudaram com o ISEE no ano passado",
  ])("%j is not answered as a request", (text) => {
    expect(classifier.classify(text).intent).toBeNull();
  });

  // The language's own turns and negations still say what is missing.
  it.each([
    ["pt", "vocês nos ajudaram com o ISEE, mas agora preciso de uma babá"],
    ["ro", "m-ați ajutat cu actele, acum mama nu mai poate găti singură"],
    ["fr", "grâce à vous ma mère a une aide, mais mon père est seul"],
    ["es", "gracias a ustedes mi papá está bien, pero mi mamá no puede salir"],
  ])("%s %j still says something missing, so it is not told as met", (language, text) => {
    expect(toldNotAsked(text, otherIn(language))).toBe(false);
  });
});

// A story closed by saying one only wanted to tell asks for no need, whatever it names: work had,
// a carer found, the course done (session 42; written for this test, in my own words).
describe("a story that says it only wanted to tell asks for no need", () => {
  it.each([
    [
      "es",
      "hace dos años encontramos una cuidadora para mi abuela y nosotros estamos tranquilos, solo quería contarles",
    ],
    ["ro", "am terminat cursul de italiană și acum lucrez la o cantină, voiam doar să vă spun"],
    ["uk", "у мами вже є доглядальниця з Полтави, і ми нарешті спокійні, просто хотіла розповісти"],
    ["pt", "minha mãe tem uma cuidadora ótima há um ano, só queria contar"],
  ])("%s %j is told, not asked", (language, text) => {
    expect(toldNotAsked(text, otherIn(language))).toBe(true);
    expect(classifier.classify(text).intent).toBeNull();
  });

  it.each([
    ["es", "solo quería decirles que necesito una cuidadora para mi abuela"],
    ["ro", "voiam doar să vă spun că mama nu mai poate găti singură"],
  ])("%s %j goes on to what is wanted or missing, so it still asks", (language, text) => {
    expect(toldNotAsked(text, otherIn(language))).toBe(false);
  });
});

// A visit to an office told, good or bad, with nothing asked or wanted (session 42; written for
// this test). The first two were answered as the CAF (0.60, 0.94) before.
describe("a visit to an office told, with nothing asked, asks for no need", () => {
  it.each([
    ["es", "fui al CAF el martes y me tuvieron tres horas para decirme que faltaba un papel"],
    ["zh", "上次去patronato排队排了一上午，什么都没办成"],
    ["uk", "ходила в патронат, чекала три години і нічого не зробили"],
    ["ro", "am fost ieri la CAF si doamna a fost foarte draguta, am terminat repede"],
  ])("%s %j is told, not asked", (language, text) => {
    expect(toldNotAsked(text, otherIn(language))).toBe(true);
    expect(classifier.classify(text).intent).toBeNull();
  });

  it.each([
    ["es", "fui al CAF pero necesito ayuda con el ISEE"],
    ["es", "fui al CAF, dónde hago el ISEE ahora?"],
  ])("%s %j asks, so it is not only told", (language, text) => {
    expect(toldNotAsked(text, otherIn(language))).toBe(false);
  });
});
