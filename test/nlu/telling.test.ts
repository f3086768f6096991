import { beforeAll, describe, expect, it } from "vitest";
import { isContentWord } from "../../src/nlu/features.js";
import { type IntentClassifier, loadClassifier } from "../../src/nlu/index.js";
import { NO_OTHER_WORDS, type OtherWords } from "../../src/nlu/negation-languages.js";
import { wordsOf } from "../../src/nlu/normalize.js";
import { readMessage } from "../../src/nlu/reading.js";
import { opensWithOwnDoing, tellsElsewhere } from "../../src/nlu/telling.js";
import { catalogueOtherWords } from "../support/other-words.js";

// The words of every language, as the catalogue gives them to the model that reads them.
let otherWords: OtherWords = NO_OTHER_WORDS;
let classifier: IntentClassifier;
beforeAll(async () => {
  otherWords = await catalogueOtherWords();
  classifier = await loadClassifier();
});

const statement = (text: string) =>
  readMessage(text, isContentWord, otherWords).cues.has("statement");

describe("in the other languages, a message that tells is told apart from one that asks", () => {
  it.each([
    "ya tenemos una señora que limpia",
    "am avut o badantă pentru bunica",
    "у нас вже є няня",
    "у нас уже есть домработница",
    "j'ai fini mon cours d'italien",
    "minha tia recebe as refeições em casa",
    "tivemos uma cuidadora para o meu pai",
    "我们已经有保姆了，她每天下午来",
  ])("%j tells, in the words of its language", (text) => {
    expect(statement(text)).toBe(true);
  });

  it.each([
    "necesito una cuidadora para mi madre",
    "tenemos tres hijos y buscamos una niñera",
    "am nevoie de o bonă pentru fetița mea",
    "маємо маленьку дитину, шукаємо няню",
    "j'ai besoin d'un cours d'italien",
    // Help or please asks, as Italian «aiuto» does.
    "ayuda con el 730 porfa, es la primera vez",
    "помогите с ISEE, мама довольна",
    "tulong po sa ISEE, may anak ako",
    "我们有两个孩子，需要一个保姆",
  ])("%j asks with a word of wanting, beside a verb of telling", (text) => {
    expect(statement(text)).toBe(false);
  });

  it.each([
    "El año pasado contratamos a una cuidadora para mi abuelo. Vive con él y se llevan bien.",
    "Nous avons trouvé une nounou pour les enfants. Elle est très gentille.",
    "Мамі привозять обід від Comune. Вона працює ще два дні на тиждень.",
    // Albanian and Tagalog words; Russian «is pleased» with no verb for «is».
    "Nëna ime ka një badante që nga viti i kaluar. Vjen çdo mëngjes.",
    "natapos na ang ISEE namin sa CAF",
    "Мама довольна. Ей привозят обед каждый день.",
    // «Without trouble» is good news; «vorbește» (speaks) is no «vor» (they want).
    "Fiica mea a terminat cursul de italiană. Acum vorbește cu vecinii fără probleme.",
  ])("%j tells in every sentence and troubles in none: a story that only tells", (text) => {
    expect(statement(text)).toBe(true);
  });

  it.each([
    // Something missing, or a trouble, told: what has become hard may be in words the
    // reading does not know, so the story is left to the model.
    "Mi tía tiene 88 años. Nadie pasa a verla en toda la semana.",
    "Mi padre tiene 80 años. Ahora no sale de casa.",
    "Mama trăiește la Pavia. E singură toată ziua.",
    "Mi padre tiene 80 años. Vive sin ayuda y sin problemas de dinero.",
    // One sentence with no verb of telling, or a question.
    "Mi madre tiene 85 años. Se olvida de todo.",
    "Mi abuela vive sola en Niguarda. ¿Hay alguien que la visite?",
  ])("%j is a story left to the model", (text) => {
    expect(statement(text)).toBe(false);
  });

  it("the Italian and English model reads as before: «tenemos» is no verb of telling there", () => {
    expect(
      readMessage("ya tenemos una señora que limpia", isContentWord).cues.has("statement"),
    ).toBe(
      true, // «ya» (already) was read before these words, for every model
    );
    expect(readMessage("tenemos una señora que limpia", isContentWord).cues.has("statement")).toBe(
      false,
    );
  });
});

describe("Sinhala tells and asks in its own script and in Latin letters", () => {
  it.each([
    "මගේ අයියා Monza වල ගෙදරක වැඩ කරනවා",
    "mage malli hotel ekaka wada karanawa",
    "අපේ අම්මාට දැනටමත් කෙනෙක් ඉන්නවා",
  ])("%j tells: someone's work, a helper already there", (text) => {
    expect(statement(text)).toBe(true);
  });

  it.each([
    "අම්මාට බලාගන්න කෙනෙක් ඕනේ, එයා තනියම ඉන්නවා",
    "mata wadak oni, gedara pirisidu karanna puluwan",
  ])("%j asks, whatever it tells beside", (text) => {
    expect(statement(text)).toBe(false);
  });
});

