import { beforeAll, describe, expect, it } from "vitest";
import type { AskedObjectsReader } from "../../src/nlu/asked-object.js";
import { plainWords } from "../../src/nlu/told-need.js";
import { catalogueAskedObjects } from "../support/other-words.js";

let askedObjects: AskedObjectsReader;
beforeAll(async () => {
  askedObjects = await catalogueAskedObjects();
});

const objects = (text: string) => askedObjects(plainWords(text));
/** Nothing asked that WeMi surely does not give: the model decides. */
const leftToTheModel = (text: string) => objects(text).every((o) => o === "unknown");

describe("what a request asks for, by its object's head noun", () => {
  it.each([
    // The need's word is what the object is for, or a word before its head.
    ["I'm looking for a babysitting film for Saturday night", "other"],
    ["vorrei un film sulle badanti da vedere stasera", "other"],
    ["cerco una commessa per la mia panetteria", "other"],
    ["we're looking for a cashier for our family shop", "other"],
    ["mi serve una ricetta per il pranzo della nonna", "other"],
    ["c'è una palestra per anziani in zona Loreto?", "other"],
    // A health professional, or volunteering offered (session 22).
    ["is there a decent physio near Lambrate for my grandad's shoulder?", "other"],
    ["cerco un dentista per mia madre che ha 80 anni", "other"],
    ["vorrei fare volontariato in una RSA la domenica", "other"],
    // A container says nothing: what it is of decides, one or two levels down.
    ["vorrei sapere il prezzo di un biglietto del treno per mio padre", "other"],
    ["I need help with my Italian grammar homework", "other"],
    ["mi serve la risposta dell'esercizio di grammatica", "other"],
    ["vorrei fare un corso di tedesco", "other"],
    ["cerco un corso di cucina per badanti", "hobby"],
    ["I'm looking for a cooking class, I work as a nanny", "hobby"],
    ["where can I take salsa classes?", "hobby"],
  ])("%j asks for %s", (text, kind) => {
    expect(objects(text)).toEqual([kind]);
  });

  it.each([
    "cerco una badante che sappia anche cucinare",
    "I need a nanny who can also cook dinner for the kids",
    "c'è un corso di italiano per mia moglie?",
    "is there an Italian grammar course for adults?",
    "cerco un corso di grammatica italiana per stranieri",
    "I'm looking for a job, I can work as a waitress",
    "cerco qualcosa di psicomotricità per mio figlio",
  ])("%j asks for something WeMi may give", (text) => {
    expect(leftToTheModel(text)).toBe(true);
  });

  it("reads every request of a message, the one WeMi gives beside the one it does not", () => {
    expect(objects("cerco una badante per mio padre, e c'è un corso di yoga per me?")).toEqual([
      "unknown",
      "hobby",
    ]);
  });

  it.each([
    "non cerco un corso di nuoto, cerco qualcosa di psicomotricità",
    "vorrei sapere se c'è un servizio per mia madre",
    "I'm not looking for a gym",
  ])("%j: a refused or objectless frame asks for nothing", (text) => {
    expect(leftToTheModel(text)).toBe(true);
  });
});
