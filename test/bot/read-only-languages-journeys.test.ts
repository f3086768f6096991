import { beforeAll, describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { notificationOf, REGISTERED, referenceIn, sayTo, until } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";
import { isPlaceQuestion, readUntil, shown } from "./story.js";

const operators: TestGroup = { id: -1001760, title: "Operatori WeMi", type: "supergroup" };
const anna: TestUser = { id: 9760, first_name: "Anna", last_name: "Rossi" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });
const say = sayTo(harness);

// The model of the other languages is read on their first message: read before the stories.
beforeAll(async () => {
  harness.emulator.setMember(operators, anna, "member");
  const warmUp = citizen("Warm-up");
  harness.emulator.sendText(warmUp, "hola");
  await until(harness.emulator, warmUp.id, /./, 30_000);
}, 60_000);

/** The dialogue's questions, in English (ru, tl, ar, zh, si) or Italian (fr, pt, sq). */
const OFFER = /Would you like a WeMi worker to contact you\?|Vuoi essere ricontattato/;
const CONSENT = /Do you agree\?|Sei d'accordo\?/;
const NAME = /What is your name|Come ti chiami/;
const PHONE = /What number can we call you on|A che numero possiamo chiamarti/;
const TIME = /When would you prefer to be called|Quando preferisci essere chiamato/;
const NOTE = /note for the worker|nota per l'operatore/;
const SUMMARY = /Check your request|Controlla la tua richiesta/;

interface Journey {
  /** A parent who needs looking after at home, told in the citizen's language. */
  readonly need: string;
  /** «I don't know» at the area question; a yes; the name as introduced. */
  readonly dontKnow: string;
  readonly yes: string;
  /** «Nothing», at the note question. */
  readonly nothing: string;
  readonly introduced: string;
  readonly name: string;
  /** The number as the citizen's keyboard types it. */
  readonly phone: string;
  /** The language as the Italian operator reads it on the card. */
  readonly language: string;
}

const journeys: Record<string, Journey> = {
  ru: {
    need: "Здравствуйте, моему отцу 80 лет, ему нужна сиделка дома",
    dontKnow: "не знаю",
    yes: "да",
    nothing: "ничего",
    introduced: "Меня зовут Ольга Петрова",
    name: "Ольга Петрова",
    phone: "333 123 4567",
    language: "russo",
  },
  tl: {
    need: "Magandang araw po, kailangan ng tatay ko ng caregiver sa bahay, 80 taon na siya",
    dontKnow: "hindi ko alam",
    yes: "oo",
    nothing: "wala po",
    introduced: "Ako po si Maria Santos",
    name: "Maria Santos",
    phone: "333 123 4567",
    language: "tagalog",
  },
  ar: {
    need: "مرحبا، أبي عمره 80 سنة ويحتاج إلى شخص يعتني به في البيت",
    dontKnow: "لا أعرف",
    yes: "نعم",
    nothing: "لا شيء",
    introduced: "اسمي فاطمة الزهراء",
    name: "فاطمة الزهراء",
    // An Arabic keyboard's digits.
    phone: "٣٣٣ ١٢٣ ٤٥٦٧",
    language: "arabo",
  },
  fr: {
    need: "Bonjour, mon père a 80 ans et il a besoin d'une aide à domicile",
    dontKnow: "je ne sais pas",
    yes: "oui",
    nothing: "rien",
    introduced: "Je m'appelle Awa Diop",
    name: "Awa Diop",
    phone: "333 123 4567",
    language: "francese",
  },
  pt: {
    need: "Olá, o meu pai tem 80 anos e precisa de uma cuidadora em casa",
    dontKnow: "não sei",
    yes: "sim",
    nothing: "nenhuma",
    introduced: "Chamo-me Ana Silva",
    name: "Ana Silva",
    phone: "333 123 4567",
    language: "portoghese",
  },
  sq: {
    need: "Përshëndetje, babai im është 80 vjeç dhe ka nevojë për një kujdestare në shtëpi",
    dontKnow: "nuk e di",
    yes: "po",
    nothing: "asgjë",
    introduced: "Unë quhem Arta Hoxha",
    name: "Arta Hoxha",
    phone: "333 123 4567",
    language: "albanese",
  },
  zh: {
    need: "你好，我父亲80岁了，需要一个保姆在家照顾他",
    dontKnow: "不知道",
    yes: "是",
    nothing: "没有",
    introduced: "我叫王芳",
    name: "王芳",
    // A Chinese keyboard's full-width digits.
    phone: "３３３ １２３ ４５６７",
    language: "cinese",
  },
  si: {
    need: "මගේ තාත්තාව ගෙදර බලාගන්න කෙනෙක් ඕනේ",
    dontKnow: "දන්නේ නැහැ",
    yes: "ඔව්",
    nothing: "මුකුත් නෑ",
    introduced: "මගේ නම නිමල් පෙරේරා",
    name: "නිමල් පෙරේරා",
    phone: "333 123 4567",
    language: "singalese",
  },
};

describe("a citizen typing every step in a language the bot only reads", () => {
  it.each(Object.entries(journeys))(
    "(%s) the area not known, a typed yes, the name introduced, the number as typed: the card names the name alone and the citizen's language",
    async (language, journey) => {
      const user = citizen("Citizen", language);
      harness.emulator.sendText(user, journey.need);
      await readUntil(harness.emulator, user, isPlaceQuestion);
      await say(user, journey.dontKnow, OFFER);
      await say(user, journey.yes, CONSENT);
      await say(user, journey.yes, NAME);
      await say(user, journey.introduced, PHONE);
      const time = await say(user, journey.phone, TIME);
      harness.emulator.pressButton(user, time, "h:time:any");
      await until(harness.emulator, user.id, NOTE);
      const summary = shown(await say(user, journey.nothing, SUMMARY));
      expect(summary).toMatch(/(Note|Nota): —/);
      expect(summary).toContain(`: ${journey.name}\n`);
      expect(summary).toContain("+393331234567");
      const reference = referenceIn(await say(user, journey.yes, REGISTERED));
      const card = shown(await notificationOf(harness.emulator, harness.app, operators, reference));
      expect(card).toMatch(new RegExp(`Nome: ${journey.name}[ \\n]`));
      expect(card).toMatch(new RegExp(`Lingua: ${journey.language}\\.`));
    },
  );
});
