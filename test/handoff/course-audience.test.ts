import { expect, it } from "vitest";
import { citizen, useHarness } from "../support/harness.js";
import { giveContactDetails, notificationsOf, shown, until } from "./steps.js";

const operators = { id: -1_000_707, title: "Operatori WeMi", type: "supergroup" as const };
const h = useHarness({ operatorChatId: operators.id, groups: [operators] });

it("a husband's request for an Italian course, with no area, is not passed to the women's course space", async () => {
  const user = citizen("Ahmed");
  h.emulator.sendText(user, "mio marito vorrebbe un corso di italiano");
  await until(h.emulator, user.id, /In che zona di Milano abiti/);
  h.emulator.sendText(user, "preferisco non dirlo");
  const answer = await until(h.emulator, user.id, /Vuoi essere ricontattato/);
  expect(shown(answer)).toMatch(/per sole donne/);
  h.emulator.pressButton(user, answer, "op");
  const reference = await giveContactDetails(h.emulator, user);
  await h.emulator.waitFor(() => notificationsOf(h.emulator, operators, reference).length === 1);
  const [card] = notificationsOf(h.emulator, operators, reference);
  expect(shown(card as never)).toMatch(/Spazio consigliato: —/);
  expect(shown(card as never)).not.toMatch(/Ornato/);
});
