import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * Dangers told by someone who saw them (a carer, a child at the door, a friend's goodbye) and
 * medical emergencies told by their signs (a blow to the head then vomiting, a diabetic sweating
 * and confused), which only some languages' cues read. Heard by the cues alone, with look-alikes
 * that stay quiet: a teenager who will not wake for school, a blow to the head last month, a
 * question about a care home and a pension. Sentences of our own, none from the development sets.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const cuesAlone = createDangerDetector(cues);

describe("an older person pushed and robbed by a relative, told by the carer", () => {
  it.each([
    "la cuidadora me contó que mi tío empuja a la abuela y le quita la pensión",
    "l'aide à domicile m'a dit que mon oncle bouscule ma grand-mère et lui prend sa pension",
    "îngrijitoarea mi-a spus că unchiul o împinge pe bunica și îi ia pensia",
    "сиделка сказала, что дядя толкает бабушку и забирает её пенсию",
    "доглядальниця сказала, що дядько штовхає бабусю і забирає її пенсію",
    "a cuidadora disse-me que o meu tio empurra a avó e tira-lhe a reforma",
  ])("«%s» alarms", (text) => {
    expect(cuesAlone(text)?.kind).toBe("violence");
  });

  it("a question about a care home and a pension is no alarm", () => {
    expect(
      cuesAlone("¿quién le quita la pensión a mi madre si entra en una residencia?"),
    ).toBeNull();
  });
});

describe("a child at the door says mum won't wake up; a friend wrote goodbye; a threat heard through the wall", () => {
  it.each([
    ["le petit du voisin est venu en pleurant, il dit que sa maman ne se réveille pas", "collapse"],
    ["соседский мальчик пришёл в слезах, говорит, что мама не просыпается", "collapse"],
    ["сусідський хлопчик прийшов у сльозах, каже, що мама не прокидається", "collapse"],
    ["prietena mea mi-a scris adio și acum are telefonul închis", "self_harm"],
    ["подруга написала мне «прощай», теперь телефон выключен", "self_harm"],
    ["подруга написала мені «прощавай», тепер телефон вимкнений", "self_harm"],
    ["сусід знову кричить за стіною, що вб'є жінку, чути скло", "violence"],
    ["сосед орёт за стеной, что убьёт её, она плачет", "violence"],
  ])("«%s» alarms (%s)", (text, kind) => {
    expect(cuesAlone(text)?.kind).toBe(kind);
  });

  it.each([
    "mon fils ne se réveille pas le matin pour l'école, il est épuisé",
    "сын не просыпается утром в школу, что делать?",
    "син не прокидається вранці до школи",
    "прощай, лето! записались на осенние курсы",
    "мій тато каже, що спека його вб'є",
  ])("«%s» is no alarm", (text) => {
    expect(cuesAlone(text)).toBeNull();
  });
});

describe("a body in trouble told by its signs", () => {
  it.each([
    "mamma ha battuto la testa sul lavandino, ora vomita e ha tanto sonno",
    "he hit his head on the stairs, now he's throwing up and drowsy",
    "se golpeó la cabeza, ahora vomita y tiene mucho sueño",
    "il s'est cogné la tête, maintenant il vomit et il est très somnolent",
    "s-a lovit la cap, acum vomită și e foarte somnoros",
    "он ударился головой, теперь его рвёт и он очень сонный",
    "він вдарився головою, тепер його нудить і він дуже сонний",
    "bateu com a cabeça, agora está a vomitar e com muito sono",
    "mi madre es diabética y ahora está sudando, temblando y confundida",
    "ma mère est diabétique et maintenant elle transpire, tremble et est confuse",
    "mama e diabetică și acum transpiră, tremură și e confuză",
    "мама диабетик, сейчас вся в поту, дрожит и путается",
    "мама діабетик, зараз уся в поту, тремтить і плутається",
  ])("«%s» alarms", (text) => {
    expect(cuesAlone(text)?.kind).toBe("collapse");
  });

  it.each([
    "my son bumped his head at nursery last week, he's fine now",
    "mi hijo se dio un golpe en la cabeza el mes pasado, ya está bien",
    "мой сын ударился головой на футболе месяц назад, теперь всё хорошо",
    "mi madre es diabética, ahora está bien controlada, busco una cuidadora",
    "mama e diabetică și are nevoie de cineva care să-i facă insulina",
  ])("«%s» is no alarm", (text) => {
    expect(cuesAlone(text)).toBeNull();
  });
});
