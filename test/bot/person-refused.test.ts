import { beforeAll, describe, expect, it } from "vitest";
import type { TestGroup } from "../../src/emulator/bot-api-emulator.js";
import { until } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";
import { readUntil, shown } from "./story.js";

/**
 * Session 35: a citizen who says she wants no person, and what she wants instead, gets that and
 * is never asked her consent to be contacted. Before, the French message was read as the person
 * (the Italian courses beside it, 0.50 each); the Italian and Spanish ones, whose need the model
 * reads surely, keep it so.
 */
const operators: TestGroup = { id: -1001835, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

const CONSENT = /Sei d'accordo|Do you agree|¿Estás de acuerdo/;
/** The answer of a need: where to go. */
const ANSWER = /Dove rivolgerti|Where to go|Adónde ir/;
const AREA = /In che zona|Where in Milan|En qué zona/;
/** «Did you mean…?»: the courses guessed, before she says yes. */
const GUESS = /Intendevi|Did you mean|Querías decir/;
/** Several guesses: which, typed by name. */
const WHICH = /Quale di queste|Which of these|Which one|Cuál de estas/;
const STEP = new RegExp([AREA, ANSWER, CONSENT, GUESS, WHICH].map((r) => r.source).join("|"));
const YES: Record<string, string> = { fr: "oui", it: "sì", es: "sí", zh: "是的" };

// The model of the other languages is read on their first message: read before the stories.
beforeAll(async () => {
  const warmUp = citizen("Warm-up");
  harness.emulator.sendText(warmUp, "hola");
  await until(harness.emulator, warmUp.id, /./, 30_000);
}, 60_000);

describe("a citizen who refuses a person is not offered one", () => {
  it.each([
    ["fr", "je ne veux pas parler à quelqu'un, juste des informations sur les cours d'italien"],
    ["it", "non voglio essere richiamato da nessuno, mi servono solo i corsi di italiano"],
    ["es", "no quiero hablar con una persona, solo información sobre cursos de italiano"],
    // «不想» (don't want) is one word: the person was asked, the consent too (second round).
    ["zh", "我不想和工作人员说话，只想知道意大利语课程"],
  ])("(%s) %j gets the courses, not the consent", async (language, text) => {
    const user = citizen("Lucía", language);
    const said: string[] = [];
    // A guess is answered yes, which one by its name, the area with a street: she goes on.
    const replies: [RegExp, string][] = [
      [GUESS, YES[language] as string],
      [WHICH, "corsi di italiano"],
      [AREA, "via padova 120"],
    ];
    let message = text;
    for (let turn = 0; turn < 4; turn++) {
      harness.emulator.sendText(user, message);
      const read = (await readUntil(harness.emulator, user, (m) => STEP.test(shown(m)))).map(shown);
      said.push(...read);
      const next = replies.find(([asked]) => asked.test(read.at(-1) as string));
      if (next === undefined) break;
      message = next[1];
    }
    expect(said.join("\n")).not.toMatch(CONSENT);
    expect(said.join("\n")).toMatch(ANSWER);
  });
});
