import { describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { citizen, useHarness } from "../support/harness.js";
import { emergencyNumbers, last, readUntil, shown } from "./story.js";

/** Journeys typed end to end on the wording of session 32's new writers (dev-languages-30). */
const operators: TestGroup = { id: -1001632, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

/** The citizen types a message; every message the bot sent until one matches `next`. */
const saysTo = (user: TestUser) => async (text: string, next: RegExp) => {
  harness.emulator.sendText(user, text);
  return readUntil(harness.emulator, user, (m) => next.test(shown(m)));
};

describe("a Peruvian daughter who works nights and whose mother in Baggio cannot get out of bed alone", () => {
  it("is answered for a carer in Baggio, not with 112, and types her way to a confirmed request with her Ecuadorian mobile", async () => {
    const user = citizen("Rosa", "es");
    const say = saysTo(user);
    const answer = await say(
      "Mi madre vive sola en Baggio y ya no puede levantarse de la cama sin ayuda. Yo trabajo de noche en un hotel y mis hermanos están en Lima. La vecina la ayudaba pero ya no puede mas.",
      /¿Quieres que te contacte/,
    );
    const read = answer.map(shown).join("\n");
    expect(emergencyNumbers(read)).toBe(false);
    expect(read).toMatch(/Cuidadora/);
    expect(read).toMatch(/Baggio → Municipio 7/);

    await say("quiero que me llamen", /¿Estás de acuerdo/);
    await say("sí", /¿Cómo te llamas/);
    await say("Rosa Quispe", /¿A qué número/);
    await say("099 123 4567", /italiano o de otro país/);
    await say("es de Ecuador", /¿Cuándo prefieres/);
    await say("por la tarde", /nota/);
    const summary = shown(last(await say("ella habla solo español", /Revisa tu solicitud/)));
    expect(summary).toMatch(/Zona: Baggio, Municipio 7/);
    expect(summary).toMatch(/Teléfono: \+593991234567/);
    await say("sí", /te llamará/);
  });
});
