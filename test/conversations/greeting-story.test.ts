import { describe, expect, it } from "vitest";
import { shown, until } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

const harness = useHarness();

describe("a story opened with a greeting", () => {
  it("«buonasera cerco una colff…» is answered with the need, not «Intendevi…?» for the greeting's sake", async () => {
    const user = citizen("Nina");
    harness.emulator.sendText(
      user,
      "buonasera cerco una colff x mia nonna, abita a Quarto Ogiaro, non le serve la badante solo le pulizie 2 volte a settimana",
    );
    const reply = shown(await until(harness.emulator, user.id, /\?/));
    expect(reply).toMatch(/Colf e aiuto per le pulizie/);
    expect(reply).not.toMatch(/Intendevi/);
    // The carer she refused is never offered.
    expect(reply).not.toMatch(/Badante e assistenza/);
  });
});
