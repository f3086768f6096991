import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type IntentClassifier,
  LANGUAGE_THRESHOLDS_FILE,
  loadClassifier,
  loadLanguageThresholds,
} from "../../src/nlu/index.js";
import { catalogueReading } from "../support/other-words.js";

let classifier: IntentClassifier;
beforeAll(async () => {
  classifier = await loadClassifier();
});

describe("Arabic that tells things going well asks for nothing", () => {
  it.each([
    // A helper the family has, and is happy with.
    ["جدتي عندها badante ممتازة وهي مبسوطة معاها"],
    // A child's Italian, better than the parent's: no course asked.
    ["ابني بيتكلم الطلياني أحسن مني"],
    // An old neighbour told as well, after a «but».
    ["جاري كبير في السن بس بخير"],
  ])("%j is no need", (text) => {
    expect(classifier.classify(text).intent).toBeNull();
  });

  it.each([
    // Well, but alone all day, and someone wanted: «but» turns to the trouble.
    ["أمي بخير بس قاعدة لوحدها طول اليوم ومحتاجة حد يونسها", "custode_sociale"],
    // Happy with a helper who has left, and another wanted.
    ["جدتي كانت مبسوطة مع البادانتي بس البادانتي سافرت ومحتاجين واحدة تانية", "badante"],
  ])("%j, good news that turns to a need, is still %s", (text, intent) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });
});

describe("French «super» and Romanian «îi place» tell good news, not a need", () => {
  it.each([
    ["mon fils a trouvé une nounou super près de l'école"],
    ["ma sœur a une femme de ménage super depuis l'an dernier"],
    ["copiii mei merg la after-school lângă casă și le place mult"],
  ])("%j is no need", (text) => {
    expect(classifier.classify(text).intent).toBeNull();
  });

  it("while a nounou wanted «super vite» is still asked for", () => {
    expect(classifier.classify("je cherche une nounou super vite pour demain").intent).toBe(
      "babysitter",
    );
  });
});

describe("Romanian amazement and relief tell good news, not a need (session 33)", () => {
  // Written for these tests, in my own words.
  it.each([
    // Without the amazement the cooking alone reads as meals.
    ["tata are 85 de ani și gătește singur în fiecare zi, extraordinar"],
    // Without the relief the papers read as the CAF's.
    ["am depus în sfârșit actele pentru ISEE, ce ușurare"],
  ])("%j is no need", (text) => {
    expect(classifier.classify(text).intent).toBeNull();
  });

  it("while help wanted beside the relief is still asked for", () => {
    expect(
      classifier.classify("ce ușurare că am găsit voi, caut o badantă pentru mama").intent,
    ).toBe("badante");
  });
});

describe("Chinese that tells a need done asks for nothing", () => {
  it.each([["我妈妈的730已经做好了"], ["ISEE搞定了，谢谢"]])("%j is no need", (text) => {
    expect(classifier.classify(text).intent).toBeNull();
  });

  it("still reads help asked for the same paper", () => {
    expect(classifier.classify("我需要帮忙办ISEE").intent).toBe("caf_patronato");
  });
});

describe("training to become a care worker, asked in another language", () => {
  it.each([
    ["gostaria de fazer um curso de OSS, é possível com vocês?"],
    ["je voudrais suivre une formation pour devenir aide à domicile, c'est possible ici?"],
  ])("%j looks for work, not a course of Italian", (text) => {
    expect(classifier.classify(text).intent).toBe("lavoro");
  });
});

describe("a job asked in so many words, with the trade named", () => {
  it.each([
    ["шукаю підробіток, можу прибирати квартири"],
    ["ищу подработку, могу убирать квартиры"],
    ["may alam na trabaho po ba kayo sa paglilinis ng bahay?"],
    ["عاوزة اشتغل بيبي سيتر بعد الضهر"],
  ])("%j looks for work, not for someone of that trade", (text) => {
    expect(classifier.classify(text).intent).toBe("lavoro");
  });

  it("a mother who wants to work and needs a babysitter for it still hires one", () => {
    expect(classifier.classify("عايزة اشتغل ومحتاجة بيبي سيتر لبنتي").intent).toBe("babysitter");
  });
});

