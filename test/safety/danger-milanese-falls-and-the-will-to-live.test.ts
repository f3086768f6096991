import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("a fall told in Milanese: «crudà giò», «giò per tèra», breathing «mal» or «pocch»", () => {
  it.each([
    "el nonno l'è crudà giò in cusina, vegni subit",
    "la zia l'è crudada giò dal lett stanott",
    "hoo trovaa el papà giò per tèra in del curridor",
    "la nonna la respira pocch e la parla no",
  ])("«%s» alarms as a collapse", (text) => {
    expect(detect(text)?.kind).toBe("collapse");
  });

  it("a fall the year before, now a need, does not", () => {
    expect(
      detect(
        "el me nonn l'è crudà giò l'an passaa, adess el gh'ha bisogn de vun che ghe daga 'na man",
      ),
    ).toBeNull();
  });
});

describe("not wanting to live, in Sinhala however «want» and «not» are spelt", () => {
  it.each(["මට ජීවත් වෙන්න ඕන නැහැ", "තාත්තා බිම වැටිලා කතා කරන්නේ නෑ"])("«%s» alarms", (text) => {
    expect(detect(text)).not.toBeNull();
  });

  it("wanting to live in Milan does not", () => {
    expect(detect("මට මිලානෝ වල ජීවත් වෙන්න ඕනේ")).toBeNull();
  });
});
