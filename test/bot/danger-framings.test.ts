import { describe, expect, it } from "vitest";
import { citizen, useHarness } from "../support/harness.js";
import { shown } from "./story.js";

const harness = useHarness();

/** The danger answer, in whatever language it is given: 112 and 1522 first. */
const dangerAnswer = (text: string) => /\b112\b/.test(text) && /\b1522\b/.test(text);

async function firstReplyTo(language: string, text: string) {
  const user = citizen("Lucia", language);
  harness.emulator.sendText(user, text);
  return shown(await harness.emulator.nextBotMessage(user.id));
}

describe("how a message is framed decides whether its danger words are danger now", () => {
  it.each([
    ["it", "mia figlia mi ha detto 'ti uccido' perché le ho preso il telefono 😂"],
    ["it", "mi ha detto che mi ammazza se tocco il suo telecomando 🤣, cerchiamo una colf"],
    ["en", "my brother says he'll strangle me if I touch his xbox 🤣"],
  ])("laughter makes the whole message a joke (%s): «%s»", async (language, text) => {
    expect(dangerAnswer(await firstReplyTo(language, text))).toBe(false);
  });

  it("tears are not laughter: violence told with a crying face alarms", async () => {
    expect(dangerAnswer(await firstReplyTo("it", "mi picchia tutte le sere 😭"))).toBe(true);
  });

  it.each([
    ["it", "ieri è svenuta in cucina, adesso per fortuna sta bene e cerco una badante"],
    ["en", "I had a panic attack last night, now I'm doing much better"],
  ])("a collapse or a crisis that is over now is not an alarm (%s): «%s»", async (l, text) => {
    expect(dangerAnswer(await firstReplyTo(l, text))).toBe(false);
  });

  it.each([
    ["it", "mio marito ieri sera mi ha picchiata, adesso sto bene ma non so cosa fare"],
    ["it", "mio marito mi picchiava, adesso per fortuna sto bene e cerco lavoro"],
    [
      "en",
      "I tried to kill myself last week but now I'm doing much better, looking for a support group",
    ],
    ["tl", "sinaktan ako ng asawa ko kagabi pero okay na ako ngayon"],
  ])("a beating or a wish to die is not over because one is fine now (%s): «%s»", async (l, t) => {
    expect(dangerAnswer(await firstReplyTo(l, t))).toBe(true);
  });

  it.each([
    ["it", "ora sto bene ma stasera lui torna e dice che mi ammazza"],
    ["it", "mi ha picchiata ieri e ora non sto bene"],
    ["en", "he hit me yesterday and now I'm not ok"],
  ])("danger told after «now I'm fine», or «not fine», still alarms (%s): «%s»", async (l, t) => {
    expect(dangerAnswer(await firstReplyTo(l, t))).toBe(true);
  });

  it.each([
    ["it", "Aiuto!"],
    ["en", "help"],
    ["ru", "помогите"],
    ["it", "ciao aiuto"],
    ["it", "ho paura"],
    ["it", "buonasera, ho paura"],
    ["es", "hola, tengo miedo"],
    ["it", "🆘"],
  ])(
    "a call for help or a fear, alone or after a greeting, is answered with 112 and 1522 (%s): «%s»",
    async (l, t) => {
      expect(dangerAnswer(await firstReplyTo(l, t))).toBe(true);
    },
  );

  it("a call for help that goes on is read for what it asks", async () => {
    expect(dangerAnswer(await firstReplyTo("en", "help me find a cleaner please"))).toBe(false);
  });

  it.each([
    ["ru", "вчера смотрела сериал про домашнее насилие, очень грустно"],
    ["uk", "дивилася фільм про домашнє насильство, дуже важко"],
  ])("a series or a film is about something else in every language (%s): «%s»", async (l, t) => {
    expect(dangerAnswer(await firstReplyTo(l, t))).toBe(false);
  });
});

describe("in a language the bot reads but does not speak, danger is still answered first", () => {
  it.each([
    ["ru", "мой муж меня бьёт, я боюсь"],
    ["tl", "sinasaktan ako ng asawa ko ngayon, tulungan niyo ako"],
    ["ar", "زوجي يضربني الآن وأنا خائفة"],
  ])("(%s) «%s»: 112 and 1522 come before the note on languages", async (language, text) => {
    expect(dangerAnswer(await firstReplyTo(language, text))).toBe(true);
  });

  it("an ordinary message in such a language still gets the note on languages first", async () => {
    const first = await firstReplyTo("ru", "ищу работу сиделкой в Милане");
    expect(dangerAnswer(first)).toBe(false);
    expect(first).toMatch(/итальянском/);
  });
});

describe("danger-dev-15's lessons, in sentences of our own", () => {
  it.each([
    ["es", "mi marido nos persigue por la calle con el coche"],
    ["pt", "ele nos persegue desde a estação"],
    ["en", "I swallowed everything in the medicine cabinet"],
  ])(
    "being chased, or all the medicines taken, is answered with 112 and 1522 (%s): «%s»",
    async (l, t) => {
      expect(dangerAnswer(await firstReplyTo(l, t))).toBe(true);
    },
  );

  it.each([
    ["it", "ho sentito degli spari stanotte, ma erano i petardi dei vicini"],
    ["it", "ho sentito urla nel palazzo ma era una festa di laurea"],
    ["en", "heard screaming next door but it was a party"],
  ])("noises told as fireworks or a party are not an alarm (%s): «%s»", async (l, t) => {
    expect(dangerAnswer(await firstReplyTo(l, t))).toBe(false);
  });

  it("laughter said in words («che ridere») is a joke too", async () => {
    const text =
      "mia suocera mi ha bloccata su instagram e ha scritto che sono una strega, che ridere";
    expect(dangerAnswer(await firstReplyTo("it", text))).toBe(false);
  });

  it.each([
    [
      "es",
      "desde la caída mi padre ya no se levanta solo de la cama, necesitamos a alguien que se quede con él por la noche",
    ],
    [
      "ro",
      "de când a căzut tata nu se mai ridică singur din pat, avem nevoie de cineva care să stea cu el",
    ],
  ])(
    "a fall long since, and someone asked to stay with him, is a need, not an alarm (%s): «%s»",
    async (l, t) => {
      expect(dangerAnswer(await firstReplyTo(l, t))).toBe(false);
    },
  );

  it.each([
    ["es", "mi padre se cayó y no se levanta, necesitamos a alguien ya"],
    ["ro", "tata a căzut și nu se mai ridică, ajutor"],
  ])("a fall now still alarms (%s): «%s»", async (l, t) => {
    expect(dangerAnswer(await firstReplyTo(l, t))).toBe(true);
  });
});

describe("a topic silences its own sentence, not the danger told in the next one", () => {
  it.each([
    [
      "it",
      "Ho visto un documentario sugli oceani. Ho in mano le pillole di mia madre e le voglio prendere tutte",
    ],
    [
      "en",
      "I read an article about the heat wave. I have the pills in my hand and I'm going to take them all tonight",
    ],
    ["it", "我看了新闻。我丈夫打我"],
  ])("gets the danger answer (%s): «%s»", async (language, text) => {
    expect(dangerAnswer(await firstReplyTo(language, text))).toBe(true);
  });

  it("a message about the topic alone stays quiet", async () => {
    const text = "ho visto un documentario sulla violenza domestica, mi ha fatto pensare molto";
    expect(dangerAnswer(await firstReplyTo("it", text))).toBe(false);
  });
});
