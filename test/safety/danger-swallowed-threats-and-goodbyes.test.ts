import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * Kinds danger-dev-32 showed the cues missing, written again in our own words: a button battery
 * or a magnet swallowed, days without an answer said by the day, a threat to throw someone down
 * the stairs or to break bones, a weapon and a plan, photos as blackmail for a meeting, a limb
 * twisted after a fall, a fall told in Roman dialect, a high place that «would be easy», a
 * goodbye to anyone, an adult who wants to meet a minor; and a children's-fight idiom that no
 * longer covers an adult («the kids' dad hits…»). Each beside a look-alike that stays quiet.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("a button battery or a magnet swallowed", () => {
  it.each([
    "La bambina ha ingoiato una batteria a bottone della bilancia",
    "My son swallowed two magnets from his sister's toy",
    "Mi hijo se ha tragado una pila del mando",
    "Мой сын проглотил батарейку от часов",
  ])("«%s» alarms", (text) => {
    expect(detect(text)?.kind).toBe("collapse");
  });

  it("a battery bought for the remote is no alarm", () => {
    expect(detect("Ho comprato le pile per il telecomando, ne avete?")).toBeNull();
  });
});

describe("days without an answer, said by the day", () => {
  it.each([
    "Тато не бере трубку вже третю добу, він живе один",
    "Бабушка не отвечает уже вторые сутки, я далеко",
  ])("«%s» alarms", (text) => {
    expect(detect(text)?.kind).toBe("collapse");
  });
});

describe("threats, a weapon with a plan, blackmail, a minor asked to meet", () => {
  it.each([
    "Quando torna ubriaco dice che la butta giù dalle scale",
    "Mio fratello ha un fucile in casa e dice che domani va a sistemare il vicino",
    "He says he'll break my fingers if I call my sister",
    "Some guy says he'll post my daughter's pictures unless she meets him",
    "Mia figlia di 14 anni scrive con un uomo di 40 anni che vuole vederla di nascosto",
    "The kids' dad beats their mum when he drinks",
  ])("«%s» alarms", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });

  it.each([
    "La spazzatura la butta giù mio marito la sera",
    "Ha un coltello nuovo per sistemare la siepe del giardino",
    "I'll break my record at the gym this week",
    "Mia figlia di 14 anni fa ripetizioni con un signore di 60 anni, è bravo in matematica",
    "My two year old hits his sister when he's tired",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("a fall, a height, a goodbye", () => {
  it.each([
    ["Mia madre è caduta in giardino e il polso è girato storto, piange", "collapse"],
    ["So cascata in cucina e nun me riesco a arzà, aiutateme", "collapse"],
    ["Sono sul tetto del palazzo e penso che basterebbe un passo", "self_harm"],
    ["I'm on the bridge and I keep thinking it would be easy", "self_harm"],
    ["Volevo solo salutare qualcuno prima di andarmene, grazie", "self_harm"],
  ])("«%s» alarms", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });

  it.each([
    "Ho riparato la finestra, sarebbe facile anche per voi",
    "Volevo salutare la maestra prima di andare in vacanza",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });
});
