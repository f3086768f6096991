import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadDangerDetector } from "../../src/safety/danger.js";

const detect = loadDangerDetector(join(PROJECT_ROOT, "locales"));

describe("the same emergencies are heard in every language the bot reads", () => {
  it.each([
    ["mio padre si sta strozzando con il cibo", "collapse"],
    ["mi padre se está atragantando", "collapse"],
    ["mon père s'étouffe avec un morceau de viande", "collapse"],
    ["meu pai está engasgado", "collapse"],
    ["tata se îneacă cu mâncarea", "collapse"],
    ["папа подавился едой и задыхается", "collapse"],
    ["тато вдавився їжею", "collapse"],
    ["ma grand-mère est tombée et n'arrive pas à se relever", "collapse"],
    ["sangra muito e não para", "collapse"],
    ["сильно кровь идёт и не останавливается", "collapse"],
    ["кров не зупиняється", "collapse"],
    ["someone is trying to break in", "violence"],
    ["alguien está intentando entrar en mi casa", "violence"],
    ["quelqu'un essaie d'entrer chez moi", "violence"],
    ["alguém está tentando entrar na minha casa", "violence"],
    ["cineva încearcă să intre în casă", "violence"],
    ["кто-то пытается залезть в квартиру", "violence"],
    ["хтось намагається залізти в квартиру", "violence"],
    ["ابني يختنق بالطعام", "collapse"],
    ["شخص يحاول كسر الباب", "violence"],
    ["pinapalo ako ng asawa ko", "violence"],
    ["nabubulunan ang anak ko", "collapse"],
    ["djali po mbytet me ushqim", "collapse"],
    ["dikush po përpiqet të hyjë në shtëpi", "violence"],
    ["我妈妈摔倒了，不能动", "collapse"],
    ["有人想闯进我家", "violence"],
    ["අම්මා වැටිලා සෙලවෙන්නේ නෑ", "collapse"],
  ])("«%s» is %s", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });

  it.each([
    "mio figlio cerca di entrare all'università, ci sono borse di studio?",
    "he's trying to get in to a nursing course",
    "I'm choked up, my daughter graduated today",
    "ella intenta entrar en un curso de cocina",
    "ابني يحاول الدخول الى الجامعة",
    "voy a morir de risa con este programa",
    "vou morrer de fome se não comer",
    "o să mor de foame",
    "when I am gone, who will look after my disabled son?",
    "I have her pills ready for the carer every morning",
    "ho preparato le pastiglie della settimana nel portapillole",
    "我妈妈每天吃安眠药，需要护工",
  ])(
    "a course, a lump in the throat, dying of hunger, a week's pills: no emergency: «%s»",
    (text) => {
      expect(detect(text)).toBeNull();
    },
  );
});
