import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);
const verdict = (text: string) => detect.verdict?.(text);

describe("a past placed months or years back and told as over: the gentle line, not the alarm", () => {
  it.each([
    "l'anno scorso il mio compagno mi picchiava, adesso vivo serena e cerco lavoro come colf",
    "last year my partner used to hit me, I'm fine now and looking for a cleaning job",
    "el año pasado mi pareja me golpeaba, ahora estoy bien, busco trabajo de limpieza",
    "anul trecut soțul mă bătea, acum sunt bine și caut de lucru",
  ])("«%s» gets its need and one line with 112 and 1522", (text) => {
    expect(verdict(text)?.signal).toBeNull();
    expect(verdict(text)?.caution).toBeDefined();
  });

  it.each([
    // back then, but it came back tonight
    ["l'anno scorso il mio compagno mi picchiava e stasera ha ricominciato", "violence"],
    // told after the end: heard as new
    ["l'anno scorso mi picchiava, ora sto bene ma ieri sera mi ha minacciato di morte", "violence"],
    // yesterday is no distant past, whatever follows
    ["ieri mio marito mi ha picchiata, ora sto bene", "violence"],
    // months back and never said to be over
    ["last year my partner used to hit me and I still live with him", "violence"],
    // an Italian «dati» is no Tagalog «once»: the past and its end are read in one language
    ["mio marito mi picchia, ho dato i dati alla polizia, ora sto bene", "violence"],
  ])("«%s» still alarms", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });
});

describe("someone else's violence placed months or years back by a time next to it: the gentle line", () => {
  it("a cousin beaten outside a club last year, who no longer goes out, gets the line", () => {
    const read = verdict(
      "mio cugino è stato picchiato fuori da una discoteca l'anno scorso, adesso non esce più la sera, con chi può parlare?",
    );
    expect(read?.signal).toBeNull();
    expect(read?.caution).toBeDefined();
  });

  it.each([
    // back then, but he came back tonight
    ["mia sorella è stata picchiata dal marito l'anno scorso e stasera lui è tornato", "violence"],
    // the time places the push back, not the control told far from it, which goes on
    [
      "il compagno di mia figlia la controlla sul telefono e l'ha spinta giù dalle scale l'anno scorso",
      "violence",
    ],
  ])("«%s» still alarms", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });
});

describe("in Sinhala, blows placed last year and told as over", () => {
  it("get the gentle line", () => {
    const read = verdict("ගිය අවුරුද්දේ මගේ සැමියා මට ගැහුවා, දැන් මම හොඳින්");
    expect(read?.signal).toBeNull();
    expect(read?.caution?.kind).toBe("violence");
  });

  it("alarm when nothing places them back", () => {
    expect(detect("මගේ සැමියා මට ගැහුවා, දැන් මම හොඳින්")?.kind).toBe("violence");
  });
});
