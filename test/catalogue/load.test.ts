import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  type CatalogueLoadResult,
  cataloguePaths,
  loadCatalogue,
} from "../../src/catalogue/load.js";
import { formatProblem } from "../../src/catalogue/problems.js";
import { REQUIRED_INTENTS } from "../../src/catalogue/validate.js";
import { copyCatalogue, editYaml } from "./fixture.js";

const roots: string[] = [];
afterEach(async () => {
  for (const root of roots.splice(0)) await rm(root, { recursive: true, force: true });
});

async function brokenCatalogue(
  edit: (root: string) => Promise<void>,
): Promise<CatalogueLoadResult> {
  const root = await copyCatalogue();
  roots.push(root);
  await edit(root);
  return loadCatalogue(cataloguePaths(root));
}

function errorsOf(result: CatalogueLoadResult): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.filter((p) => p.severity === "error").map(formatProblem);
}

describe("the shipped catalogue", () => {
  it("loads with every required intent and no errors", async () => {
    const result = await loadCatalogue();
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
    const ids = result.catalogue.intents.map((intent) => intent.id);
    expect(ids).toEqual(expect.arrayContaining([...REQUIRED_INTENTS]));
    for (const intent of result.catalogue.intents) {
      expect(intent.examples.it.length, intent.id).toBeGreaterThanOrEqual(20);
      expect(intent.examples.en.length, intent.id).toBeGreaterThanOrEqual(6);
    }
  });
});

