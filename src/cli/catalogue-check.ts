import { cataloguePaths, loadCatalogue } from "../catalogue/load.js";
import { formatProblem } from "../catalogue/problems.js";

const root = process.argv[2];
const result = await loadCatalogue(root ? cataloguePaths(root) : cataloguePaths());
if (result.ok) {
  for (const warning of result.warnings) console.log(formatProblem(warning));
  const { intents, services, outOfScope } = result.catalogue;
  const examples = intents.reduce((n, i) => n + i.examples.it.length + i.examples.en.length, 0);
  const rejections = outOfScope.examples.it.length + outOfScope.examples.en.length;
  console.log(
    `catalogue OK: ${intents.length} intents, ${examples} examples, ${rejections} out-of-scope examples, ${services.length} services`,
  );
} else {
  for (const problem of result.problems) console.error(formatProblem(problem));
  const errors = result.problems.filter((p) => p.severity === "error").length;
  console.error(`catalogue has ${errors} error${errors === 1 ? "" : "s"}`);
  process.exitCode = 1;
}
