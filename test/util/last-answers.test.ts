import { describe, expect, it } from "vitest";
import { lastAnswers } from "../../src/util/last-answers.js";

describe("the last answers of a reader asked the same texts one after another", () => {
  it("works a text out once while it is among the last ones asked, again once pushed out", () => {
    const worked: string[] = [];
    const upper = lastAnswers(2, (text) => {
      worked.push(text);
      return text.toUpperCase();
    });
    expect([upper("badante"), upper("colf"), upper("badante")]).toEqual([
      "BADANTE",
      "COLF",
      "BADANTE",
    ]);
    expect(worked).toEqual(["badante", "colf"]);
    upper("pasti");
    upper("spesa");
    expect(upper("badante")).toBe("BADANTE");
    expect(worked).toEqual(["badante", "colf", "pasti", "spesa", "badante"]);
  });
});
