import { loadCatalogue } from "../../src/catalogue/load.js";
import { type AskedObjectsReader, askedObjectsReader } from "../../src/nlu/asked-object.js";
import { DEFAULT_FEATURES } from "../../src/nlu/model.js";
import {
  type OtherWords,
  type OtherWordsIn,
  otherWordsIn,
  otherWordsOf,
} from "../../src/nlu/negation-languages.js";
import { type ReadWords, readWords } from "../../src/nlu/read-words.js";

/** The words of every language, as the catalogue gives them to the model that reads them. */
export async function catalogueOtherWords(): Promise<OtherWords> {
  const loaded = await loadCatalogue();
  if (!loaded.ok) throw new Error("the catalogue does not load");
  return otherWordsOf(loaded.catalogue.readingWords ?? {});
}

/** The same, each language with its own negations when the message's language is known. */
export async function catalogueOtherWordsIn(): Promise<OtherWordsIn> {
  const loaded = await loadCatalogue();
  if (!loaded.ok) throw new Error("the catalogue does not load");
  return otherWordsIn(loaded.catalogue.readingWords ?? {});
}

/** What a request asks for, read with the catalogue's asked words (data/nlu/asked.yaml). */
export async function catalogueAskedObjects(): Promise<AskedObjectsReader> {
  const loaded = await loadCatalogue();
  if (!loaded.ok) throw new Error("the catalogue does not load");
  return askedObjectsReader(loaded.catalogue.asked);
}

/** How the model of every language reads a message, with the catalogue's words of every language. */
export async function catalogueReading(): Promise<(text: string) => ReadWords> {
  const other = await catalogueOtherWords();
  return (text) => readWords(text, DEFAULT_FEATURES, undefined, other);
}
