import { describe, expect, it } from "vitest";
import type { TestUser } from "../../src/emulator/bot-api-emulator.js";
import { citizen, useHarness } from "../support/harness.js";
import { readUntil } from "../support/reading.js";

const ADMIN = 7001;
const harness = useHarness({ adminIds: [ADMIN] });

/** The first lines of /stats: messages classified, and the needs asked. */
async function statsSeenByTheAdmin(): Promise<string> {
  const admin: TestUser = { id: ADMIN, first_name: "Admin", language_code: "it" };
  harness.emulator.sendText(admin, "/stats");
  const read = await readUntil(harness.emulator, ADMIN, (m) =>
    /Messaggi classificati/.test(m.text ?? ""),
  );
  return (read.at(-1)?.text ?? "").split("\n\n")[0] ?? "";
}

describe("/stats counts each citizen's message once", () => {
  it("a greeting followed by a need is one message, counted as the need", async () => {
    const user = citizen("Rosa", "it");
    harness.emulator.sendText(user, "hola buenas, mi madre ya no puede estar sola");
    await readUntil(harness.emulator, user.id, () => true);

    const stats = await statsSeenByTheAdmin();
    expect(stats).toMatch(/Messaggi classificati: 1;/);
    // «mi madre ya no puede estar sola»: the need read, not the greeting beside it.
    expect(stats.split("\n").filter((line) => line.startsWith("• "))).toHaveLength(1);
    expect(stats).not.toMatch(/saluto/);
  });

  it("a greeting that asks nothing more is counted once, as a greeting", async () => {
    const user = citizen("Gino", "it");
    harness.emulator.sendText(user, "buongiorno, come stai?");
    await readUntil(harness.emulator, user.id, () => true);

    const stats = await statsSeenByTheAdmin();
    expect(stats).toMatch(/Messaggi classificati: 2; non riconosciuti \(fallback\): 0/);
    expect(stats).toMatch(/• saluto: 1/);
  });

  it("a greeting that only made the need unsure is counted once, as the need", async () => {
    const user = citizen("Nina", "it");
    harness.emulator.sendText(
      user,
      "buonasera cerco una colff x mia nonna, abita a Quarto Ogiaro, non le serve la badante solo le pulizie 2 volte a settimana",
    );
    await readUntil(harness.emulator, user.id, () => true);

    const stats = await statsSeenByTheAdmin();
    expect(stats).toMatch(/Messaggi classificati: 3;/);
    expect(stats).toMatch(/• colf: 1/);
  });
});
