import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
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
import { asStarted, startedWith } from "./bench-ipc.js";
import {
  type CallTimes,
  mb,
  median,
  ms,
  percentile,
  settleHeap,
  timeCalls,
  timeEach,
} from "./stats.js";

const BUILDS = 5;
const MESSAGES = 10_000;

/**
 * Classifier build time (fresh and cached), classify latency and memory, as printable lines,
 * measured in a process started with npm start's node flags and environment.
 */
export const benchNlu = () => asStarted(import.meta.url, measureNlu);

async function measureNlu(): Promise<string[]> {
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
  const botClassifier = knowledge.current.classifier;
  const singleClassifier = classifierFromModel(model, thresholds);

  // Real held-out messages, cycled to 10,000, with a very long one now and then.
  const texts = [...(await loadSet("eval")), ...(await loadSet("dev"))].map((m) => m.text);
  const messages = Array.from({ length: MESSAGES }, (_, i) =>
    i % 500 === 0
      ? (texts[i % texts.length] as string).repeat(20)
      : (texts[i % texts.length] as string),
  );
  // Every text once first, so that the every-language model, loaded on its first message,
  // and the compiler's warm-up fall outside the figures. The bot's classifier is timed on the
  // heap as the trainings above left it (what benches before session 21 printed: their
  // garbage is collected during the loop), then after full collections (what the running
  // bot, which loads its models from the cache, has). After each full collection, explicit or
  // V8's own (about one per 10,000 messages), 60–100 functions are compiled again (--trace-opt,
  // --trace-gc), most of the CPU tail's calls (their time lands in 4 ms steps). Of those,
  // 11–16 embedded maps the collection freed («weak objects»: gone with
  // --retain-maps-for-n-gc=1000, the count not); the rest are callbacks made anew at each call
  // (`.map((x) => …)`), whose optimised code only their feedback vector holds, weakly, so a
  // full collection drops it. Not bytecode flushing: --no-flush-bytecode counts the same.
  const longest = Math.max(...messages.map((text) => text.length)).toLocaleString("en");
  const classify = (classifier: IntentClassifier) => (text: string) => classifier.classify(text);
  timeEach(texts, classify(botClassifier));
  const loadBefore = loadavg()[0] as number;
  const asLeft = await timeCalls(messages, classify(botClassifier));
  await settleHeap();
  const bot = await timeCalls(messages, classify(botClassifier));
  timeEach(texts, classify(singleClassifier));
  await settleHeap();
  const single = await timeCalls(messages, classify(singleClassifier));
  const timer = await timeCalls(messages, () => undefined);
  const loadAfter = loadavg()[0] as number;
  return [
    "classifier",
    `  training on the shipped catalogue (median of ${BUILDS}): ${ms(median(builds))}`,
    `  start-up from the cached model (median of ${BUILDS}): ${ms(median(cachedLoads))}`,
    `  classify as the bot does (npm start's classifier: language routing, places, bare answers, every-language model) over ${MESSAGES} held-out messages (1 in 500 a message repeated 20 times, up to ${longest} characters, where the bot classifies a message's first 1,000), each call reading the message's places itself (in the bot the update's one reading, the danger model's, serves it), in a process started as npm start starts the bot (${startedWith()}), each timed by the wall clock and by the process's CPU (every thread's: V8's collector helpers and its compiler threads count too, the kernel adding another thread's time in steps of a 4 ms tick to whichever call it ends in; each full collection drops the optimised code of callbacks made per call, which the loop then compiles again, 60–100 functions):`,
    `    on a settled heap: ${figures(bot)}`,
    `    on the heap as the trainings left it: ${figures(asLeft)}`,
    `  one model of the whole catalogue, no routing (classifierFromModel, what benches before session 20 timed), same messages, settled heap: ${figures(single)}`,
    `  machine load (1-minute average) ${loadBefore.toFixed(1)} before the classify loops, ${loadAfter.toFixed(1)} after (2 cores: above 2, other work shared them, and the wall clock's tail is the scheduler's)`,
    `  the timer alone (an empty call timed the same way): wall p99 ${ms(percentile(timer.wall, 99))}, CPU p99 ${ms(percentile(timer.cpu, 99))}`,
    `  memory: model ${model.softmax.features} features × ${model.softmax.classes} classes = ${mb(model.softmax.weights.byteLength)} of weights; process RSS ${mb(process.memoryUsage().rss)}`,
  ];
}

/** One loop's figures: the wall clock's, without the calls a collection touched, and CPU. */
const figures = (times: CallTimes) => {
  const { wall, wallWithoutGc, callsWithGc, cpu, allocatedPerCall, fullCollections } = times;
  return (
    `wall p50 ${ms(percentile(wall, 50))}, p99 ${ms(percentile(wall, 99))}, max ${ms(percentile(wall, 100))}; ` +
    `without the ${callsWithGc} calls a collection overlapped p99 ${ms(percentile(wallWithoutGc, 99))}; ` +
    `CPU p50 ${ms(percentile(cpu, 50))}, p99 ${ms(percentile(cpu, 99))}; ` +
    `${(allocatedPerCall / 1024).toFixed(1)} KB allocated a message, ${fullCollections} full collections`
  );
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const lines = await benchNlu();
  if (lines.length > 0) console.log(lines.join("\n"));
}
