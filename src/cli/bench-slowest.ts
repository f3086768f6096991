import { loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "../config/paths.js";
import { type LabelledMessage, loadSet } from "../nlu/dataset.js";
import { loadContent } from "../runtime/start-up.js";
import { RecentTexts } from "../util/recent.js";
import { asStarted, startedWith } from "./bench-ipc.js";
import { ms, percentile, settleHeap } from "./stats.js";

const ROUNDS = 9;
const LENGTH_STEP = 50;

/** One development message's own classify time: the least and the median of its rounds. */
interface MessageTime {
  readonly message: LabelledMessage;
  readonly least: number;
  readonly median: number;
}

/**
 * What the slowest 1% of classify calls are: each development message classified as the bot
 * does, in rounds over all of them, its least time its own work (a loaded machine only adds),
 * its median what a citizen meets. Printed by length and by the slowest messages' kinds,
 * never their texts. `npm run bench -- slowest`, on request: a few minutes.
 */
export const benchSlowest = () => asStarted(import.meta.url, measureSlowest);

async function measureSlowest(): Promise<string[]> {
  const { knowledge } = await loadContent(PROJECT_ROOT, new RecentTexts());
  const classifier = knowledge.current.classifier;
  const messages = await loadSet("dev");
  // Twice through first: the every-language model loads, the compiler warms up.
  for (let warm = 0; warm < 2; warm++) for (const { text } of messages) classifier.classify(text);
  await settleHeap();
  const loadBefore = loadavg()[0] as number;
  const rounds = messages.map(() => new Float64Array(ROUNDS));
  for (let round = 0; round < ROUNDS; round++)
    messages.forEach(({ text }, i) => {
      const start = performance.now();
      classifier.classify(text);
      (rounds[i] as Float64Array)[round] = performance.now() - start;
    });
  const loadAfter = loadavg()[0] as number;
  const times: MessageTime[] = messages.map((message, i) => {
    const sorted = (rounds[i] as Float64Array).sort();
    return { message, least: sorted[0] as number, median: sorted[ROUNDS >> 1] as number };
  });
  const least = times.map((t) => t.least).sort((a, b) => a - b);
  const medians = times.map((t) => t.median).sort((a, b) => a - b);
  const slowest = [...times]
    .sort((a, b) => b.least - a.least)
    .slice(0, Math.ceil(times.length / 100));
  const lengths = slowest.map((t) => t.message.text.length).sort((a, b) => a - b);
  return [
    `classify per message: the ${messages.length} dev*.jsonl messages, ${ROUNDS} rounds over all of them, as the bot classifies (${startedWith()}); load ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`,
    `  each message's least time (its own work): p50 ${ms(percentile(least, 50))}, p90 ${ms(percentile(least, 90))}, p99 ${ms(percentile(least, 99))}, max ${ms(percentile(least, 100))}`,
    `  each message's median time: p50 ${ms(percentile(medians, 50))}, p90 ${ms(percentile(medians, 90))}, p99 ${ms(percentile(medians, 99))}`,
    "  by length (characters): messages, least time p50 / p90",
    ...byLength(times),
    `  the slowest 1% by least time (${slowest.length}): ${lengths[0]}–${lengths.at(-1)} characters, median ${percentile(lengths, 50)}`,
    `    kinds: ${tally(slowest, (m) => m.kind ?? "none")}`,
    `    languages: ${tally(slowest, (m) => m.lang ?? "it")}`,
    `    sets: ${tally(slowest, (m) => m.file.replace(/^.*\/|-\d+\.jsonl$|\.jsonl$/g, ""))}`,
  ];
}

function byLength(times: readonly MessageTime[]): string[] {
  const buckets = new Map<number, number[]>();
  for (const { message, least } of times) {
    const bucket = Math.floor(message.text.length / LENGTH_STEP) * LENGTH_STEP;
    buckets.set(bucket, [...(buckets.get(bucket) ?? []), least]);
  }
  return [...buckets]
    .sort(([a], [b]) => a - b)
    .map(([from, least]) => {
      const sorted = least.sort((a, b) => a - b);
      const to = from + LENGTH_STEP - 1;
      return `    ${from}–${to}: ${sorted.length}, ${ms(percentile(sorted, 50))} / ${ms(percentile(sorted, 90))}`;
    });
}

/** "story 12, negation 3": how many of the messages have each value, most first. */
function tally(times: readonly MessageTime[], of: (message: LabelledMessage) => string): string {
  const counts = new Map<string, number>();
  for (const { message } of times) counts.set(of(message), (counts.get(of(message)) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([value, count]) => `${value} ${count}`)
    .join(", ");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const lines = await benchSlowest();
  if (lines.length > 0) console.log(lines.join("\n"));
}
