import { describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { askForOperator } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";
import { readUntil } from "./story.js";

/**
 * «Cancel my request», «where is my request?» typed in a language the bot only reads (Arabic,
 * Chinese, Russian, Tagalog, Portuguese, French, Albanian, Sinhala): /annulla_richiesta and
 * /stato, as in Italian, English, Spanish, Romanian and Ukrainian, never «I can't help with
 * that» and the needs.
 */
const operators: TestGroup = { id: -1001742, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

const CANT_HELP = /non posso aiutarti|can't help/;
const NO_REQUEST = /Non hai richieste|You have no/;
const WITHDRAW_ASKED = /Vuoi ritirare la richiesta (WM-\w+)|withdraw request (WM-\w+)/;
const LISTED = /Le tue richieste|Your requests/;

/** Everything the bot answers to a typed text, up to the message that matches `last`. */
const answers = async (user: TestUser, text: string, last: RegExp) => {
  harness.emulator.sendText(user, text);
  const read = await readUntil(harness.emulator, user, (m) => last.test(m.text ?? ""));
  return read.map((m) => m.text ?? "").join("\n");
};

describe("a citizen who asks in another language to withdraw her request, or where it stands", () => {
  it.each([
    ["ar", "أريد إلغاء طلبي"],
    ["zh", "我想取消我的申请"],
    ["tl", "pwede po bang i-cancel ang request ko"],
    ["sq", "dua ta anuloj kërkesën"],
    ["si", "මගේ ඉල්ලීම අවලංගු කරන්න"],
    ["ar", "ما هو وضع طلبي؟"],
    ["zh", "我的申请怎么样了？"],
    ["ru", "что с моей заявкой?"],
    ["tl", "kumusta na po ang request ko?"],
    ["pt", "como está o meu pedido?"],
    ["fr", "où en est ma demande ?"],
    ["sq", "si është kërkesa ime?"],
    ["si", "මගේ ඉල්ලීමට මොකද වුණේ?"],
  ] as const)("(%s) «%s» with none is told there is none", async (language, typed) => {
    const reply = await answers(
      citizen("Amal", language),
      typed,
      new RegExp(`${NO_REQUEST.source}|${CANT_HELP.source}`),
    );
    expect(reply).toMatch(NO_REQUEST);
  });

  it("(ar) with a request open, «ألغوا طلبي من فضلك» names it, and «نعم» withdraws it", async () => {
    const user = citizen("Amal", "ar");
    const reference = await askForOperator(harness.emulator, user);
    const asked = await answers(
      user,
      "ألغوا طلبي من فضلك",
      new RegExp(`${WITHDRAW_ASKED.source}|${CANT_HELP.source}`),
    );
    expect(asked).toContain(reference);
    expect(await answers(user, "نعم", /Ho ritirato|I withdrew/)).toContain(reference);
  });

  it("(zh) with a request, «申请进展如何» lists it", async () => {
    const user = citizen("Li", "zh");
    const reference = await askForOperator(harness.emulator, user);
    const listed = await answers(
      user,
      "申请进展如何",
      new RegExp(`${LISTED.source}|${CANT_HELP.source}`),
    );
    expect(listed).toContain(reference);
  });
});
