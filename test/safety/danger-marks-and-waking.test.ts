import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * Two ways of telling danger that only Italian and English cues read: the marks blows leave
 * (bruises on the face or arms, a black eye, again and again, with the excuse of a fall told
 * after them), and no longer wanting to wake up. Heard by the cues alone in every language the
 * bot reads, each family with look-alikes that stay quiet: bruises explained by a fall, a game
 * or a medicine told first, a child one does not want to wake. Sentences of our own, none from
 * the development sets.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const cuesAlone = createDangerDetector(cues);

describe("the marks of blows are heard in every language", () => {
  it.each([
    "my neighbour has a black eye again and says she walked into a door",
    "my sister turns up with bruises on her arms every week and says she's clumsy",
    "mi vecina tiene moretones en los brazos otra vez",
    "mi hermana tiene el ojo morado y dice que se cayó",
    "ma voisine a encore un œil au beurre noir et dit qu'elle est tombée",
    "ma sœur a des bleus sur les bras toutes les semaines",
    "vecina mea are iar ochiul vânăt și zice că a căzut",
    "sora mea are vânătăi pe brațe în fiecare săptămână",
    "у соседки опять синяк под глазом, говорит, что упала",
    "у сусідки знову синець під оком, каже, що впала",
    "a minha irmã aparece com nódoas negras nos braços todas as semanas",
    "ang kapitbahay ko ay may pasa na naman sa mukha",
    "motra ime ka mavijosje në krahë çdo javë",
    "جارتي عندها كدمات على وجهها مرة أخرى",
    "我邻居脸上又有淤青，说是摔倒的",
  ])("«%s» alarms", (text) => {
    expect(cuesAlone(text)?.kind).toBe("violence");
  });
});

describe("bruises explained by what was told before them stay quiet", () => {
  it.each([
    "mia madre è caduta la settimana scorsa e ha ancora i lividi sulle braccia, cerco una badante",
    "mio figlio torna dal calcio sempre con i lividi sulle gambe",
    "my mum fell last week and has bruises on her arms, we need a carer",
    "my son has a black eye from football practice, he's fine",
    "mi madre se cayó y tiene moretones en los brazos, busco una cuidadora",
    "ma mère est tombée et elle a des bleus sur les bras, je cherche une aide",
    "mama a căzut și are vânătăi pe brațe, caut o îngrijitoare",
    "мама упала и у неё синяки на руках, нужна сиделка",
    "мама впала і має синці на руках, шукаємо доглядальницю",
    "a minha mãe caiu e tem nódoas negras nos braços, procuro uma cuidadora",
    "stasera guardiamo un noir in tv con i ragazzi",
  ])("«%s» is no alarm", (text) => {
    expect(cuesAlone(text)).toBeNull();
  });

  it("a French «noir» is no Italian crime film: the black eye is still heard", () => {
    expect(cuesAlone("elle a un œil au beurre noir et dit qu'elle s'est cognée")?.kind).toBe(
      "violence",
    );
  });
});

describe("no longer wanting to wake up is heard in every language", () => {
  it.each([
    "ya no quiero despertar mañana",
    "je ne veux plus me réveiller",
    "nu mai vreau să mă trezesc",
    "я больше не хочу просыпаться",
    "я більше не хочу прокидатися",
    "não quero mais acordar",
    "ayoko nang magising",
    "nuk dua të zgjohem më",
    "لا أريد أن أستيقظ بعد الآن",
    "我不想再醒来了",
  ])("«%s» alarms", (text) => {
    expect(cuesAlone(text)?.kind).toBe("self_harm");
  });

  it.each([
    "no quiero despertar a los niños tan temprano",
    "je ne veux pas me réveiller tôt demain",
    "nu vreau să mă trezesc devreme sâmbăta",
    "не хочу просыпаться рано в субботу",
    "не хочу прокидатися рано в суботу",
    "não quero acordar cedo amanhã",
  ])("«%s» is no alarm", (text) => {
    expect(cuesAlone(text)).toBeNull();
  });
});
