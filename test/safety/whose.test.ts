import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/nlu/normalize.js";
import { undouble } from "../../src/safety/danger-model.js";
import { happensToOthers } from "../../src/safety/whose.js";

/**
 * The words of one sentence as the cues read them, each comma opening a clause, and whether
 * `cue` (its words) is theirs.
 */
function others(sentence: string, cue: string, language = "it"): boolean {
  const clauses = sentence.split(",").map((clause) => tokenize(clause).map(undouble));
  const words = clauses.flat();
  const clauseOf = clauses.flatMap((clause, index) => clause.map(() => index));
  const cueWords = tokenize(cue).map(undouble);
  const start = words.findIndex((_, at) => cueWords.every((w, i) => words[at + i] === w));
  return happensToOthers(
    words,
    { sentenceOf: words.map(() => 0), clauseOf },
    { language, start, end: start + cueWords.length },
  );
}

describe("whose story a danger cue tells", () => {
  it("someone else's when another person is named and no word names the citizen", () => {
    expect(others("un mio amico è stato aggredito", "è stato aggredito")).toBe(true);
    expect(others("mia mamma dice che è stanca di vivere", "stanca di vivere")).toBe(true);
    expect(others("my friend's husband hit her", "hit her", "en")).toBe(true);
  });

  it("the citizen's own when a pronoun or a verb ending names them, or no one else is named", () => {
    expect(others("mio marito mi maltratta", "maltratta")).toBe(false);
    expect(others("mia madre dice che vorrebbe uccidermi", "uccidermi")).toBe(false);
    expect(others("a volte penso al suicidio", "suicidio")).toBe(false);
    expect(others("he hit me", "hit me", "en")).toBe(false);
    expect(
      others("the father of the kids grabbed my arm really hard", "grabbed my arm", "en"),
    ).toBe(false);
    expect(others("my friend's husband grabbed my sister", "grabbed my sister", "en")).toBe(true);
  });

  it("the citizen's own when the clause it is told in names no one and the one before names them", () => {
    expect(
      others(
        "cerco una badante per mia madre, ma io non dormo, a volte penso al suicidio",
        "suicidio",
      ),
    ).toBe(false);
    expect(
      others(
        "I need a carer for my dad, but we are exhausted, sometimes it would be better to die",
        "better to die",
        "en",
      ),
    ).toBe(false);
    expect(others("mia madre, da un anno, dice che vorrebbe morire", "vorrebbe morire")).toBe(true);
    expect(others("mia madre vive con me, dice che vorrebbe morire", "vorrebbe morire")).toBe(true);
    expect(others("ogni tanto dice che vorrebbe morire, mia madre", "vorrebbe morire")).toBe(true);
  });

  it("never someone else's in a language whose pronouns sit inside words", () => {
    expect(others("زوجها يضربها", "يضربها", "ar")).toBe(false);
  });
});
