import { describe, expect, it } from "vitest";
import { sayTo, shown } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

const harness = useHarness();

const say = sayTo(harness);

const OUTSIDE_MILAN = /fuori Milano|WeMi è la rete del Comune di Milano/;

describe("a Milanese who says «Lodi» for the area of corso Lodi", () => {
  it("at the area question is asked which Lodi, and «zona Lodi» is Municipio 4", async () => {
    const user = citizen("Franca");
    await say(user, "mia madre ha 85 anni e non riesce più a cucinare", /In che zona/);
    const asked = shown(await say(user, "Lodi", /Lodi/));
    expect(asked).toMatch(/la zona di Milano o la città di Lodi\?/);
    expect(asked).not.toMatch(OUTSIDE_MILAN);
    const answer = shown(await say(user, "zona Lodi", /📍/));
    expect(answer).toMatch(/Ho capito: Lodi → Municipio 4/);
    expect(answer).not.toMatch(OUTSIDE_MILAN);
  });

  it("in her story («abito a Lodi») is asked too, and «città di Lodi» is the town", async () => {
    const user = citizen("Franca");
    const asked = shown(await say(user, "cerco una badante, abito a Lodi", /Lodi/));
    expect(asked).toMatch(/la zona di Milano o la città di Lodi\?/);
    expect(shown(await say(user, "città di Lodi", /📍/))).toMatch(/Lodi, fuori Milano/);
  });

  it("«zona Lodi» and «corso Lodi» need no question", async () => {
    const user = citizen("Franca");
    const answer = shown(await say(user, "cerco una badante, abito in zona Lodi", /📍/));
    expect(answer).toMatch(/Lodi → Municipio 4/);
  });
});

describe("a Spanish-speaking daughter who answers the area question with «Lodi»", () => {
  it("is asked in Spanish, and «zona Lodi» is Milan's area", async () => {
    const user = citizen("Rosa", "es");
    await say(user, "busco una cuidadora para mi madre", /¿En qué zona/);
    const asked = shown(await say(user, "Lodi", /Lodi/));
    expect(asked).toMatch(/¿la zona de Milán o la ciudad de Lodi\?/);
    expect(shown(await say(user, "zona Lodi", /📍/))).toMatch(/Lodi → Municipio 4/);
  });
});
