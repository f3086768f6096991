import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { isSeq, parseDocument, type Scalar } from "yaml";
import { loadCatalogueCached } from "../catalogue/cached.js";
import { type Catalogue, cataloguePaths, OUT_OF_SCOPE_FILE } from "../catalogue/load.js";
import { formatProblem } from "../catalogue/problems.js";
import { collisionsOf } from "../catalogue/validate.js";

/** The label for "not a WeMi need": the example goes to intents/_out_of_scope.yaml. */
export const OUT_OF_SCOPE = "_out_of_scope";

export type LabelOutcome =
  | { readonly ok: true; readonly file: string }
  | { readonly ok: false; readonly reason: string };

/** Re-serialising keeps comments, quoting and flow lists as they were written. */
const YAML_OUTPUT = { lineWidth: 0, flowCollectionPadding: false } as const;

const fileOf = (target: string) =>
  join("intents", target === OUT_OF_SCOPE ? OUT_OF_SCOPE_FILE : `${target}.yaml`);

/** The catalogue as it would be with the new example, or why it cannot take it. */
function withExample(
  catalogue: Catalogue,
  target: string,
  language: "it" | "en",
  text: string,
): { catalogue: Catalogue; index: number } | string {
  if (target === OUT_OF_SCOPE) {
    const examples = { ...catalogue.outOfScope.examples };
    examples[language] = [...examples[language], text];
    return {
      catalogue: { ...catalogue, outOfScope: { ...catalogue.outOfScope, examples } },
      index: examples[language].length - 1,
    };
  }
  const intent = catalogue.intents.find((i) => i.id === target);
  if (!intent) return `unknown intent "${target}"`;
  const examples = { ...intent.examples, [language]: [...intent.examples[language], text] };
  return {
    catalogue: {
      ...catalogue,
      intents: catalogue.intents.map((i) => (i === intent ? { ...intent, examples } : i)),
    },
    index: examples[language].length - 1,
  };
}

/** Adds reviewed messages to the catalogue's files, one after another. */
export interface Labeller {
  label(target: string, language: "it" | "en", text: string): Promise<LabelOutcome>;
}

/**
 * Opens the catalogue under `root` for labelling: it is read and checked once (cached like
 * the bot's own load), then each label checks only the new example against the others, so a
 * batch from `npm run review -- --import` does not re-read and re-check thousands of
 * examples per row. An example is added in its language after the same checks as `npm run
 * catalogue:check`: one that duplicates an example of another intent is refused with the
 * reason. The file keeps its comments and layout (yaml's Document API); the running bot
 * learns it at /reload.
 */
export async function openLabeller(root: string): Promise<Labeller> {
  const loaded = await loadCatalogueCached(cataloguePaths(root));
  let catalogue = loaded.ok ? loaded.catalogue : undefined;
  const broken = loaded.ok
    ? ""
    : loaded.problems
        .filter((p) => p.severity === "error")
        .map(formatProblem)
        .join("\n");
  return {
    async label(target, language, text) {
      if (catalogue === undefined)
        return { ok: false, reason: `the catalogue has errors already:\n${broken}` };
      const changed = withExample(catalogue, target, language, text);
      if (typeof changed === "string") return { ok: false, reason: changed };
      const file = fileOf(target);
      const concerning = collisionsOf(
        changed.catalogue,
        (intent) => fileOf(intent.id),
        fileOf(OUT_OF_SCOPE),
        { file, field: `examples.${language}.${changed.index}` },
      );
      // A duplicate within the same intent is only a warning for the catalogue, but adds nothing.
      if (concerning.length > 0)
        return { ok: false, reason: concerning.map(formatProblem).join("\n") };
      await appendExample(join(root, file), language, text);
      catalogue = changed.catalogue;
      return { ok: true, file };
    },
  };
}

/** One reviewed message added (see openLabeller). */
export async function labelExample(
  root: string,
  target: string,
  language: "it" | "en",
  text: string,
): Promise<LabelOutcome> {
  return (await openLabeller(root)).label(target, language, text);
}

async function appendExample(path: string, language: "it" | "en", text: string): Promise<void> {
  const document = parseDocument(await readFile(path, "utf8"));
  const list = document.getIn(["examples", language], true);
  const node = document.createNode(text) as Scalar;
  if (isSeq(list)) {
    const style = (list.items[0] as Scalar | undefined)?.type;
    if (style) node.type = style;
    list.items.push(node);
  } else {
    node.type = "QUOTE_DOUBLE";
    document.setIn(["examples", language], document.createNode([node]));
  }
  const temporary = `${path}.tmp`;
  await writeFile(temporary, document.toString(YAML_OUTPUT));
  await rename(temporary, path);
}
