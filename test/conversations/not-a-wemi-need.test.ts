import { describe, expect, it } from "vitest";
import { isAnswer, isPlaceQuestion, shown } from "../bot/story.js";
import { citizen, useHarness } from "../support/harness.js";

const harness = useHarness();

/** The message's first reply neither asks where the citizen lives nor answers a need. */
async function notSentToANeed(language: string, text: string) {
  const user = citizen("Ugo", language);
  harness.emulator.sendText(user, text);
  const reply = await harness.emulator.nextBotMessage(user.id);
  expect(isPlaceQuestion(reply)).toBe(false);
  expect(isAnswer(reply)).toBe(false);
}

describe("a citizen who tells that a service goes well is not sent to it", () => {
  it.each([
    // Good news after the turn: how the message ends is what it says.
    ["en", "my son has dyscalculia but he's doing much better at school now", /Did you mean/],
  ])(
    "(%s) «%s» is asked about, not answered with a place question",
    async (language, text, asked) => {
      const user = citizen("Rina", language);
      harness.emulator.sendText(user, text);
      const reply = await harness.emulator.nextBotMessage(user.id);
      expect(isPlaceQuestion(reply)).toBe(false);
      expect(isAnswer(reply)).toBe(false);
      // The need stays one tap away, should the citizen want it after all.
      expect(shown(reply)).toMatch(asked);
    },
  );
});

describe("a citizen who tells a fact of a need already met is not sent to it", () => {
  it.each([
    ["it", "mio padre la dichiarazione la fa al patronato vicino a casa", /Intendevi/],
    // What one does for a living, told: a job held, not a job asked for.
    ["it", "lavoro come colf per due famiglie a Città Studi", /Intendevi/],
    ["en", "I work as a nanny for a family in Isola", /Did you mean/],
  ])(
    "(%s) «%s» is asked about, not answered with a place question",
    async (language, text, asked) => {
      const user = citizen("Ada", language);
      harness.emulator.sendText(user, text);
      const reply = await harness.emulator.nextBotMessage(user.id);
      expect(isPlaceQuestion(reply)).toBe(false);
      expect(isAnswer(reply)).toBe(false);
      expect(shown(reply)).toMatch(asked);
    },
  );
});

describe("a service praised or a fact told, refused by the model itself, is not sent to it", () => {
  // Asked «Intendevi…?» until session 36: the model that learns from the older writers
  // (session 37) refuses these too surely to ask; no need is taken either way.
  it.each([
    ["it", "il custode sociale passa ogni settimana da mio zio, è una persona splendida"],
    ["en", "the meals on wheels service was excellent for my grandad last year"],
    ["en", "my dad's tax return is done by the CAF every year"],
  ])("(%s) «%s» gets no place question and no answer", notSentToANeed);
});

describe("a need's words for what WeMi does not serve (a bar, another language, schoolwork) are not taken as the need", () => {
  // The model reads a colf at 0.85, above the bar a place WeMi does not serve asks (0.8); since
  // session 42 cleaning for one's own premises is refused at any confidence.
  it("(it) «cerco una persona che faccia le pulizie nel mio bar la sera» gets no place question and no answer (won back in session 42)", () =>
    notSentToANeed("it", "cerco una persona che faccia le pulizie nel mio bar la sera"));

  it.each([
    ["en", "I'd like a French course, evening classes"],
    // Schoolwork about a need: a pupil learning about a service does not ask for it.
    ["it", "mio figlio deve fare una ricerca per la scuola sui custodi sociali"],
    ["en", "school project on meals on wheels: how does the service work?"],
  ])("(%s) «%s» gets no place question and no answer", notSentToANeed);
});
