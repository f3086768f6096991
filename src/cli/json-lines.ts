import { createInterface } from "node:readline";

/**
 * The shape of the line-oriented CLIs (classify, locate): the arguments as one input, or
 * one input per stdin line; one JSON object per input on stdout and nothing else there;
 * a failure goes to stderr as one line with a non-zero exit code.
 */
export async function runJsonLines(
  name: string,
  setup: () => Promise<(text: string) => object>,
): Promise<void> {
  try {
    const answer = await setup();
    const print = (text: string) => process.stdout.write(`${JSON.stringify(answer(text))}\n`);
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
    process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
