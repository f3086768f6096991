import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema, readDanger } from "../../src/safety/danger.js";

/**
 * A woman tells in passing that her husband hits her at times, when he drinks, then turns to
 * what she came for: an Italian course. The course is what she turns to («ma io volevo», «comunque»,
 * «anyway»), not what the blows are about, so she hears 112 and 1522, never only the course.
 * A film or a course that the violence is about still frames it. Sentences of our own.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const cuesAlone = createDangerDetector(cues);
/** The alarm or, at least, the gentle line: what the citizen is told about 112 and 1522. */
const toldOfHelp = (text: string) => {
  const { signal, caution } = readDanger(cuesAlone, text);
  return (signal ?? caution)?.kind;
};
const eachToldOfViolence = (stories: string[]) =>
  it.each(stories)("«%s»", (text) => {
    expect(toldOfHelp(text)).toBe("violence");
  });

describe("violence told as a habit, then a turn to a course, is heard in every language", () => {
  eachToldOfViolence([
    "a volte mio marito alza le mani quando beve, ma io volevo chiedere un corso di italiano",
    "ogni tanto lui mi mette le mani addosso, comunque volevo sapere del corso di italiano",
    "sometimes my husband hits me when he's drunk, anyway, about the Italian course",
    "he hits me now and then, but I wanted to ask about a language course",
    "a veces me pega cuando bebe, pero quería preguntar por un curso de italiano",
    "mi marido a veces me pega, de todas formas quería saber del curso",
    "parfois il me frappe quand il a bu, mais je voulais demander un cours d'italien",
    "às vezes ele me bate quando bebe, mas eu queria saber do curso de italiano",
    "uneori mă lovește când bea, dar voiam să întreb de un curs de italiană",
    "іноді він б'є мене, коли п'є, але я хотіла спитати про курс італійської",
    "иногда он бьёт меня, когда выпьет, но я хотела спросить про курс итальянского",
  ]);
});

describe("other turns to the request, and blows told as turning violent, are heard too", () => {
  eachToldOfViolence([
    "mio marito ogni tanto alza le mani, a parte questo volevo sapere del corso di italiano",
    "mio marito ogni tanto alza le mani, detto questo volevo sapere del corso di italiano",
    "lui a volte mi dà uno schiaffo quando è ubriaco, by the way cercavo un corso di italiano",
    "quando beve mi picchia, cambiando discorso c'è un corso di italiano?",
    "quando beve diventa violento, comunque cercavo un corso di italiano",
    "he gets violent when he drinks, anyway is there a language course?",
    "cuando bebe se pone violento, de todas formas quería saber del curso",
    "când bea devine violent, oricum voiam să întreb de cursul de italiană",
    "quand il boit il devient violent, bref je voulais un cours d'italien",
    "quando bebe fica violento, enfim queria saber do curso de italiano",
  ]);
});

describe("a film or a course that the violence is about still frames it", () => {
  it.each([
    "ho visto un film sulla violenza domestica, che tristezza",
    "ho fatto un corso sulla violenza di genere, ma ora cerco lavoro",
    "ho visto un film dove lui la picchia, ma comunque cerco un corso di italiano",
    "we watched a film where he hits her, anyway, is there an Italian course?",
  ])("«%s» is ordinary", (text) => {
    expect(readDanger(cuesAlone, text)).toMatchObject({ signal: null });
  });
});

describe("the rule, over cues of our own", () => {
  const detect = createDangerDetector({
    it: { violence: ["mi picchia"], not_danger: ["corso di"] },
  });
  it("a topic frames the blows in its clause, not across a turn", () => {
    expect(detect("mi picchia, corso di italiano")).toBeNull();
    expect(detect("mi picchia, comunque corso di italiano")?.kind).toBe("violence");
    expect(detect("mi picchia, in ogni caso corso di italiano")?.kind).toBe("violence");
    expect(detect("corso di italiano, ma mi picchia")?.kind).toBe("violence");
  });

  it("a «but» that says what it was explains the words before it, and turns from nothing", () => {
    const heard = createDangerDetector({ it: { violence: ["urla"], not_danger: ["la partita"] } });
    expect(heard("sentivo urla dal cortile, ma era la partita")).toBeNull();
    expect(heard("sentivo urla dal cortile, ma erano solo i ragazzi per la partita")).toBeNull();
    expect(heard("sentivo urla dal cortile, ma la partita è finita")?.kind).toBe("violence");
  });
});

describe("keys struck on a keyboard are no blows", () => {
  it("«il mio compagno picchia sulla tastiera fino a tardi, comunque cerco un corso di informatica»", () => {
    expect(
      cuesAlone(
        "il mio compagno picchia sulla tastiera fino a tardi, comunque cerco un corso di informatica",
      ),
    ).toBeNull();
  });
});
