import { describe, expect, it } from "vitest";
import { sayTo, shown } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

const harness = useHarness();

const say = sayTo(harness);

/** The «Intendevi…?» of every dialogue language: what a home statement must never bring. */
const DID_YOU_MEAN = /Intendevi|Did you mean|Te refereai|¿Querías decir|Ви мали на увазі/;

describe("a citizen who, with a need answered, says only where they live", () => {
  it.each([
    ["it", "cerco una colf", "abito in via Padova 120"],
    ["it", "cerco una colf", "scusa, io abito in via Padova 120"],
    ["en", "I need a cleaner", "I live in via Padova 120"],
    ["es", "necesito una empleada doméstica", "vivo en via Padova 120"],
    ["ro", "caut o menajeră", "locuiesc pe via Padova 120"],
    ["ro", "caut o menajeră", "eu locuiesc pe via Padova 120"],
    ["uk", "шукаю прибиральницю", "я живу на via Padova 120"],
    ["ru", "ищу домработницу", "я живу на via Padova 120"],
    // «I was wrong, it's…»: a correction and the place, with no «I live» («I can't help» before).
    ["es", "necesito una empleada doméstica", "me equivoqué, es via Padova 120"],
    ["es", "necesito una empleada doméstica", "perdón, es en via Padova 120"],
    ["it", "cerco una colf", "scusi, ho sbagliato, è via Padova 120"],
    ["ro", "caut o menajeră", "am greșit, e via Padova 120"],
    ["uk", "шукаю прибиральницю", "вибачте, це via Padova 120"],
    ["en", "I need a cleaner", "sorry, it's via Padova 120"],
    // «No, …»: the answer said back is wrong. The comma closes the «no», which then cannot be
    // the «not» it also is in Spanish and Romanian.
    ["es", "necesito una empleada doméstica", "no, via Padova 120"],
    ["es", "necesito una empleada doméstica", "no, es en via Padova 120"],
    ["it", "cerco una colf", "no, via Padova 120"],
    ["uk", "шукаю прибиральницю", "ні, via Padova 120"],
    ["en", "I need a cleaner", "no, it's via Padova 120"],
    // Romanian, which the classifier guessed was the shopping («Te refereai…?» before).
    ["ro", "caut o menajeră", "nu, e via Padova 120"],
    ["ro", "caut o menajeră", "nu, via Padova 120"],
    // Languages the bot only reads, answered in English or Italian («I can't help» before).
    ["ru", "ищу домработницу", "нет, via Padova 120"],
    ["pt", "procuro uma empregada doméstica", "não, é na via Padova 120"],
    ["fr", "je cherche une femme de ménage", "non, c'est via Padova 120"],
  ])(
    "(%s) after «%s» and its answer, «%s» moves the answer to Municipio 2, never a need",
    async (language, need, home) => {
      const user = citizen("Casa", language);
      await say(user, need, /📍|Municipio|\?/);
      await say(user, "Municipio 3", /Municipio 3/);
      const reply = shown(await say(user, home, /Padova 120|\?/));
      expect(reply).toMatch(/Padova 120 → Municipio 2/);
      expect(reply).not.toMatch(DID_YOU_MEAN);
    },
  );

  it.each([
    ["it", "cerco una colf", "non abito in via Padova 120"],
    // Without a comma the Spanish and Romanian «no» is a «not»: «it is not via Padova 120».
    ["es", "necesito una empleada doméstica", "no es via Padova 120"],
    ["ro", "caut o menajeră", "nu e via Padova 120"],
    // French «non» is the Italian «not»: «non abito…» in any chat still denies.
    ["fr", "je cherche une femme de ménage", "non abito in via Padova 120"],
  ])(
    "(%s) after «%s» and its answer, a home denied («%s») is not taken as the area",
    async (language, need, home) => {
      const user = citizen("Casa", language);
      await say(user, need, /📍|Municipio|\?/);
      await say(user, "Municipio 3", /Municipio 3/);
      const reply = shown(await say(user, home, /./));
      expect(reply).not.toMatch(/Padova 120 → Municipio 2/);
    },
  );
});

describe("a short message that names two needs and a place", () => {
  // Lost in session 40, when that session's sealed and development lines left the model's
  // training (the carer read surely, 0.60, the cleaner 0.18). Won back in session 41 by the
  // model learning the writers to `dev-hard-33` (the carer 0.52, the cleaner 0.22: too close to
  // answer one); it rests on that margin, read surely at one seed of three.
  it("«badante colf Baggio» is asked «Intendevi…?», not taken for the area alone", async () => {
    const user = citizen("Casa");
    const reply = shown(await say(user, "badante colf Baggio", /./));
    expect(reply).toMatch(/Intendevi/);
  });
});
