import { cataloguePaths, loadCatalogue } from "../catalogue/load.js";
import { formatProblem } from "../catalogue/problems.js";
import { examplesInEveryLanguage } from "../nlu/dataset.js";

const root = process.argv[2];
const result = await loadCatalogue(root ? cataloguePaths(root) : cataloguePaths());
if (result.ok) {
  for (const warning of result.warnings) console.log(formatProblem(warning));
  const { intents, services, outOfScope } = result.catalogue;
  const examples = intents.reduce((n, i) => n + examplesInEveryLanguage(i.examples).length, 0);
  const rejections = examplesInEveryLanguage(outOfScope.examples).length;
  console.log(
    `catalogue OK: ${intents.length} intents, ${examples} examples, ${rejections} out-of-scope examples, ${services.length} services`,
  );
} else {
  for (const problem of result.problems) console.error(formatProblem(problem));
  const errors = result.problems.filter((p) => p.severity === "error").length;
  console.error(`catalogue has ${errors} error${errors === 1 ? "" : "s"}`);
  process.exitCode = 1;
}