describe("an admin's mistakes are reported with the file and the field", () => {
  it("too few Italian examples", async () => {
    const errors = errorsOf(
      await brokenCatalogue((root) =>
        editYaml(root, "intents/colf.yaml", (intent) => {
          intent.examples.it = intent.examples.it.slice(0, 5);
        }),
      ),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/intents\/colf\.yaml: examples\.it: .*at least 20/),
    );
  });

  it("too few examples in a language the bot speaks, or in a main need in one it reads", async () => {
    const errors = errorsOf(
      await brokenCatalogue(async (root) => {
        await editYaml(root, "intents/dsa.yaml", (intent) => {
          intent.examples.ro = intent.examples.ro.slice(0, 3);
        });
        await editYaml(root, "intents/lavoro.yaml", (intent) => {
          delete intent.examples.si;
        });
      }),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(
        /intents\/dsa\.yaml: examples\.ro: needs at least 15 examples \(has 3\)/,
      ),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(
        /intents\/lavoro\.yaml: examples\.si: needs at least 8 examples \(has 0\)/,
      ),
    );
  });

  it("an example in a language no one declared, such as a misspelt code", async () => {
    const errors = errorsOf(
      await brokenCatalogue((root) =>
        editYaml(root, "intents/colf.yaml", (intent) => {
          intent.examples.ua = ["шукаю прибиральницю на суботу"];
        }),
      ),
    );
    expect(errors).toContainEqual(expect.stringMatching(/intents\/colf\.yaml: examples.*ua/));
  });

  it("missing Italian answer text", async () => {
    const errors = errorsOf(
      await brokenCatalogue((root) =>
        editYaml(root, "intents/dsa.yaml", (intent) => {
          delete intent.answer.it;
        }),
      ),
    );
    expect(errors).toContainEqual(expect.stringMatching(/intents\/dsa\.yaml: answer\.it: /));
  });

  it("a service id that the service catalogue does not have", async () => {
    const errors = errorsOf(
      await brokenCatalogue((root) =>
        editYaml(root, "intents/badante.yaml", (intent) => {
          intent.services = [...intent.services, "teletrasporto"];
        }),
      ),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(
        /intents\/badante\.yaml: services\.\d+: unknown service "teletrasporto"/,
      ),
    );
  });

  it("an answer too long for a Telegram message with its spaces", async () => {
    const errors = errorsOf(
      await brokenCatalogue((root) =>
        editYaml(root, "intents/colf.yaml", (intent) => {
          intent.answer.it = "Una colf. ".repeat(150);
        }),
      ),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/intents\/colf\.yaml: answer\.it: must be at most 1000 characters/),
    );
  });

  it("a question whose option leads to an unknown service", async () => {
    const errors = errorsOf(
      await brokenCatalogue((root) =>
        editYaml(root, "intents/lavoro.yaml", (intent) => {
          intent.question.options[1].services = ["ufficio_collocamento"];
        }),
      ),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(
        /intents\/lavoro\.yaml: question\.options\.1\.services\.0: unknown service/,
      ),
    );
  });

  it("the same example taught to two intents, even with other case and punctuation", async () => {
    const errors = errorsOf(
      await brokenCatalogue(async (root) => {
        let taken = "";
        await editYaml(root, "intents/badante.yaml", (intent) => {
          taken = intent.examples.it[0];
        });
        await editYaml(root, "intents/colf.yaml", (intent) => {
          intent.examples.it.push(`${taken.toUpperCase()}!!`);
        });
      }),
    );
    expect(errors.join("\n")).toMatch(
      /intents\/colf\.yaml: examples\.it\.\d+: .*(duplicate|near-duplicate)/,
    );
  });

  it("a near-duplicate: the same sentence with a typo under another intent", async () => {
    const errors = errorsOf(
      await brokenCatalogue(async (root) => {
        await editYaml(root, "intents/colf.yaml", (intent) => {
          intent.examples.it.push("vorrei iscrivermi a un corso di italiano per stranieri");
        });
        await editYaml(root, "intents/corsi_italiano.yaml", (intent) => {
          intent.examples.it.push("vorei iscrivermi a un corso di italiano x stranieri");
        });
      }),
    );
    expect(errors.join("\n")).toMatch(/near-duplicate|duplicate/);
  });

  it("a required intent deleted", async () => {
    const errors = errorsOf(
      await brokenCatalogue((root) => rm(join(root, "intents/operatore.yaml"))),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/intents\/operatore\.yaml: missing: the required intent/),
    );
  });

  it("a file whose id does not match its name", async () => {
    const errors = errorsOf(
      await brokenCatalogue((root) =>
        editYaml(root, "intents/saluto.yaml", (intent) => {
          intent.id = "saluti";
        }),
      ),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/intents\/saluto\.yaml: id: "saluti" must match the file name/),
    );
  });

  it("a file that is not valid YAML", async () => {
    const errors = errorsOf(
      await brokenCatalogue((root) =>
        writeFile(join(root, "intents/lavoro.yaml"), "id: lavoro\nlabel: [unclosed\n"),
      ),
    );
    expect(errors).toContainEqual(expect.stringMatching(/intents\/lavoro\.yaml: invalid YAML/));
  });

  it("a «lives alone» cue that is no phrase, or a need offered first that does not exist", async () => {
    const errors = errorsOf(
      await brokenCatalogue((root) =>
        editYaml(root, "intents/_lives_alone.yaml", (cues) => {
          cues.cues.it.push("vive ... ()");
          cues.offered_first.push("badanti");
        }),
      ),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/intents\/_lives_alone\.yaml: cues\.it\.4: .*no word/),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(
        /intents\/_lives_alone\.yaml: offered_first\.2: unknown intent "badanti"/,
      ),
    );
  });

  it("an unknown field, such as a misspelt one", async () => {
    const errors = errorsOf(
      await brokenCatalogue((root) =>
        editYaml(root, "intents/saluto.yaml", (intent) => {
          intent.answr = intent.answer;
        }),
      ),
    );
    expect(errors).toContainEqual(expect.stringMatching(/intents\/saluto\.yaml: .*answr/));
  });
});

describe("the words other languages are read with are content, beside the intents", () => {
  it("the shipped catalogue carries each language's words of refusing, turning and adding", async () => {
    const result = await loadCatalogue();
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
    const words = result.catalogue.readingWords ?? {};
    expect(Object.keys(words)).toEqual(expect.arrayContaining(["es", "ro", "uk", "ru", "tl"]));
    expect(words.ro?.but).toContain("dar");
    expect(words.es?.also).toContain("también");
  });

  it("a language's reading.yaml with a misspelt kind is reported with the file and the field", async () => {
    const errors = errorsOf(
      await brokenCatalogue(async (root) => {
        await mkdir(join(root, "locales", "ro"), { recursive: true });
        await writeFile(
          join(root, "locales", "ro", "reading.yaml"),
          'negations: ["nu"]\nwanting: ["vreau"]\nable_now: ["poate"]\nbutt: ["dar"]\n',
        );
      }),
    );
    expect(errors).toContainEqual(expect.stringMatching(/locales\/ro\/reading\.yaml.*butt/));
  });
});
