import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadReplyReader } from "../../src/language/replies.js";
import { dangerDetectorOnFirstUse, replyReaderOnFirstUse } from "../../src/runtime/on-first-use.js";
import { loadDangerDetector, readDanger } from "../../src/safety/danger.js";

const locales = join(PROJECT_ROOT, "locales");

describe("phrases compiled after start-up", () => {
  it("nothing is compiled before the first message that needs it, then once", () => {
    let compiled = 0;
    const danger = dangerDetectorOnFirstUse(() => {
      compiled++;
      return loadDangerDetector(locales);
    });
    expect(compiled).toBe(0);
    readDanger(danger.detect, "voglio farla finita");
    danger.make();
    danger.detect("ciao");
    expect(compiled).toBe(1);
  });

  it("a danger message read before the warm-up gets the same verdict as from the compiled cues", () => {
    const real = loadDangerDetector(locales);
    const { detect } = dangerDetectorOnFirstUse(() => loadDangerDetector(locales));
    for (const text of ["voglio farla finita", "mio padre non risponde da tre giorni", "ciao"]) {
      expect(readDanger(detect, text)).toEqual(readDanger(real, text));
      expect(detect(text)).toEqual(real(text));
    }
  });

  it("a reply read before the warm-up is read as the compiled reader reads it", () => {
    const real = loadReplyReader(locales, null);
    const { read } = replyReaderOnFirstUse(() => loadReplyReader(locales, null));
    for (const text of ["sì grazie", "preferisco non dirlo", "no, scrivetemi qui"]) {
      expect(read(text, "it")).toEqual(real(text, "it"));
      expect(read.words(text)).toEqual(real.words(text));
    }
  });
});