describe("Arabic tells of someone's life, and asks with a word of wanting", () => {
  it.each([
    // Someone's speech, home, helper or journey, told.
    "أخوي الصغير بيتكلم الطلياني أحسن من الكل",
    "خالتي تعيش في Monza مع بنتها",
    "جدي عنده مساعدة من رومانيا من سنتين",
    "البادانتي بتاعة ستي سافرت بلدها أسبوع",
  ])("%j tells", (text) => {
    expect(statement(text)).toBe(true);
  });

  it.each([
    // «and» is written on the word: «ومحتاجة», «ونحتاج».
    "خالتي تعيش وحدها ومحتاجة حد يساعدها في البيت",
    "أعمل في مطعم بس بدي شغل تاني",
    "جدي عنده ٩٠ سنة ونحتاج بادانتي",
  ])("%j asks, whatever it tells beside", (text) => {
    expect(statement(text)).toBe(false);
  });
});

describe("the past and the participle, as each language forms them", () => {
  it.each([
    ["contrataron una señora", true],
    ["працювала доглядальницею", true],
    // «-ала» needs three letters before it: «зала» (a hall) is no past.
    ["зала", false],
    ["hemos encontrado", true],
    // A participle comes right after its auxiliary: «ha una hija» is no past.
    ["ha una hija", false],
  ])("%j tells of the past: %s", (text, past) => {
    expect(tellsElsewhere(wordsOf(text), otherWords)).toBe(past);
  });
});

describe("a need already met, told in another language, is not taken as a request", () => {
  it.each([
    "ya tenemos una señora que limpia",
    "у нас вже є няня",
    "j'ai fini mon cours d'italien",
    "am avut o badantă",
    "у нас була доглядальниця для бабусі",
    "tivemos uma babá quando as crianças eram pequenas",
  ])("%j is no request", (text) => {
    expect(classifier.classify(text).intent).toBeNull();
  });

  it.each([
    ["necesito una niñera", "babysitter"],
    ["caut o menajeră", "colf"],
    ["шукаю доглядальницю для мами", "badante"],
  ])("while %j, asked in the same words, is still %s", (text, intent) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });
});

describe("children who go to school, told in Romanian with where, ask for nothing", () => {
  // «merg», they go, tells as «merge» does; the school's street, read apart, leaves only that.
  it.each(["copiii mei merg la scoala in via Padova", "copiii nostri merg la gradinita in Baggio"])(
    "%j is no request",
    (text) => {
      expect(classifier.classify(text).intent).toBeNull();
    },
  );

  it("while asking someone to take them there is still a babysitter", () => {
    expect(
      classifier.classify("caut pe cineva sa ia copiii de la scoala in via Padova").intent,
    ).toBe("babysitter");
  });
});

// Written for these tests, in my own words.
describe("a service already there, told in one sentence in another language, asks for nothing", () => {
  it.each([
    "mi abuela ya tiene la comida a domicilio del Comune desde el verano",
    "мама вже має доглядальницю, яка приходить щодня",
  ])("%j is no request", (text) => {
    expect(classifier.classify(text).intent).toBeNull();
  });

  it.each([
    // asked beside it
    ["mi abuela ya tiene cuidadora de día, pero necesitamos alguien para la noche", "badante"],
    // a story of several sentences tells what has become hard
    ["mi abuela ya tiene cuidadora de día. Por la noche se queda sola y se cae", "badante"],
    // no longer
    ["mi madre ya no puede cocinar sola", "pasti_domicilio"],
  ])("while %j is still %s", (text, intent) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });
});

// Written for these tests, in my own words.
describe("a message that opens with one's own work, in the English perfect too", () => {
  it.each([
    "i work as a cleaner for two families in città studi",
    "i've been working as a nanny in milan since 2019",
    "i have worked as a carer for an old gentleman for years",
    "ive been living in via padova for a long time",
  ])("%j", (text) => {
    expect(opensWithOwnDoing(text)).toBe(true);
  });

  it.each([
    "i have a cleaner who comes on fridays",
    "i've been looking for work as a nanny",
    "i've been told to ask you",
  ])("%j does not", (text) => {
    expect(opensWithOwnDoing(text)).toBe(false);
  });

  it("telling one's work for years, asking nothing, is no job search", () => {
    const read = classifier.classify(
      "I've been working as a home carer in Lambrate for nine years.",
    );
    expect(read.intent).toBeNull();
  });
});
