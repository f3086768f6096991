import { defineConfig } from "vitest/config";

// Probes measure, they do not gate: run on demand (npm run probe:faults), never by npm test.
export default defineConfig({
  test: {
    include: ["test/probe/**/*.probe.ts"],
    testTimeout: 7_200_000,
  },
});
