import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalogue } from "../../src/catalogue/load.js";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { DANGER_INTENT } from "../../src/safety/danger.js";
import {
  catalogueExamples,
  DANGER_MODEL_ODDS,
  type DangerModel,
  type LabelledText,
  ORDINARY_STORIES,
  trainDangerModel,
} from "../../src/safety/danger-model.js";
import { DANGER_SETS, loadDangerSet } from "../../src/safety/evaluate.js";

/**
 * The model learns ordinary hard-life stories of our own beside the danger sets, so the
 * everyday words of a story told to ask for help weigh less for danger, and a danger told
 * in a carer's words still alarms. Sentences of our own, none in the stories file.
 */
const NLU_DIR = join(PROJECT_ROOT, "data", "nlu");
const load = async (files: readonly string[]) =>
  (await Promise.all(files.map((file) => loadDangerSet(join(NLU_DIR, file))))).flat();

let withStories: DangerModel;
let withoutStories: DangerModel;
beforeAll(async () => {
  const loaded = await loadCatalogue();
  if (!loaded.ok) throw new Error("the shipped catalogue has errors");
  const base: LabelledText[] = [
    ...(await load(DANGER_SETS.dev)),
    ...catalogueExamples(loaded.catalogue, DANGER_INTENT),
  ];
  const stories = await load(ORDINARY_STORIES);
  expect(stories.length).toBeGreaterThan(0);
  expect(stories.every((story) => !story.danger)).toBe(true);
  withoutStories = trainDangerModel(base);
  withStories = trainDangerModel([...base, ...stories]);
  // two models trained on every danger set: past vitest's 10 s default on a loaded machine
}, 60_000);

describe("an ordinary story told to ask for help weighs less for danger", () => {
  it.each([
    "My card was eaten by the machine at the station and I have no cash, what do I do now?",
    "Lo dico solo perché la dottoressa insiste: stamattina papà ha fatto le scale da solo, ma vorremmo qualcuno che passi a vederlo.",
    // bruises a medicine explains: everyday words of harm
    "La mamma con l'anticoagulante si riempie di lividi per niente, lo sa anche il medico: ci serve una badante per il bagno",
  ])("«%s»", (text) => {
    expect(withStories(text)).toBeLessThan(withoutStories(text));
    expect(withStories(text)).toBeLessThan(DANGER_MODEL_ODDS);
  });
});

// Once danger-dev-34 (a concierge's neighbours: bumps, falls, children back to playing) joined
// the danger sets, they taught the model this much themselves: the stories no longer lower a
// toddler's laughed-off bump (−34.83 with them, −34.86 without), and it stays far from alarm.
describe("a bump a toddler laughs off is no danger to the model", () => {
  it("«Mia figlia ha sbattuto la testa sul lavandino, le è venuto un bernoccolo ma gioca tranquilla…»", () => {
    const text =
      "Mia figlia ha sbattuto la testa sul lavandino, le è venuto un bernoccolo ma gioca tranquilla. Fate corsi di primo soccorso?";
    expect(withStories(text)).toBeLessThan(DANGER_MODEL_ODDS);
    expect(withoutStories(text)).toBeLessThan(DANGER_MODEL_ODDS);
  });
});

describe("a danger told in a carer's or a widower's words still reaches the model's odds", () => {
  it.each([
    "I'm so tired of caring for my mum that I want to disappear forever, I've got the pills ready.",
    "Da quando è morta mia moglie non mangio più e non dormo, vorrei solo farla finita.",
  ])("«%s»", (text) => {
    expect(withStories(text)).toBeGreaterThanOrEqual(DANGER_MODEL_ODDS);
  });
});
