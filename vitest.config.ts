import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    // Files whose beforeAll loads or trains the classifier: 10 s (vitest's default) is too short
    // on a busy machine (session 43: three files' hooks timed out under five parallel runs).
    hookTimeout: 60_000,
    globalSetup: ["test/warm-caches.ts"],
    // CI also keeps a machine-readable summary (.ci/run prints its closing line from it).
    reporters: process.env.CI
      ? ["default", ["json", { outputFile: "node_modules/.cache/vitest-results.json" }]]
      : ["default"],
  },
});
