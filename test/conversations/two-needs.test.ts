import { describe, expect, it } from "vitest";
import { readUntil, shown } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

const harness = useHarness();

describe("two needs named in one message", () => {
  it("«una badante e i pasti a domicilio» is answered with the first, the other offered, no «Intendevi…?»", async () => {
    const { emulator } = harness;
    const user = citizen("Bruno");
    emulator.sendText(
      user,
      "mi servono una badante e i pasti a domicilio per mio padre, abita a Baggio",
    );
    const offered = (text: string) => /Hai chiesto anche: (Pasti a domicilio|Badante)/.test(text);
    const read = await readUntil(
      emulator,
      user.id,
      (m) => emulator.buttonsOf(m).some((b) => offered(b.text)) || /Intendevi/.test(shown(m)),
    );
    const texts = read.map(shown).join("\n");
    expect(texts).not.toMatch(/Intendevi/);
    expect(texts).toMatch(/Badante|Pasti a domicilio/);
  });
});
