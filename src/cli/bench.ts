import { benchBot } from "./bench-bot.js";
import { benchGeo } from "./bench-geo.js";
import { benchHandoff } from "./bench-handoff.js";
import { benchInstances } from "./bench-instances.js";
import { benchNlu } from "./bench-nlu.js";
import { benchStartup } from "./bench-startup.js";

// Figures only, no pass/fail: `npm run bench` on a quiet machine, medians over repeats.
// Ratios against the echo bot hold across machines; absolute figures follow the load.
const sections: Array<() => Promise<string[]>> = [
  benchBot,
  benchStartup,
  benchNlu,
  benchGeo,
  benchHandoff,
  benchInstances,
];
for (const section of sections) {
  console.log((await section()).join("\n"));
  console.log();
}