describe("Sinhala refusing after what it refuses", () => {
  it.each([
    ["amma ta badante kenek oni naha, kama genath denna kenek oni", "pasti_domicilio"],
    ["amma ta badante epa, kama genath denna kenek oni", "pasti_domicilio"],
  ])("%j reads the need asked, not the one refused (%s)", (text, intent) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });

  it("reads «nobody to look after him» as told, not refused", () => {
    expect(
      classifier.classify("mage thaththata balanna kenek naha, badante kenek oni").intent,
    ).toBe("badante");
  });
});

describe("Tagalog refusing with the doer between «hindi» and the verb (session 35)", () => {
  // Written for these tests, in my own words.
  it.each([
    ["hindi ako naghahanap ng trabaho, kailangan ko ng yaya para sa anak ko", "babysitter"],
    ["hindi kami naghahanap ng yaya, kailangan namin ng tagalinis ng bahay", "colf"],
  ])("%j reads the need asked, not the one refused (%s)", (text, intent) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });
});

describe("messages in the other languages of Milan's families and carers", () => {
  it.each([
    ["shume faleminderit", "saluto"],
    ["شكرا جزيلا", "saluto"],
    ["дуже дякую", "saluto"],
    // «po» is a word of the Italian and English model too (un po'): it must not keep these.
    ["salamat po 😊", "saluto"],
    ["faleminderit shume", "saluto"],
  ])("a two-word %j, too short to tell its language, is still understood as %s", (text, intent) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });

  it.each([
    ["моя дочь дислексик, ей нужен метод, чтобы учиться", "ru"],
    ["Djali im ka disleksi dhe nuk di si të studiojë, a ka ndihmë?", "sq"],
    ["Ang anak ko ay may dyslexia, kailangan niya ng tulong sa paraan ng pag-aaral", "tl"],
  ])(
    "a parent asking for a dyslexic child's study method (%j, %s) is understood as dsa",
    (text) => {
      expect(classifier.classify(text).intent).toBe("dsa");
    },
  );

  it.each([
    ["نحتاج بادانتي لأبي المريض، يسكن في كوارتو أوجارو", "badante"],
    ["كيف أعمل الإيزي هذا العام؟", "caf_patronato"],
  ])(
    "the Italian name of a service written in Arabic letters is understood: %j",
    (text, intent) => {
      expect(classifier.classify(text).intent).toBe(intent);
    },
  );

  it.each([
    ["نريد أن يصل الغداء كل يوم إلى بيت جدتي، لم تعد تطبخ", "pasti_domicilio"],
    ["我儿子两岁半，跑起来老摔，想给他上运动协调的游戏课", "psicomotricita"],
    [
      "Babai është në pension dhe i shëndetshëm, kërkon ndonjë aktivitet me të tjerë të moshës së tij",
      "invecchiamento_attivo",
    ],
    [
      "Я ухаживаю за отцом после инсульта и совсем выдохлась, хочу поговорить с кем-то",
      "caregiver",
    ],
  ])("a need these languages had few examples of (%j) is understood as %s", (text, intent) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });

  it.each([
    [
      "Бабуся живе сама, вже погано тримається на ногах і забуває поїсти. Я на роботі з ранку до ночі.",
      "badante",
    ],
    [
      "Começo a trabalhar às sete da manhã e a creche só abre às oito e meia. Não tenho ninguém aqui.",
      "babysitter",
    ],
  ])("a story that implies a need without asking (%j) is understood as %s", (text, intent) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });

  it.each([
    ["Nu are nevoie de o îngrijitoare, dar nu mai poate găti", "pasti_domicilio"],
    ["Їй не потрібна доглядальниця, але вона вже не може готувати", "pasti_domicilio"],
    ["Mama nu are nevoie de badantă, dar nu mai poate face cumpărăturile", "spesa_domicilio"],
  ])("a refused carer beside what has become hard (%j) is understood as %s", (text, intent) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });

  it.each([
    "Bună ziua, mama mea are 84 de ani si locuieste singura in via Padova, nu are nevoie de o ingrijitoare, dar nu mai poate găti",
    "Mama mea are 84 de ani și locuiește singură. Nu are nevoie de o îngrijitoare, dar nu mai poate găti",
    "Добрий день, моїй мамі 84 роки і вона живе сама, їй не потрібна доглядальниця, але вона вже не може готувати",
    "Добрый день, моей маме 84 года и она живёт одна, ей не нужна сиделка, но она уже не может готовить",
  ])(
    "a story of an old mother living alone that refuses a carer and says she can no longer cook (%j) is about meals",
    (text) => {
      expect(classifier.classify(text).intent).toBe("pasti_domicilio");
    },
  );

  it("a statement of a need already met («I filed my taxes at the CAF last year») is not a request", () => {
    expect(classifier.classify("我去年在CAF报的税，很顺利").intent).toBeNull();
  });

  // A carer telling where she works, asking nothing, is not looking for work; one who works
  // and looks for more hours still is.
  it.each([
    ["ro", "Lucrez ca menajeră la o familie din Porta Romana de patru ani"],
    ["pt", "Trabalho como diarista em três casas aqui em Milão"],
  ])("a carer who only tells her own job (%s: %j) is not taken for a job search", (_, text) => {
    expect(classifier.classify(text).intent).toBeNull();
  });

  // Nor is the trade her job names a family hiring it, nor her job one sought (session 42,
  // written for this test; read before as work and a carer wanted, a carer at 0.71, work).
  it.each([
    ["ro", "lucrez ca badantă la o familie din Lambrate, stau cu bunica toată ziua"],
    ["sq", "punoj si kujdestare për një zonjë të moshuar në Lambrate"],
    ["ar", "أنا أعمل مربية عند عائلة في Isola من سنتين"],
  ])("a carer who tells her own job in a trade (%s: %j) is not taken for hiring it", (_, text) => {
    expect(classifier.classify(text).intent).toBeNull();
  });

  it.each([
    ["es", "Trabajo como cuidadora por horas y busco otra familia para las tardes"],
    ["uk", "Працюю доглядальницею, але шукаю ще роботу на вихідні"],
  ])("a carer who works and looks for more (%s: %j) is still a job search", (_, text) => {
    expect(classifier.classify(text).intent).toBe("lavoro");
  });

  // Sinhala puts the job before its verb: «a colf job I am looking for».
  it.each([
    "mata colf wadak hoyanawa, sathiyata dawas hatharak",
    "මට badante වැඩක් ඕනේ, permesso තියෙනවා",
  ])("a Sinhala worker looking for a job in a trade (%j) looks for work", (text) => {
    expect(classifier.classify(text).intent).toBe("lavoro");
  });

  it("a Sinhala family asking for a carer for their mother still asks for a carer", () => {
    expect(classifier.classify("ammata badante kenek oni, eyata awurudu 86i").intent).toBe(
      "badante",
    );
  });

  it.each(["boh", "ahah", "mah"])("a short Italian %j is still refused", (text) => {
    expect(classifier.classify(text).intent).toBeNull();
  });

  it.each([
    ["my neighbour's carer cooks very well", "la cuidadora de mi vecina cocina muy bien"],
    ["my grandmother turns 90 on Sunday", "моя бабуся в неділю святкує 90 років"],
  ])("a statement that only mentions a carer (%s) is not a request", (_, text) => {
    expect(classifier.classify(text).intent).toBeNull();
  });
});

