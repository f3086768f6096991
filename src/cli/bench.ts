import { benchBot } from "./bench-bot.js";
import { benchClient } from "./bench-client.js";
import { benchGeo } from "./bench-geo.js";
import { benchHandoff } from "./bench-handoff.js";
import { benchInstances } from "./bench-instances.js";
import { benchNlu } from "./bench-nlu.js";
import { benchSlowest } from "./bench-slowest.js";
import { benchStartup } from "./bench-startup.js";

// Figures only, no pass/fail: `npm run bench` on a quiet machine, medians over repeats.
// Ratios against the echo bot hold across machines; absolute figures follow the load.
// `npm run bench -- bot` runs only the sections named (bot: CPU per update and latency; cpu:
// CPU per update alone, for iterating; client: the Bot API client, leanFetch against undici;
// slowest: classify per development message, what the slowest 1% are; nlu-training and
// nlu-classify: either half of nlu alone).
const sections: Record<string, () => Promise<string[]>> = {
  bot: benchBot,
  cpu: () => benchBot({ cpuOnly: true }),
  client: benchClient,
  startup: benchStartup,
  nlu: () => benchNlu(),
  "nlu-training": () => benchNlu(["training"]),
  "nlu-classify": () => benchNlu(["classify"]),
  slowest: benchSlowest,
  geo: benchGeo,
  handoff: benchHandoff,
  instances: benchInstances,
};
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in sections));
if (unknown.length > 0) {
  console.error(
    `unknown section ${unknown.join(", ")}; sections: ${Object.keys(sections).join(" ")}`,
  );
  process.exit(2);
}
/** Part of another section: run only when named. */
const onRequest = new Set(["cpu", "client", "slowest", "nlu-training", "nlu-classify"]);
for (const [name, section] of Object.entries(sections)) {
  if (asked.length > 0 ? !asked.includes(name) : onRequest.has(name)) continue;
  console.log((await section()).join("\n"));
  console.log();
}
