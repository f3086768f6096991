import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import type { TestGroup } from "../../src/emulator/bot-api-emulator.js";
import { ASK_FOR_OPERATOR, until } from "../handoff/steps.js";
import { citizen, type Harness, startHarness } from "../support/harness.js";
import { answerTo, shown } from "./story.js";

const operators: TestGroup = { id: -1002200, title: "Operatori", type: "supergroup" };

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

type ReplayState = {
  state: {
    orientation: Array<{
      interrupts: number[];
      replay: { send: Array<{ payload: string }>; receive: unknown[] };
    }>;
  };
};

/** A citizen halfway through a dialogue whose stored state is edited (as another release would have left it) before a restart. */
async function restartedWithStoredState(
  damage: (state: ReplayState) => void,
  consent: "tapped" | "typed" = "tapped",
) {
  harness = await startHarness({ operatorChatId: operators.id });
  harness.emulator.addGroup(operators);
  const { emulator } = harness;
  const user = citizen("Ugo");
  // After consent the handoff asks the name within its dialogue, which is stored while it waits.
  emulator.sendText(user, ASK_FOR_OPERATOR);
  const question = await until(emulator, user.id, /Sei d'accordo/);
  if (consent === "tapped") emulator.pressButton(user, question, "h:consent:yes");
  else emulator.sendText(user, "sì");
  await until(emulator, user.id, /Come ti chiami/);
  await harness.stopBot();
  const dir = join(harness.dataDir, "conversations");
  // The dialogue's own file, not a temporary one an atomic write may still be renaming.
  const name = (await readdir(dir)).find((entry) => entry.endsWith(".json"));
  const file = join(dir, name as string);
  const state = JSON.parse(await readFile(file, "utf8")) as ReplayState;
  damage(state);
  await writeFile(file, JSON.stringify(state));
  await harness.startBot();
  return { user, file, emulator };
}

it.each([
  ["goes silent", (s: ReplayState) => s.state.orientation[0]?.replay.receive.splice(1, 2)],
  [
    "throws the plugin's replay error",
    (s: ReplayState) => {
      const op = s.state.orientation[0]?.replay.send[1];
      if (op) op.payload = "sendMessage";
    },
  ],
])(
  "a stored dialogue that %s is dropped, and the citizen is told plainly to start again",
  async (_, damage) => {
    const { user, emulator } = await restartedWithStoredState(damage);
    emulator.sendText(user, "Ugo");
    const told = await emulator.nextBotMessage(user.id, 10_000);
    expect(shown(told)).toMatch(/ho perso il filo/);
    // The next message is a fresh start, not another failure.
    emulator.sendText(user, "mi serve una badante per mio padre");
    await answerTo(emulator, user);
  },
);

type StoredStep = { send: number; returnValue: { ok: boolean; ret?: unknown } };

/**
 * Turns a dialogue stored now into what the release before stored: the opening step kept no
 * danger reading of the first text, and a typed reply to the question took a danger step of
 * its own (it alarmed nothing, or the dialogue would not have gone on).
 */
function asStoredBefore(s: ReplayState) {
  const dialogue = s.state.orientation[0] as ReplayState["state"]["orientation"][number];
  const { send } = dialogue.replay;
  const receive = dialogue.replay.receive as StoredStep[];
  const at = receive.findIndex((step) => step.send === 1);
  const opening = receive[at]?.returnValue.ret as { read?: unknown };
  expect(opening.read).toBeDefined();
  delete opening.read;
  send.splice(2, 0, { payload: "external" });
  for (const step of receive) if (step.send >= 2) step.send += 1;
  receive.splice(at + 1, 0, { send: 2, returnValue: { ok: true, ret: false } });
  dialogue.interrupts = dialogue.interrupts.map((op) => (op >= 2 ? op + 1 : op));
}

it("a dialogue stored by the release before (a danger step of its own at the typed yes) goes on after a restart", async () => {
  const { user, emulator } = await restartedWithStoredState(asStoredBefore, "typed");
  emulator.sendText(user, "Ugo");
  expect(shown(await until(emulator, user.id, /A che numero|ho perso il filo/))).toMatch(
    /A che numero/,
  );
});
