import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * A faint or a choke told with its happy end said outright («she's totally fine», «coughed it
 * out and is fine»), with no «now», is over; so is «stalking» someone's Instagram. What follows
 * the end, and a person stalked, still alarm. Sentences of our own, none from any set.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("an end said outright, and stalking a profile", () => {
  it.each([
    "the baby choked on milk this morning but coughed it out and is fine, any baby first aid courses?",
    "my mum fainted at the wedding from the heat, she's totally fine, but we'd like a carer for summer",
    "I stalked her Instagram and she seems like a great nanny, how do I check references?",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    [
      "the baby choked on a grape and coughed it out but now he's blue and not breathing",
      "collapse",
    ],
    ["she fainted, she said she's totally fine but now she won't wake up", "collapse"],
    ["my ex is stalking me on Instagram and outside my flat", "violence"],
  ])("«%s» alarms", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });
});

/** A child who plays again after a bump has come through it; what is told after a «ma» has not. */
describe("a child back to playing after a bump", () => {
  it.each([
    "il piccolo ha battuto la testa sul tavolo, un bernoccolo, gioca tranquillo",
    "mia figlia è caduta dallo scivolo, ha pianto un po' ma ora gioca come se niente fosse",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    "ha battuto la testa, gioca tranquillo ma adesso vomita e ha tanto sonno",
    "mio marito picchia i bambini, poi gioca tranquillo alla playstation",
  ])("«%s» alarms", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});
