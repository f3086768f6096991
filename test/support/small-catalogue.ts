import { type Catalogue, loadCatalogue } from "../../src/catalogue/load.js";

/** The shipped catalogue cut to a few examples per intent, so training takes milliseconds. */
export async function smallCatalogue(): Promise<Catalogue> {
  const loaded = await loadCatalogue();
  if (!loaded.ok) throw new Error("catalogue");
  const { catalogue } = loaded;
  const few = (examples: Catalogue["outOfScope"]["examples"]) => ({
    it: examples.it.slice(0, 4),
    en: (examples.en ?? []).slice(0, 2),
  });
  return {
    ...catalogue,
    intents: catalogue.intents.map((intent) => ({ ...intent, examples: few(intent.examples) })),
    outOfScope: { ...catalogue.outOfScope, examples: few(catalogue.outOfScope.examples) },
  };
}
