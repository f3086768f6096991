import { mkdtemp, readdir, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cachedDerivation, STALE_AFTER_MS } from "../../src/cache/index.js";
import { parseYaml } from "../../src/cache/yaml.js";

const KEY_OLD = "0123456789abcdef01234567";
const KEY_NEW = "fedcba9876543210fedcba98";
const KEY_OTHER = "aaaaaaaaaaaaaaaaaaaaaaaa";

describe("the content cache folder does not grow with every edit of the content", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "wemi-cache-clean-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const entries = async () => (await readdir(dir)).sort();
  /** An entry last read or written `ago` ms before now. */
  const entry = async (name: string, ago: number, value: unknown = {}) => {
    await writeFile(join(dir, name), JSON.stringify(value));
    const then = new Date(Date.now() - ago);
    await utimes(join(dir, name), then, then);
  };
  const derive = (key: string, value: string) =>
    cachedDerivation("geo", key, async () => value, { dir });

  it("removes the entries an older content left once a new one is written, keeping the current one", async () => {
    await entry(`geo-${KEY_OLD}.json`, STALE_AFTER_MS + 60_000);
    // A write a crash cut short leaves its temporary behind.
    await entry(`geo-${KEY_OLD}.json.1234-abc.tmp`, STALE_AFTER_MS + 60_000);
    // Another kind of entry is not this write's business.
    await entry(`catalogue-${KEY_OLD}.json`, STALE_AFTER_MS + 60_000);

    expect(await derive(KEY_NEW, "new streets")).toBe("new streets");

    expect(await entries()).toEqual([`catalogue-${KEY_OLD}.json`, `geo-${KEY_NEW}.json`].sort());
    expect(await derive(KEY_NEW, "derived again")).toBe("new streets");
  });

  it("keeps an entry another run used a moment ago (a test's edited copy of the content, the other languages' model)", async () => {
    await entry(`geo-${KEY_OTHER}.json`, 60_000);
    await entry(`geo-${KEY_OLD}.json`, STALE_AFTER_MS + 60_000);

    await derive(KEY_NEW, "new streets");

    expect(await entries()).toEqual([`geo-${KEY_OTHER}.json`, `geo-${KEY_NEW}.json`].sort());
  });

  it("counts reading an entry as using it: what every start reads is never stale", async () => {
    await entry(`geo-${KEY_OLD}.json`, STALE_AFTER_MS + 60_000, "old streets");

    expect(await derive(KEY_OLD, "never derived")).toBe("old streets");
    await vi.waitFor(async () =>
      expect(Date.now() - (await stat(join(dir, `geo-${KEY_OLD}.json`))).mtimeMs).toBeLessThan(
        60_000,
      ),
    );
    await derive(KEY_NEW, "new streets");

    expect(await entries()).toEqual([`geo-${KEY_OLD}.json`, `geo-${KEY_NEW}.json`].sort());
  });

  it("cleans the remembered YAML files too when an edited file is parsed", async () => {
    parseYaml("greeting: ciao", dir);
    const [before] = await entries();
    const then = new Date(Date.now() - STALE_AFTER_MS - 60_000);
    await utimes(join(dir, before as string), then, then);

    parseYaml("greeting: buongiorno", dir);

    await vi.waitFor(async () => expect(await entries()).not.toContain(before));
    expect(await entries()).toHaveLength(1);
    expect(parseYaml("greeting: buongiorno", dir)).toEqual({ greeting: "buongiorno" });
  });
});
