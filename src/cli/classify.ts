import { createInterface } from "node:readline";
import { loadClassifier } from "../nlu/index.js";

// stdout carries only JSON lines: anything else goes to stderr.
try {
  const classifier = await loadClassifier();
  const print = (text: string) => {
    const { intent, confidence, alternatives, ambiguous } = classifier.classify(text);
    process.stdout.write(
      `${JSON.stringify({ text, intent, confidence, alternatives, ambiguous })}\n`,
    );
  };
  const argument = process.argv.slice(2).join(" ");
  if (argument.trim() !== "") print(argument);
  else {
    for await (const line of createInterface({
      input: process.stdin,
      crlfDelay: Number.POSITIVE_INFINITY,
    })) {
      if (line.trim() !== "") print(line);
    }
  }
} catch (error) {
  process.stderr.write(`classify: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
