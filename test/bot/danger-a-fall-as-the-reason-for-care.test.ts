import { describe, expect, it } from "vitest";
import { citizen, useHarness } from "../support/harness.js";
import { emergencyNumbers, isPlaceQuestion, shown } from "./story.js";

const harness = useHarness();

describe("a daughter whose mother fell yesterday and can no longer wash alone", () => {
  it("is asked where she lives, to be offered care at home, not 112", async () => {
    const user = citizen("Giulia", "it");
    harness.emulator.sendText(
      user,
      "mia mamma ha 86 anni, vive sola… ieri è caduta in bagno, non riesce più a lavarsi da sola",
    );
    const first = await harness.emulator.nextBotMessage(user.id);
    expect(emergencyNumbers(shown(first))).toBe(false);
    expect(isPlaceQuestion(first)).toBe(true);
  });

  it("is asked where she lives when the fall left her unable to get out of bed alone", async () => {
    const user = citizen("Giulia", "it");
    harness.emulator.sendText(
      user,
      "mia mamma è caduta ieri e non riesce più ad alzarsi dal letto da sola",
    );
    const first = await harness.emulator.nextBotMessage(user.id);
    expect(emergencyNumbers(shown(first))).toBe(false);
    expect(isPlaceQuestion(first)).toBe(true);
  });

  it("still gets 112 when she is on the floor and cannot get up", async () => {
    const user = citizen("Giulia", "it");
    harness.emulator.sendText(user, "mia mamma è caduta in bagno e non riesce ad alzarsi");
    const first = await harness.emulator.nextBotMessage(user.id);
    expect(emergencyNumbers(shown(first))).toBe(true);
  });
});
