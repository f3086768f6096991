import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * A request told in distress («NON CE LA FACCIO PIÙ! MIO PADRE NON SI LAVA PIÙ DA SOLO») gets
 * its answer, not the emergency numbers: despair said in a sentence of its own before the
 * request or the story is how the writer feels, and what follows says whether anyone is in
 * danger. Despair alone, or told with a danger, is still an alarm. A model that hears only
 * despair stands in for the trained one (which had learnt «non ce la faccio più» as a danger
 * word), so that what is tested is what the model is given. Sentences of our own.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
// It hears a call for help too («aiuto», «help», «tulong»), learnt as danger words with what
// follows them; anything else it hears as neither (0: short of its bar, and not sure enough of
// the ordinary to silence a cue, MODEL_SURE_ORDINARY_ODDS).
const hearsDespair = (text: string) =>
  /non ce la faccio|non ne posso|disperat|can'?t (take it|cope)|desperate|aiuto|help|tulong/i.test(
    text,
  )
    ? 50
    : 0;
const detect = createDangerDetector(cues, hearsDespair);

describe("a request opened by despair is answered as a request", () => {
  it.each([
    "NON CE LA FACCIO PIÙ! MIO PADRE NON SI LAVA PIÙ DA SOLO E IO LAVORO FINO ALLE OTTO",
    "Non ne posso più! Il nonno da quando è rimasto solo mangia solo pane e latte",
    "SONO DISPERATA!!! La babysitter ci ha lasciato e lunedì ricomincio a lavorare",
    "I CAN'T TAKE IT ANYMORE! MY DAD NEEDS SOMEONE TO COOK FOR HIM",
    "I can't cope anymore. The forms for my mum's pension make no sense to me",
    "I'm desperate. My mum fell twice this month and now she is afraid to shower alone",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("a job seeker's despair told with what is missing is no alarm", () => {
  it("«I can't go on without a job …»", () => {
    expect(
      detect("I can't go on without a job, six months of interviews. I can iron and cook"),
    ).toBeNull();
  });
});

describe("despair told in the request's own sentence is its background", () => {
  it("«I can't take it anymore, I need a cleaner …»", () => {
    expect(
      detect("I can't take it anymore, I need a cleaner for the stairs twice a week"),
    ).toBeNull();
  });
});

describe("despair alone, or told with a danger, is still heard", () => {
  it.each([
    "Non ce la faccio più!",
    "I can't take it anymore",
    "Non ne posso più! Stanotte la faccio finita",
    "I can't take it anymore. He hits me every night",
    "non ce la faccio più. davvero stavolta. non voglio più svegliarmi",
    "I can't take it anymore, I look after my dad alone and I want to die",
    "I can't go on without him, I have the pills ready",
    "I can't take it anymore, I need a cleaner, and tonight I'll end it all",
  ])("«%s»", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});

describe("despair ended by a comma before a story that asks nothing is how the writer feels", () => {
  it.each([
    "Non ce la faccio più, mia madre ha 88 anni e da quando è caduta non vuole più uscire",
    "I can't take it anymore, my mum fell twice this month and now she won't shower alone",
    "I'm desperate: the babysitter quit and I start my new job on Monday",
    "Non ne posso più - il nonno mangia solo pane e latte da quando è rimasto solo",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("despair ended by a comma before a danger, and a call for help before a comma, are heard", () => {
  it.each([
    "Non ce la faccio più, stanotte la faccio finita",
    "I can't take it anymore, he hits me every night",
    "I'm desperate, I have the pills ready and I want to die",
    "tulong po, ang lola ko ay hindi gumagalaw",
    "help, my grandad is on the kitchen floor",
  ])("«%s»", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});
