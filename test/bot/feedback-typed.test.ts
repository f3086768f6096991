import { beforeAll, describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { closedRequest, shown, until } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

const operators: TestGroup = { id: -1001720, title: "Operatori", type: "supergroup" };
const operator: TestUser = { id: 9720, first_name: "Bruno" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });
beforeAll(() => harness.emulator.setMember(operators, operator));

/** A citizen's request, taken and closed by the operator: «Ti è stato utile?» is next. */
async function closed(user: TestUser) {
  await closedRequest(harness, operators, operator, user);
  await until(harness.emulator, user.id, /Ti è stato utile/);
}

describe("«Ti è stato utile?» answered with the button's number", () => {
  it.each(["1", "2", "il primo"])("«%s» is counted, and thanked", async (typed) => {
    const user = citizen("Rina");
    await closed(user);
    harness.emulator.sendText(user, typed);
    const reply = await harness.emulator.nextBotMessage(user.id);
    expect(shown(reply)).toMatch(/Grazie per la risposta|Grazie/);
    expect(shown(reply)).not.toMatch(/Ho capito|non posso aiutarti/);
  });
});
