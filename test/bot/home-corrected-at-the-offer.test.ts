import { describe, expect, it } from "vitest";
import { citizen, useHarness } from "../support/harness.js";
import { last, readUntil } from "./story.js";

const harness = useHarness({});

/** Any step of a call: the consent asked, or the worker out of reach. */
const callStarted = /Do you agree|can't pass you to a worker/;

describe("a correction of where one lives, after an answer or a question", () => {
  // «actually we moved to Città Studi» at the offer: typed-journeys' Emma.
  it("«actually he lives in Lambrate, not with me» keeps the area and asks what was asked, no call", async () => {
    const user = citizen("Sam", "en");
    harness.emulator.sendText(
      user,
      "My dad barely eats since my mum died last year, he's on his own all day and I work",
    );
    // The model learning from the older writers asks «Did you mean…?»; the shipped one the area.
    const asked = last(
      await readUntil(harness.emulator, user, (m) =>
        /Did you mean|Where in Milan/.test(m.text ?? ""),
      ),
    );
    harness.emulator.sendText(user, "actually he lives in Lambrate, not with me");
    const read = await readUntil(
      harness.emulator,
      user,
      (m) =>
        /Which one\?|Did you mean|Where to go/.test(m.text ?? "") || callStarted.test(m.text ?? ""),
    );
    expect(read.map((m) => m.text).join("\n")).toMatch(/Lambrate → Municipio 3/);
    expect(last(read).text).not.toMatch(callStarted);
    // The guesses offered again, with the area kept.
    if (/Did you mean/.test(asked.text ?? ""))
      expect(harness.emulator.buttonsOf(last(read)).map((b) => b.data)).toContain(
        "a:pasti_domicilio",
      );
  });
});
