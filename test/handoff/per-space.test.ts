import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { copyOfContent } from "../../src/runtime/content-copy.js";
import { citizen, type Harness, startHarness } from "../support/harness.js";
import { giveContactDetails, notificationsOf, shown, until } from "./steps.js";

const COMMON = { id: -1_000_500, title: "Operatori WeMi", type: "supergroup" as const };
const PACINOTTI = {
  id: -1_000_808,
  title: "Operatori WeMi Pacinotti",
  type: "supergroup" as const,
};
let root: string;
let h: Harness;

beforeAll(async () => {
  root = await copyOfContent();
  const spaces = join(root, "data", "spaces.yaml");
  const text = await readFile(spaces, "utf8");
  await writeFile(
    spaces,
    text.replace(/(- id: pacinotti\n)/, `$1  operatorChatId: ${PACINOTTI.id}\n`),
  );
  h = await startHarness({ root, operatorChatId: COMMON.id });
  h.emulator.addGroup(COMMON);
  h.emulator.addGroup(PACINOTTI);
});
afterAll(async () => {
  await h?.close();
  await rm(root, { recursive: true, force: true });
});

it("a request for a space with its own operators' group is notified there, not in the common one", async () => {
  const user = citizen("Sara");
  h.emulator.sendText(user, "mio figlio ha la dislessia, abitiamo in zona Bovisa");
  const answer = await until(h.emulator, user.id, /Dove rivolgerti/);
  expect(shown(answer)).toMatch(/WeMi Pacinotti/);
  h.emulator.pressButton(user, answer, "op");
  const reference = await giveContactDetails(h.emulator, user);
  await h.emulator.waitFor(() => notificationsOf(h.emulator, PACINOTTI, reference).length === 1);
  expect(notificationsOf(h.emulator, COMMON, reference)).toHaveLength(0);
});

it("a space's group added by a reload is recognised at once: the bot stays in it", async () => {
  const ORNATO = { id: -1_000_909, title: "Operatori WeMi Ornato", type: "supergroup" as const };
  const operator = { id: 9101, first_name: "Rita" };
  const spaces = join(root, "data", "spaces.yaml");
  const text = await readFile(spaces, "utf8");
  await writeFile(spaces, text.replace(/(- id: ornato\n)/, `$1  operatorChatId: ${ORNATO.id}\n`));
  expect((await h.app.knowledge.reload()).ok).toBe(true);
  h.emulator.addGroup(ORNATO);
  h.emulator.sendInGroup(ORNATO, operator, "buongiorno a tutti");
  const stranger = { id: -1_000_910, title: "Condominio", type: "supergroup" as const };
  h.emulator.sendInGroup(stranger, operator, "ciao");
  await h.emulator.waitFor(() => h.emulator.hasLeft(stranger.id));
  expect(h.emulator.hasLeft(ORNATO.id)).toBe(false);
});
