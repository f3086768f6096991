import { pathToFileURL } from "node:url";
import { loadCatalogue } from "../catalogue/load.js";
import { formatProblem } from "../catalogue/problems.js";
import { trainClassifier } from "../nlu/classifier.js";
import { DATASETS, loadLabelledSet } from "../nlu/dataset.js";
import { loadThresholds } from "../nlu/thresholds.js";
import { mb, median, ms, percentile, timeEach } from "./stats.js";

const BUILDS = 5;
const MESSAGES = 10_000;

/** Classifier build time, classify latency and memory, as printable lines. */
export async function benchNlu(): Promise<string[]> {
  const loaded = await loadCatalogue();
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join("\n"));
  const thresholds = await loadThresholds();
  const heapBefore = process.memoryUsage().heapUsed;
  const builds: number[] = [];
  let classifier = trainClassifier(loaded.catalogue, thresholds);
  for (let i = 0; i < BUILDS; i++) {
    const start = performance.now();
    classifier = trainClassifier(loaded.catalogue, thresholds);
    builds.push(performance.now() - start);
  }
  const heapAfter = process.memoryUsage().heapUsed;

  // Real held-out messages, cycled to 10,000, with a long one now and then.
  const texts = [
    ...(await loadLabelledSet(DATASETS.eval)),
    ...(await loadLabelledSet(DATASETS.dev)),
  ].map((m) => m.text);
  const messages = Array.from({ length: MESSAGES }, (_, i) =>
    i % 500 === 0
      ? (texts[i % texts.length] as string).repeat(20)
      : (texts[i % texts.length] as string),
  );
  timeEach(messages.slice(0, 1000), (text) => classifier.classify(text));
  const latencies = timeEach(messages, (text) => classifier.classify(text));
  return [
    "classifier",
    `  build (shipped catalogue, median of ${BUILDS}): ${ms(median(builds))}`,
    `  classify over ${MESSAGES} messages: p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(percentile(latencies, 100))}`,
    `  memory: heap +${mb(Math.max(0, heapAfter - heapBefore))} for ${BUILDS + 1} models, RSS ${mb(process.memoryUsage().rss)}`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log((await benchNlu()).join("\n"));
}
