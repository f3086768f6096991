import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { withCachedPhrases } from "../../src/language/cached-phrases.js";
import { occursIn } from "../../src/language/phrases.js";
import { createReplyReader } from "../../src/language/replies.js";
import { tokenize } from "../../src/nlu/normalize.js";
import { createDangerDetector } from "../../src/safety/danger.js";

const cues = { it: { violence: ["mi colpis*", "(ha|ho) ...2 (calci|pugni)"] } };

describe("phrases compiled once and kept for the next start (danger cues, typed replies)", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "wemi-phrase-cache-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const detector = () =>
    withCachedPhrases(
      "danger-phrases",
      (compile) => createDangerDetector(cues, undefined, compile),
      dir,
    );
  const stored = async () => {
    const [file] = await readdir(dir);
    return join(dir, file as string);
  };

  it("hears the same dangers from the kept cues as from freshly compiled ones", async () => {
    const fresh = createDangerDetector(cues);
    const first = await detector();
    const next = await detector();
    for (const text of ["Mio marito mi colpisce", "mi ha dato dei calci", "ho colpito la palla"])
      expect([first(text), next(text)]).toEqual([fresh(text), fresh(text)]);
    expect(next("mio marito mi colpisce sempre")?.kind).toBe("violence");
  });

  it("reads the next start's cues from what was kept, and compiles an edited cue anew", async () => {
    await detector();
    const kept = JSON.parse(await readFile(await stored(), "utf8"));
    expect(Object.keys(kept).sort()).toEqual(["(ha|ho) ...2 (calci|pugni)", "mi colpis*"]);
    // Were the cue compiled again, "mi colpisce" would still be heard; from the store, it is not.
    kept["mi colpis*"] = kept["(ha|ho) ...2 (calci|pugni)"];
    await writeFile(await stored(), JSON.stringify(kept));
    expect(
      await withCachedPhrases(
        "danger-phrases",
        (compile) => occursIn(tokenize("mi colpisce"), compile("mi colpis*")),
        dir,
      ),
    ).toBe(false);
    const edited = await withCachedPhrases(
      "danger-phrases",
      (compile) => occursIn(tokenize("mi ha preso a schiaffi"), compile("mi ha ...3 schiaf*")),
      dir,
    );
    expect(edited).toBe(true);
    expect(Object.keys(JSON.parse(await readFile(await stored(), "utf8")))).toEqual([
      "mi ha ...3 schiaf*",
    ]);
  });

  it("reads typed replies the same from the kept phrases", async () => {
    const reader = () =>
      withCachedPhrases(
        "reply-phrases",
        (compile) =>
          createReplyReader(
            { it: { yes: ["si|certo"], no: ["no", "non ...2 serve"] } },
            null,
            compile,
          ),
        dir,
      );
    await reader();
    const kept = await reader();
    expect(["Sì!", "certo, grazie", "no", "non mi serve"].map((text) => kept(text).kind)).toEqual([
      "yes",
      "yes",
      "no",
      "no",
    ]);
  });

  it("still refuses a cue with no word in it, keeping nothing", async () => {
    await expect(
      withCachedPhrases(
        "danger-phrases",
        (compile) => createDangerDetector({ it: { violence: ["!!!"] } }, undefined, compile),
        dir,
      ),
    ).rejects.toThrow(/danger cues \(it, violence\)/);
    expect(await readdir(dir)).toEqual([]);
  });
});
