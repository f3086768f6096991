import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../src/catalogue/load.js";
import type { NeedQuestion } from "../../src/catalogue/schema.js";
import { impliedOption, matchOption } from "../../src/conversations/need-question.js";

const work: NeedQuestion = {
  text: { it: "Cerchi lavoro come assistente familiare?" },
  options: [
    { label: { it: "Sì, come assistente familiare", en: "Yes, home-care work" }, services: ["a"] },
    { label: { it: "No, un altro lavoro", en: "No, another job" }, services: ["b"] },
  ],
};

describe("a typed answer to a need's question", () => {
  it.each([
    ["sì", 0],
    ["si grazie", 0],
    ["come assistente familiare", 0],
    ["yes", 0],
    ["no", 1],
    ["un altro lavoro", 1],
    ["another job please", 1],
  ])("%j picks option %i", (answer, option) => {
    expect(matchOption(answer, work)).toBe(option);
  });

  it.each(["boh", "magari", ""])("%j picks none, so the question is asked again", (answer) => {
    expect(matchOption(answer, work)).toBe(-1);
  });
});

describe("a question the need's own message already answers is not asked", () => {
  const lavoro = async () => {
    const loaded = await loadCatalogue();
    if (!loaded.ok) throw new Error("the catalogue has errors");
    const question = loaded.catalogue.intents.find((intent) => intent.id === "lavoro")?.question;
    if (!question) throw new Error("lavoro asks which work");
    return question;
  };

  it.each([
    "cerco lavoro come badante",
    "I'm looking for work as a nanny",
    "Hola, busco trabajo como cuidadora de ancianos",
    "caut de lucru ca îngrijitoare",
    "Добрий день, шукаю роботу доглядальницею",
    "Ищу работу сиделкой",
    "naghahanap po ako ng trabaho bilang caregiver",
    "non voglio restare a casa, faccio la badante",
    "nu vreau sa stau fara lucru, lucrez ca badanta",
    "trabajo de cuidadora hace diez años pero la señora fallecio y ahora no tengo trabajo",
    "faccio la badante da dieci anni ma adesso non ho lavoro",
  ])("%j says home-care work", async (message) => {
    expect(impliedOption(await lavoro(), message)).toBe(0);
  });

  it.each([
    "cerco lavoro",
    "cerco lavoro in fabbrica",
    "cerco lavoro ma non come badante",
    "looking for a job, not as a carer",
    "I don't want to be a carer any more",
    "nu vreau sa mai lucrez ca badanta",
    "busco trabajo pero no como cuidadora",
    "I work as a carer but I don't want to be a carer any more",
  ])("%j does not say it, so the citizen is asked", async (message) => {
    expect(impliedOption(await lavoro(), message)).toBe(-1);
  });
});
