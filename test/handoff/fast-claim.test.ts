import { afterEach, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { type Disk, realDisk } from "../../src/storage/disk.js";
import { citizen, type Harness, startHarness } from "../support/harness.js";
import { askForOperator, notificationsOf, until, untilEdited } from "./steps.js";

const operators: TestGroup = { id: -1001950, title: "Operatori", type: "supergroup" };
const maria: TestUser = { id: 951, first_name: "Maria" };

/** A disk whose writes to the operators' trail wait, once armed, until freed. */
class SlowTrailDisk implements Disk {
  armed = false;
  private release: () => void = () => {};
  private readonly released = new Promise<void>((resolve) => {
    this.release = resolve;
  });
  async writeFile(path: string, data: string): Promise<void> {
    if (this.armed && path.includes("operator-messages")) await this.released;
    await realDisk.writeFile(path, data);
  }
  openAppend(path: string) {
    return realDisk.openAppend(path);
  }
  free(): void {
    this.release();
  }
}

let harness: Harness | undefined;
let disk: SlowTrailDisk | undefined;
afterEach(async () => {
  disk?.free();
  await harness?.close();
});

it("an operator who claims the instant the card appears: the card shows who has it, and the citizen's words reach the operators", async () => {
  disk = new SlowTrailDisk();
  harness = await startHarness({ operatorChatId: operators.id, disk });
  const { emulator } = harness;
  emulator.addGroup(operators);
  emulator.setMember(operators, maria);
  const user = citizen("Rosa");
  const reference = await askForOperator(emulator, user);
  disk.armed = true;
  await emulator.waitFor(() => notificationsOf(emulator, operators, reference).length > 0);
  const card = notificationsOf(emulator, operators, reference)[0];
  if (card === undefined) throw new Error("no card");
  emulator.pressButton(maria, card, `o:claim:${reference}`);
  await until(emulator, user.id, /ha preso in carico/);
  emulator.sendText(user, "grazie, aspetto la chiamata");
  await until(emulator, operators.id, /il cittadino scrive: grazie, aspetto la chiamata/);
  await untilEdited(emulator, card, (text) => /presa in carico da Maria/.test(text));
});
