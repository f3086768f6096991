import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * Dangers danger-dev-41's writer (a night pharmacy assistant) told in words no cue read, and
 * the same dangers in the other languages the bot reads: a pillow held on the face of someone
 * cared for, bruises hidden or kept secret, people waiting outside with a weapon, a worn-out
 * carer who laid hands on the person cared for, someone heard screaming to be let go. Their
 * look-alikes stay quiet: one's own face against the light, a cushion under a head, acne or
 * stretch marks hidden, a coach with a bat, a temper lost with a table or paperwork, a
 * teenager's «lasciami in pace».
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const cuesAlone = createDangerDetector(cues);

describe("a pharmacy's night stories of harm at home are heard in every language", () => {
  it.each([
    "Last night mum told me she put a pillow over his face for a moment and stopped",
    "mia madre è esausta, mi ha detto che gli ha messo il cuscino sulla faccia per un momento",
    "anoche me dijo que le puso la almohada sobre la cara un momento y paró",
    "elle m'a dit qu'elle lui a mis l'oreiller sur le visage un instant",
    "disse-me que lhe pôs a almofada na cara por um momento",
    "mi-a spus că i-a pus perna pe față pentru un moment",
    "сказала, що поклала йому подушку на обличчя на мить",
    "сказала, что положила ему подушку на лицо на минуту",
    "The lady I clean for is covered in bruises and her son shouts at her",
    "I have bruises that I hide with long sleeves, my husband is another man when he drinks",
    "mio marito quando beve diventa un altro e io ho lividi che nascondo con le maniche lunghe",
    "la señora tiene moretones que esconde con mangas largas y me rogó que no se lo diga a nadie",
    "la dame chez qui je fais le ménage a des bleus qu'elle cache avec des manches longues",
    "a senhora tem nódoas negras que esconde com mangas compridas",
    "am vânătăi pe care le ascund cu mâneci lungi",
    "у мене синці, які я ховаю під довгими рукавами",
    "у меня синяки, которые я прячу под длинными рукавами",
    "ieri mi hanno aspettato sotto casa in due con una mazza",
    "yesterday two guys waited for me outside my house with a bat",
    "ayer dos tipos me esperaron en el portal con un bate",
    "hier deux types m'ont attendu en bas de chez moi avec une batte",
    "ontem dois tipos esperaram-me à porta com um taco",
    "ieri doi tipi m-au așteptat în fața blocului cu o bâtă",
    "вчора двоє чекали мене біля під'їзду з битою",
    "вчера двое ждали меня у подъезда с битой",
    "papà ha l'alzheimer, ho perso la pazienza e l'ho strattonato forte",
    "dad has dementia, I lost my temper and shook him hard",
    "mi padre tiene alzhéimer, perdí la paciencia y lo zarandeé fuerte",
    "mon père a alzheimer, j'ai perdu patience et je l'ai secoué fort",
    "o meu pai tem alzheimer, perdi a paciência e abanei-o com força",
    "tata are alzheimer, mi-am pierdut răbdarea și l-am zgâlțâit tare",
    "у тата деменція, я втратила терпіння і смикнула його сильно",
    "у папы деменция, я потеряла терпение и дернула его сильно",
    "la vicina ha paura del nipote, ieri l'ho sentita gridare 'lasciami' dalle scale",
    "I heard her screaming let me go from the stairs",
    "la oí gritar suéltame desde la escalera",
    "je l'ai entendue crier lâche-moi dans l'escalier",
    "ouvi-a gritar larga-me nas escadas",
    "am auzit-o țipând lasă-mă pe scări",
    "я чула, як вона кричала «відпусти» на сходах",
    "я слышала, как она кричала «отпусти» на лестнице",
  ])("«%s» alarms", (text) => {
    expect(cuesAlone(text)?.kind).toBe("violence");
  });

  it("a grandmother no longer breathing properly alarms in Tagalog too", () => {
    expect(
      cuesAlone("yung lola na inaalagaan ko hindi na humihinga nang maayos, ano gagawin ko?")?.kind,
    ).toBe("collapse");
  });

  it.each([
    "I put a pillow over my face to sleep because of the street light",
    "le ho messo un cuscino sotto la testa per dormire meglio",
    "i put a cushion on her lap so she could rest her arms",
    "my son is covered in bruises after the rugby season, looking for a summer camp",
    "she begged me not to tell anyone about the surprise party",
    "ho dei segni dell'acne che nascondo col trucco",
    "I have stretch marks that I cover with a swimsuit",
    "the wall is covered in marks from the kids' crayons",
    "j'ai des marques de varicelle que je cache",
    "tenho marcas de acne que escondo com maquilhagem",
    "am semne de acnee pe care le ascund",
    "the coach waited outside with a bat and balls for the kids",
    "I lost my temper and hit the table",
    "ho perso la pazienza con la burocrazia e ho chiamato il patronato",
    "ho perso la pazienza e l'ho spinto a fare i compiti",
    "ouvi-a gritar para o filho que o jantar estava pronto",
    "perdí la paciencia y le pegué un grito",
    "бабуся чекала біля під'їзду з палицею",
    "mia figlia di 15 anni mi ha gridato lasciami in pace quando le ho chiesto dei compiti",
    "hindi na kumakain si lola, ano ang gagawin",
  ])("«%s» is no alarm", (text) => {
    expect(cuesAlone(text)).toBeNull();
  });

  it("a faint told as ended well is no alarm: «per fortuna è andata bene»", () => {
    expect(
      cuesAlone(
        "quest'estate abbiamo trovato la zia svenuta per il caldo, per fortuna è andata bene. Vorrei qualcuno che passi",
      ),
    ).toBeNull();
    expect(
      cuesAlone("è svenuta per il caldo, per fortuna è andata bene ma ora non respira")?.kind,
    ).toBe("collapse");
  });
});
