import { describe, expect, it } from "vitest";
import { isContentWord } from "../../src/nlu/features.js";
import { readMessage } from "../../src/nlu/reading.js";

const cues = (text: string) => readMessage(text, isContentWord).cues;

describe("telling, not asking, in the languages the bot reads", () => {
  it.each([
    "a minha avó já tem uma cuidadora, vem todas as manhãs",
    "mi tía ya tiene una señora que le limpia la casa",
    "mon grand-père a déjà une aide à domicile",
    "у мами вже є доглядальниця",
  ])("«%s» tells what is already there", (text) => {
    expect(cues(text).has("statement")).toBe(true);
  });

  it.each([
    "mi madre ya no puede quedarse sola en casa",
    "a minha mãe já não consegue cozinhar",
    "мама вже не може жити сама",
  ])("«%s» tells what can no longer be done: a need, not something already there", (text) => {
    expect(cues(text).has("statement")).toBe(false);
  });

  it.each([
    "la cuidadora de mi abuelo es un encanto, estamos muy contentos",
    "îngrijitoarea bunicii e o comoară, suntem foarte mulțumiți",
    "доглядальниця нашої бабусі чудова, ми задоволені",
    // Help had, told loved or recommended, and «й» read as «и» (session 31).
    "o meu avô vai ao centro de dia desde março e adora as atividades",
    "a minha vizinha usou o serviço de refeições do Comune, recomendo",
    "mi abuela va al grupo de los martes y adora a las voluntarias",
    "бабуся ходить у клуб для літніх, це найкраще, що з нею було тут",
    "маме привозят обеды от Comune, рекомендую",
    "няня в нас дуже добра, я задоволений",
  ])("«%s» is good news: nothing asked", (text) => {
    expect(cues(text).has("satisfied")).toBe(true);
  });

  it("a doctor's recommendation before a question asks for what was recommended", () => {
    expect(
      cues("a pediatra recomendou psicomotricidade, onde tem em Milão?").has("satisfied"),
    ).toBe(false);
  });

  it("good news before a «mas» is not how the message ends", () => {
    expect(cues("o meu pai está ótimo de saúde, mas passa o dia sozinho").has("satisfied")).toBe(
      false,
    );
  });
});