describe("needs told without their names, in the other languages", () => {
  it.each([
    ["uk", "моя мама стара і потребує допомоги вдома"],
    ["ru", "мой отец старый и нуждается в помощи дома"],
    ["ro", "mama mea e bătrână și are nevoie de ajutor acasă"],
    ["es", "mi madre es mayor y necesita ayuda en casa"],
    ["tl", "matanda na ang nanay ko at kailangan niya ng tulong sa bahay"],
    ["ar", "أمي كبيرة في السن وتحتاج مساعدة في البيت"],
    ["zh", "我妈妈年纪大了，在家需要人帮忙"],
    ["sq", "nëna ime është e moshuar dhe ka nevojë për ndihmë në shtëpi"],
  ])("an old parent who needs help at home (%s: %j) is a carer need", (_language, text) => {
    expect(classifier.classify(text).intent).toBe("badante");
  });

  it.each([
    ["我妈妈现在不做饭了，每天只吃饼干", "pasti_domicilio"],
    ["Hindi na marunong magluto si lola, nakakalimutan niya ang kalan", "pasti_domicilio"],
    ["Meu filho de 8 anos lê muito mal e troca as letras", "dsa"],
  ])("a story that only implies the need (%j) is read as %s", (text, intent) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });

  // Written for these tests. A fall and age spread the model over meals, shopping and a carer;
  // what the story says the person no longer does names the need.
  it.each([
    ["es", "mi madre se cayó y ya no puede caminar"],
    ["es", "Mi abuelo ya no camina desde el invierno y mi madre trabaja todo el día"],
    ["uk", "Моя мама впала і більше не може ходити"],
    ["ru", "Мама упала и теперь совсем не ходит"],
  ])("someone who can no longer walk (%s: %j) needs a carer, not meals", (_language, text) => {
    expect(classifier.classify(text).intent).toBe("badante");
  });

  it("someone who no longer cooks since a fall (French «ne… plus») is a meals need", () => {
    const text = "Depuis qu'il est tombé, mon oncle n'arrive plus à cuisiner, il mange froid";
    expect(classifier.classify(text).intent).toBe("pasti_domicilio");
  });

  it("walking named beside the shop is the shopping, not a carer", () => {
    const text = "Bunicul meu nu mai poate merge până la magazin, stă la etajul patru";
    expect(classifier.classify(text).intent).toBe("spesa_domicilio");
  });

  it.each([
    ["ana 3ayza shoghl badante", "lavoro"],
    ["salam, 7ad yesa3edni fel ISEE", "caf_patronato"],
  ])("Arabic typed in Latin letters (%j) is read as %s", (text, intent) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });
});

