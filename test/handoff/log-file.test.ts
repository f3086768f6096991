import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { hashPrefix } from "../../src/handoff/log-file.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "wemi-log-file-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

it("start-up checks a log of several chunks against its snapshot by the same hash as the whole", async () => {
  // 9.5 MB: two whole 4 MB chunks and a part of a third.
  const log = randomBytes(9.5 * 1024 * 1024);
  const file = join(dir, "requests.jsonl");
  await writeFile(file, log);
  const handle = await open(file, "r");
  try {
    for (const covered of [log.length, 8 * 1024 * 1024, 4 * 1024 * 1024 + 1, 10, 0]) {
      const expected = createHash("sha1").update(log.subarray(0, covered)).digest("hex");
      expect((await hashPrefix(handle, covered)).digest("hex")).toBe(expected);
    }
  } finally {
    await handle.close();
  }
});
