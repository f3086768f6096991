import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, cueId, dangerCuesSchema } from "../../src/safety/danger.js";

const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detector = createDangerDetector(cues);

/** A parenthesised group or a run of non-space characters, as the cue syntax reads them. */
const PIECES = /!?\([^)]*\)|\S+/gu;
const CHINESE = /^[\p{Script=Han}|]+$/u;

/**
 * A cue written as the messages it was written for: each alternative of each group once, the
 * other groups at their first alternative, gaps and `!word` left out, `word*` as the word.
 */
function messagesOf(source: string): string[] {
  if (CHINESE.test(source)) return source.split("|").filter((a) => a !== "");
  const steps = (source.match(PIECES) ?? [])
    .filter((piece) => !piece.startsWith("!") && !/^\.\.\.\d*$/u.test(piece))
    .map((piece) =>
      (/^\((.*)\)$/u.exec(piece)?.[1] ?? piece)
        .split("|")
        .map((alternative) => alternative.replaceAll("*", "").trim()),
    );
  return steps.flatMap((alternatives, i) =>
    alternatives.map((chosen) => steps.map((s, j) => (j === i ? chosen : s[0])).join(" ")),
  );
}

const unmatched = () =>
  Object.entries(cues).flatMap(([language, byRole]) =>
    Object.entries(byRole).flatMap(([role, sources]) =>
      (sources ?? []).flatMap((source) =>
        messagesOf(source)
          .filter((message) => !detector.cuesIn?.(message).includes(cueId(language, role, source)))
          .map((message) => `${language} ${role} «${source}»: «${message}»`),
      ),
    ),
  );

describe("every danger cue hears the words it was written for", () => {
  it("«used to tell» is heard: a doubled letter is folded after the words are read, as in a message (not «tel» → «telefono»)", () => {
    const tell = cueId(
      "en",
      "long_ago",
      "(told me|tells me|told us|used to tell) ...4 (used to|when she was|when he was)",
    );
    expect(detector.cuesIn?.("she used to tell me he hit her when she was young")).toContain(tell);
  });

  it("each cue of every locales/*/danger.yaml, written as a message, is matched by itself", () => {
    expect(unmatched()).toEqual([]);
  });
});
