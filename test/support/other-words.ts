import { loadCatalogue } from "../../src/catalogue/load.js";
import { type OtherWords, otherWordsOf } from "../../src/nlu/negation-languages.js";

/** The words of every language, as the catalogue gives them to the model that reads them. */
export async function catalogueOtherWords(): Promise<OtherWords> {
  const loaded = await loadCatalogue();
  if (!loaded.ok) throw new Error("the catalogue does not load");
  return otherWordsOf(loaded.catalogue.readingWords ?? {});
}
