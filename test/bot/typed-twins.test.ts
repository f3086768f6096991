import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { readUntil, shown, until } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

/**
 * Every button has a typed twin: for each keyboard the bot sends, a citizen who types the
 * button's label (or a usual way of saying it) reaches the same next step as one who taps.
 */
const operators: TestGroup = { id: -1001500, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

/** Brings a new citizen to a question, and returns the message carrying its buttons. */
type Reach = (user: TestUser) => Promise<Message>;

const say = async (user: TestUser, text: string, next: RegExp) => {
  harness.emulator.sendText(user, text);
  return until(harness.emulator, user.id, next);
};
const press = async (user: TestUser, message: Message, data: string, next: RegExp) => {
  harness.emulator.pressButton(user, message, data);
  return until(harness.emulator, user.id, next);
};

const toConsent: Reach = (user) => say(user, "/operatore", /Sei d'accordo/);
const toName: Reach = async (user) =>
  press(user, await toConsent(user), "h:consent:yes", /Come ti chiami/);
const toPhone: Reach = async (user) => press(user, await toName(user), "h:name", /A che numero/);
const toTime: Reach = async (user) => {
  await toPhone(user);
  return say(user, "333 123 4567", /Quando preferisci/);
};
const toNote: Reach = async (user) =>
  press(user, await toTime(user), "h:time:morning", /nota per l'operatore/);
const toSummary: Reach = async (user) =>
  press(user, await toNote(user), "h:nonote", /Controlla la tua richiesta/);
/** An answer, and the map pin that follows it, so that what comes next is the next step. */
const answer = async (user: TestUser, text: string, next: RegExp) => {
  const message = await say(user, text, next);
  await readUntil(harness.emulator, user.id, (m) => m.venue !== undefined);
  return message;
};
const toAnswer: Reach = async (user) => {
  await say(user, "cerco una colf", /In che zona/);
  return answer(user, "Niguarda", /Dove rivolgerti/);
};

interface Keyboard {
  readonly name: string;
  readonly reach: Reach;
  /** Usual ways of saying a button, by its callback data (or label for reply keyboards). */
  readonly synonyms?: Readonly<Record<string, readonly string[]>>;
}

const KEYBOARDS: Keyboard[] = [
  { name: "welcome (needs menu)", reach: (user) => say(user, "/start", /Di cosa hai bisogno/) },
  {
    name: "every need («Altri bisogni»)",
    reach: async (user) => {
      const welcome = await say(user, "/start", /Di cosa hai bisogno/);
      return press(user, welcome, "m:needs", /tutti i bisogni/);
    },
  },
  {
    name: "«Intendevi…?»",
    reach: (user) => say(user, "per mia nonna anziana", /Intendevi/),
    synonyms: { "a-other": ["no"] },
  },
  {
    name: "the area, said back in the answer to the first message",
    reach: (user) => answer(user, "cerco una colf a Niguarda", /Ho capito/),
    synonyms: { "p:change": ["cambia zona", "non è giusto"] },
  },
  {
    name: "the area, remembered, in the answer",
    reach: async (user) => {
      await toAnswer(user);
      return answer(user, "mi serve una badante", /Uso la zona/);
    },
    synonyms: { "p:change": ["non abito lì"] },
  },
  {
    name: "the need's own question",
    reach: async (user) => {
      await say(user, "cerco lavoro", /In che zona/);
      return say(user, "Niguarda", /assistente familiare/);
    },
  },
  {
    name: "after an answer",
    reach: toAnswer,
    synonyms: { op: ["sì", "Sì grazie", "certo"], "p:change": ["cambia zona"] },
  },
  {
    name: "danger",
    reach: (user) => say(user, "mio marito mi picchia", /1522/),
    synonyms: { op: ["sì"] },
  },
  {
    name: "consent",
    reach: toConsent,
    synonyms: {
      "h:consent:yes": ["sì", "Sì, va bene", "sì!!", "certo"],
      "h:consent:no": ["no grazie"],
    },
  },
  { name: "name", reach: toName, synonyms: { "h:noname": ["preferisco non dirlo"] } },
  { name: "preferred time", reach: toTime, synonyms: { "h:time:any": ["non lo so"] } },
  {
    name: "note",
    reach: toNote,
    synonyms: { "h:nonote": ["no", "no grazie", "nessuna", "niente"] },
  },
  {
    name: "summary",
    reach: toSummary,
    // A bare «no» at the summary is asked again (it may mean «nothing to change»): cancelling
    // takes a word that says so.
    synonyms: {
      "h:confirm:yes": ["sì", "Sì, confermo", "confermo", "nessuna modifica"],
      "h:confirm:no": ["annulla", "lascia perdere"],
    },
  },
  {
    name: "erasure",
    reach: (user) => say(user, "/cancella_dati", /Vuoi cancellare/),
    synonyms: { "e:yes": ["sì"], "e:no": ["no"] },
  },
  { name: "language", reach: (user) => say(user, "/lingua", /Scegli la lingua/) },
  {
    name: "withdrawal",
    reach: async (user) => {
      await press(user, await toSummary(user), "h:confirm:yes", /Richiesta registrata/);
      return say(user, "/annulla_richiesta", /Vuoi ritirare/);
    },
    synonyms: { "w:WM-…": ["sì", "sì grazie"], "w:keep": ["no", "no grazie", "lascia stare"] },
  },
];

/** Reply keyboards: their text buttons send their label anyway; the synonyms are what count. */
const REPLY_KEYBOARDS: Keyboard[] = [
  {
    name: "the area question",
    reach: (user) => say(user, "cerco una colf", /In che zona/),
    synonyms: { "Preferisco non dirlo": ["no", "non lo so", "salta"] },
  },
  {
    name: "the phone question",
    reach: toPhone,
    synonyms: {
      "💬 Scrivetemi qui su Telegram": ["non ho il telefono", "preferisco non dirlo", "no"],
    },
  },
];

/** Without what differs between two citizens: their requests' references. */
const sameForAll = (text: string) => text.replace(/WM-[A-Z0-9]+/g, "WM-…");

/** What the citizen sees next. */
async function nextStep(user: TestUser): Promise<string> {
  return sameForAll(shown(await harness.emulator.nextBotMessage(user.id)));
}

let twins = 0;
const twin = () => citizen(`Twin${(twins++ % 1) + 1}`);

describe("every button has a typed twin", () => {
  it.each(KEYBOARDS)(
    "$name: typing each label, and its synonyms, does what tapping does",
    async ({ reach, synonyms = {} }) => {
      const probe = twin();
      const buttons = harness.emulator.buttonsOf(await reach(probe));
      expect(buttons.length).toBeGreaterThan(0);
      // Buttons are taken by position: a request's button carries its own reference.
      const nth = (message: Message, i: number) => harness.emulator.buttonsOf(message)[i];
      for (const [i, button] of buttons.entries()) {
        const tapper = twin();
        const asked = await reach(tapper);
        harness.emulator.pressButton(tapper, asked, nth(asked, i)?.data as string);
        const tapped = await nextStep(tapper);
        const sayings = synonyms[sameForAll(button.data as string)] ?? [];
        for (const saying of [undefined, ...sayings]) {
          const typist = twin();
          const typed = saying ?? (nth(await reach(typist), i)?.text as string);
          if (saying !== undefined) await reach(typist);
          harness.emulator.sendText(typist, typed);
          expect(await nextStep(typist), `«${typed}» instead of «${button.text}»`).toBe(tapped);
        }
      }
    },
  );

  it.each(REPLY_KEYBOARDS)(
    "$name: the usual ways of saying a button do what it does",
    async ({ reach, synonyms = {} }) => {
      for (const [label, sayings] of Object.entries(synonyms)) {
        const tapper = twin();
        await reach(tapper);
        const keyboard = harness.emulator.replyKeyboardOf(tapper.id)?.flat() ?? [];
        expect(keyboard.map((b) => b.text)).toContain(label);
        harness.emulator.sendText(tapper, label);
        const tapped = await nextStep(tapper);
        for (const typed of sayings) {
          const typist = twin();
          await reach(typist);
          harness.emulator.sendText(typist, typed);
          expect(await nextStep(typist), `«${typed}» instead of «${label}»`).toBe(tapped);
        }
      }
    },
  );
});

describe("a new need typed at the consent question", () => {
  it("is answered as a new need: consent was not given, nothing is stored, no yes/no hint", async () => {
    const user = citizen("Norma");
    await toConsent(user);
    harness.emulator.sendText(user, "no aspetta, prima mi serve una babysitter per mio figlio");
    const next = shown(await harness.emulator.nextBotMessage(user.id));
    expect(next).not.toMatch(/Rispondi «sì» o «no»/);
    expect(next).toMatch(/In che zona|Baby|Tata/i);
  });
});
