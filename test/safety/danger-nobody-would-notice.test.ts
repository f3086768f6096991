import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadDangerDetector } from "../../src/safety/danger.js";

const detect = loadDangerDetector(join(PROJECT_ROOT, "locales"));

describe("«nobody would notice if I were gone», in the languages the bot reads", () => {
  it.each([
    "tanto se sparisco nessuno se ne accorgerebbe",
    "se stanotte non mi sveglio pazienza, è meglio così",
    "nobody would care if I died tonight",
    "personne ne remarquerait si je disparaissais",
    "ninguém notaria se eu desaparecesse",
    "nimeni nu ar observa daca as disparea",
  ])("«%s» alarms", (text) => {
    expect(detect(text)?.kind).toBe("self_harm");
  });

  it("praise nobody notices is no emergency", () => {
    expect(detect("nessuno se ne accorge ma il mio vicino è bravissimo")).toBeNull();
  });
});

describe("exasperation: someone or something that «makes me want to» jump", () => {
  it("is a figure of speech", () => {
    expect(detect("questa burocrazia mi fa venire voglia di buttarmi dalla finestra")).toBeNull();
  });

  it("the wish itself, unprompted, alarms", () => {
    expect(detect("mi viene voglia di buttarmi sotto il treno")?.kind).toBe("self_harm");
  });
});