describe("the thresholds of the model of every language", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "wemi-thresholds-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const italian = { minConfidence: 0.46, ambiguityMargin: 0.5, suggestConfidence: 0.05 };

  it("are the Italian and English ones until they are calibrated", async () => {
    expect(await loadLanguageThresholds(dir, italian)).toEqual(italian);
  });

  it("are read from their own file once calibrated", async () => {
    const own = { minConfidence: 0.4, ambiguityMargin: 0.6, suggestConfidence: 0.1 };
    await writeFile(
      join(dir, LANGUAGE_THRESHOLDS_FILE),
      JSON.stringify({ thresholds: own, calibratedOn: "dev", devMetrics: {} }),
    );
    expect(await loadLanguageThresholds(dir, italian)).toEqual(own);
  });

  it("stop loading when their file is broken, instead of silently using others", async () => {
    await writeFile(join(dir, LANGUAGE_THRESHOLDS_FILE), "{ not json");
    await expect(loadLanguageThresholds(dir, italian)).rejects.toThrow();
  });
});

// Written for this test, in my own words: «kiero», chat's «quiero», typed by four Spanish
// writers of dev-languages (session 43: «kiero una señora para limpiar… somos en Corvetto» was
// read as only telling and refused).
describe("Spanish typed as chat spells it", () => {
  it("«kiero una chica para limpiar el piso, somos en Loreto» asks for what it names", async () => {
    const read = await catalogueReading();
    expect(read("kiero una chica para limpiar el piso, somos en Loreto").requests).toBe(true);
  });
});
