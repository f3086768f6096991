import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Catalogue, loadCatalogue } from "../catalogue/load.js";
import { formatProblem } from "../catalogue/problems.js";
import { PROJECT_ROOT } from "../config/paths.js";
import { loadPlaces } from "../geo/index.js";
import { placeOnlyMessages } from "../geo/mentions.js";
import { classifierFromModel, type IntentClassifier } from "../nlu/classifier.js";
import { type LearntLines, loadSet, NLU_DATA } from "../nlu/dataset.js";
import { classifierFor, shippedModels, writersLearntIn } from "../nlu/index.js";
import { type Trainer, trainHere } from "../nlu/model-cache.js";
import { loadLanguageThresholds, loadThresholds } from "../nlu/thresholds.js";
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

const TRAININGS = 3;
const CACHED_STARTS = 5;
const MESSAGES = 10_000;

/** The parts of the section: training (fresh and cached) and classify; both unless named. */
export const NLU_PARTS = ["training", "classify"] as const;
type NluPart = (typeof NLU_PARTS)[number];

/**
 * Training and start-up of the models the bot ships (both, with the lines they learn from as
 * configured), classify latency and memory, as printable lines, measured in a process started
 * with npm start's node flags and environment.
 */
export const benchNlu = (parts: readonly NluPart[] = NLU_PARTS) =>
  asStarted(import.meta.url, measureNlu, parts);

async function measureNlu(asked: readonly string[]): Promise<string[]> {
  const parts = new Set(asked.length > 0 ? asked : NLU_PARTS);
  const loaded = await loadCatalogue();
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join("\n"));
  const { catalogue } = loaded;
  const thresholds = await loadThresholds();
  const placesRead = await loadPlaces();
  const places = placeOnlyMessages(placesRead.geo);
  const lines = ["classifier"];
  if (parts.has("training")) lines.push(...(await measureTraining(catalogue, places, placesRead)));
  if (!parts.has("classify")) return lines;

  // The classifier exactly as `npm start` builds it (language routing, places read out,
  // bare answers, the every-language model), and its Italian and English model alone.
  const { knowledge } = await loadContent(PROJECT_ROOT, new RecentTexts());
  const botClassifier = knowledge.current.classifier;
  const { home } = await shippedModels(catalogue, places, await writersLearntIn());
  const singleClassifier = classifierFromModel(home, thresholds);

  // Real held-out messages of citizens, Italian and English and the other languages, cycled to
  // 10,000, with a very long one now and then.
  const held = [...(await loadSet("eval")), ...(await loadSet("dev"))];
  const texts = held.map((m) => m.text);
  const otherLanguages = held.filter((m) => m.lang !== undefined && !HOME.has(m.lang)).length;
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
    ...lines,
    `  classify as the bot does (npm start's classifier: language routing, places, bare answers, every-language model) over ${MESSAGES} held-out messages citizens wrote (the ${texts.length.toLocaleString("en")} of dev*.jsonl and eval*.jsonl cycled, ${(texts.length - otherLanguages).toLocaleString("en")} Italian or English, ${otherLanguages.toLocaleString("en")} in the other languages; 1 in 500 a message repeated 20 times, up to ${longest} characters, where the bot classifies a message's first 1,000), each call reading the message's places itself (in the bot the update's one reading, the danger model's, serves it), in a process started as npm start starts the bot (${startedWith()}), each timed by the wall clock and by the process's CPU (every thread's: V8's collector helpers and its compiler threads count too, the kernel adding another thread's time in steps of a 4 ms tick to whichever call it ends in; each full collection drops the optimised code of callbacks made per call, which the loop then compiles again, 60–100 functions):`,
    `    on a settled heap: ${figures(bot)}`,
    `    on the heap as the ${parts.has("training") ? "trainings" : "start-up"} left it: ${figures(asLeft)}`,
    `  the shipped Italian and English model alone, no routing (classifierFromModel), same messages, settled heap: ${figures(single)}`,
    `  machine load (1-minute average) ${loadBefore.toFixed(1)} before the classify loops, ${loadAfter.toFixed(1)} after (2 cores: above 2, other work shared them, and the wall clock's tail is the scheduler's)`,
    `  the timer alone (an empty call timed the same way): wall p99 ${ms(percentile(timer.wall, 99))}, CPU p99 ${ms(percentile(timer.cpu, 99))}`,
    `  memory: Italian and English model ${home.softmax.features} features × ${home.softmax.classes} classes = ${mb(home.softmax.weights.byteLength)} of weights; process RSS ${mb(process.memoryUsage().rss)}`,
  ];
}

