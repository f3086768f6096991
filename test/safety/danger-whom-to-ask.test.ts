import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);

describe("a practical question, whom to call or ask, is not heard as danger by the model alone", () => {
  // A model as unsure as the shipped one was on these: above its odds, below sure.
  const fairlySure = createDangerDetector(cues, () => 15);
  const sure = createDangerDetector(cues, () => 40);

  it.each([
    "qualcuno ha rigato la macchina sotto casa in viale Ungheria, chi chiamo?",
    "ho trovato il portafoglio per terra davanti al wemi, a chi lo do?",
    "ho scritto una lettera di presentazione per fare la badante, me la correggete?",
    "our neighbour's dog barks all night, who do I call?",
  ])("«%s» gets no alarm from a model short of sure", (text) => {
    expect(fairlySure(text)).toBeNull();
  });

  it("a model sure of danger is still heard, and so are the cues", () => {
    expect(
      sure("qualcuno ha rigato la macchina sotto casa in viale Ungheria, chi chiamo?"),
    ).toEqual({
      kind: "distress",
      cue: "model",
    });
    expect(fairlySure("mio padre è a terra e non respira, chi chiamo?")?.kind).toBe("collapse");
  });
});
