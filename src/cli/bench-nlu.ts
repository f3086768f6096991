import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { loadCatalogue } from "../catalogue/load.js";
import { formatProblem } from "../catalogue/problems.js";
import { PROJECT_ROOT } from "../config/paths.js";
import { loadGeoIndex } from "../geo/index.js";
import { placeOnlyMessages } from "../geo/mentions.js";
import { buildModel, classifierFromModel, type IntentClassifier } from "../nlu/classifier.js";
import { loadSet } from "../nlu/dataset.js";
import { loadOrBuildModel } from "../nlu/model-cache.js";
import { loadThresholds } from "../nlu/thresholds.js";
import { loadContent } from "../runtime/start-up.js";
import { RecentTexts } from "../util/recent.js";
import { cpuTimeEach, mb, median, ms, percentile, timeEach } from "./stats.js";

const BUILDS = 5;
const MESSAGES = 10_000;

/** Classifier build time (fresh and cached), classify latency and memory, as printable lines. */
export async function benchNlu(): Promise<string[]> {
  const loaded = await loadCatalogue();
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join("\n"));
  const { catalogue } = loaded;
  const thresholds = await loadThresholds();
  const places = placeOnlyMessages(await loadGeoIndex());
  const cacheDir = await mkdtemp(join(tmpdir(), "wemi-bench-"));

  const builds: number[] = [];
  let model = buildModel(catalogue, places);
  for (let i = 0; i < BUILDS; i++) {
    const start = performance.now();
    model = buildModel(catalogue, places);
    builds.push(performance.now() - start);
  }
  await loadOrBuildModel(catalogue, places, cacheDir);
  const cachedLoads: number[] = [];
  for (let i = 0; i < BUILDS; i++) {
    const start = performance.now();
    classifierFromModel(await loadOrBuildModel(catalogue, places, cacheDir), thresholds);
    cachedLoads.push(performance.now() - start);
  }
  await rm(cacheDir, { recursive: true, force: true });

  // The classifier exactly as `npm start` builds it (language routing, places read out,
  // bare answers, the every-language model), and the single model older benches timed.
  const { knowledge } = await loadContent(PROJECT_ROOT, new RecentTexts());
  const bot = knowledge.current.classifier;
  const single = classifierFromModel(model, thresholds);

  // Real held-out messages, cycled to 10,000, with a very long one now and then.
  const texts = [...(await loadSet("eval")), ...(await loadSet("dev"))].map((m) => m.text);
  const messages = Array.from({ length: MESSAGES }, (_, i) =>
    i % 500 === 0
      ? (texts[i % texts.length] as string).repeat(20)
      : (texts[i % texts.length] as string),
  );
  // Every text once first, so that the every-language model, loaded on its first message,
  // and the compiler's warm-up fall outside the figures.
  const timed = (classifier: IntentClassifier) => {
    timeEach(texts, (text) => classifier.classify(text));
    const wall = timeEach(messages, (text) => classifier.classify(text));
    const cpu = cpuTimeEach(messages, (text) => classifier.classify(text));
    return `wall p50 ${ms(percentile(wall, 50))}, p99 ${ms(percentile(wall, 99))}, max ${ms(percentile(wall, 100))}; CPU p50 ${ms(percentile(cpu, 50))}, p99 ${ms(percentile(cpu, 99))}`;
  };
  return [
    "classifier",
    `  training on the shipped catalogue (median of ${BUILDS}): ${ms(median(builds))}`,
    `  start-up from the cached model (median of ${BUILDS}): ${ms(median(cachedLoads))}`,
    `  classify as the bot does (npm start's classifier: language routing, places, bare answers, every-language model) over ${MESSAGES} messages: ${timed(bot)}`,
    `  one model of the whole catalogue, no routing (classifierFromModel, what benches before session 20 timed), same messages: ${timed(single)}`,
    `  memory: model ${model.softmax.features} features × ${model.softmax.classes} classes = ${mb(model.softmax.weights.byteLength)} of weights; process RSS ${mb(process.memoryUsage().rss)}`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log((await benchNlu()).join("\n"));
}