const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(1)} s`;

/** Italian and English: the languages of the home model. */
const HOME = new Set(["it", "en"]);

/**
 * What a catalogue edit or a new writer's lines cost: both shipped models trained into an
 * empty cache as a start (or /reload) that finds none trains them — the lines they learn from
 * chosen, each model trained, its words' stems worked out and its file written — then starts
 * that find them cached.
 */
async function measureTraining(
  catalogue: Catalogue,
  places: readonly string[],
  placesRead: Awaited<ReturnType<typeof loadPlaces>>,
): Promise<string[]> {
  const learnt = await writersLearntIn();
  const whole: { wall: number; cpu: number }[] = [];
  const perModel: number[][] = [[], []];
  const examples: number[] = [];
  const cacheDirs: string[] = [];
  for (let i = 0; i < TRAININGS; i++) {
    const cacheDir = await mkdtemp(join(tmpdir(), "wemi-bench-"));
    cacheDirs.push(cacheDir);
    // Each model told by what it reads, not by the order it comes in.
    const timedTrainer: Trainer = async (training) => {
      const job = training.features.otherLanguages === undefined ? 0 : 1;
      const start = performance.now();
      const model = await trainHere(training);
      perModel[job]?.push(performance.now() - start);
      if (i === 0) examples[job] = training.learnt.length;
      return model;
    };
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const { everyLanguage } = await shippedModels(
      catalogue,
      places,
      learnt,
      timedTrainer,
      cacheDir,
    );
    const { user, system } = process.cpuUsage(cpuStart);
    whole.push({ wall: performance.now() - start, cpu: (user + system) / 1000 });
    everyLanguage();
  }
  const cacheDir = cacheDirs.at(-1) as string;
  const thresholds = await loadThresholds();
  const languageThresholds = await loadLanguageThresholds(NLU_DATA, thresholds);
  const cachedStarts: number[] = [];
  for (let i = 0; i < CACHED_STARTS; i++) {
    const start = performance.now();
    await classifierFor(
      catalogue,
      placesRead,
      thresholds,
      languageThresholds,
      undefined,
      await writersLearntIn(),
      undefined,
      cacheDir,
    );
    cachedStarts.push(performance.now() - start);
  }
  for (const dir of cacheDirs) await rm(dir, { recursive: true, force: true });
  const learns = (lines?: LearntLines, count?: number) =>
    lines === undefined ? "the catalogue alone" : `the catalogue and ${count} older writers' lines`;
  const fastest = [...whole].sort((a, b) => a.cpu - b.cpu)[0];
  return [
    `  training the two models the bot ships, into an empty cache (median of ${TRAININGS}; each start or /reload that finds no model pays it, the bot on another thread): ${seconds(median(whole.map((t) => t.wall)))} wall, ${seconds(median(whole.map((t) => t.cpu)))} CPU (least ${seconds(fastest?.cpu ?? 0)}), the lines they learn from chosen, stems worked out and files written included`,
    `    the Italian and English model, from ${learns(learnt.home, examples[0])}: ${seconds(median(perModel[0] ?? []))} wall`,
    `    the model of every other language, from ${learns(learnt.everyLanguage, examples[1])}: ${seconds(median(perModel[1] ?? []))} wall`,
    `  start-up from the cached models (median of ${CACHED_STARTS}: the learnt lines' key, the Italian and English model read; the other languages' at its first message): ${ms(median(cachedStarts))}`,
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
