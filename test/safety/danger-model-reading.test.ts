import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/nlu/normalize.js";
import { withoutCourtesy } from "../../src/safety/courtesy.js";
import { type LabelledText, trainDangerModel } from "../../src/safety/danger-model.js";
import { withoutPlacesFor } from "../../src/safety/model-input.js";

const spans = (text: string) => (/via dei Missaglia/i.exec(text) ?? []).map((span) => span);

describe("what the danger model reads of a message", () => {
  it("leaves out an apology for writing, not the plea or what is told", () => {
    expect(withoutCourtesy(tokenize("Buongiorno, mi scusi se la disturbo: ho 84 anni"))).toEqual(
      tokenize("se ho 84 anni"),
    );
    expect(withoutCourtesy(tokenize("aiutatemi per favore"))).toEqual(
      tokenize("aiutatemi per favore"),
    );
  });

  it("leaves out the places the geo reader finds", () => {
    const reading = withoutPlacesFor(spans);
    expect(reading("abito da sola in via dei Missaglia e non cucino più")).not.toMatch(/Missaglia/);
    expect(reading("via dei Missaglia")).toBe("via dei Missaglia");
  });

  it("reads the places of the whole message once, when the model reads only part of it", () => {
    const read: string[] = [];
    const counted = (text: string) => {
      read.push(text);
      return spans(text);
    };
    const reading = withoutPlacesFor(counted);
    const message = "ho visto un film. abito da sola in via dei Missaglia e ho paura";
    expect(reading("abito da sola in via dei Missaglia e ho paura", counted, message)).toBe(
      "abito da sola in   e ho paura",
    );
    expect(read).toEqual([message]);
  });

  it("does not learn a street's name as danger because a crisis happened there", () => {
    const examples: LabelledText[] = [
      { text: "mio marito mi picchia in via dei Missaglia", danger: true },
      { text: "ho paura, mi picchia ancora", danger: true },
      { text: "cerco una badante per mia madre", danger: false },
      { text: "vorrei i pasti a domicilio", danger: false },
    ];
    const ordinary = "abito in via dei Missaglia, vorrei i pasti a domicilio";
    const asWritten = trainDangerModel(examples);
    const withoutPlaces = trainDangerModel(examples, withoutPlacesFor(spans));
    expect(withoutPlaces(ordinary)).toBeLessThan(asWritten(ordinary));
  });

  it("learns nothing from «piazza» when a square the geo reader missed was where a crisis happened", () => {
    const squares = (text: string) => (/piazza Prealpi/.exec(text) ?? []).map((span) => span);
    const examples: LabelledText[] = [
      { text: "un uomo mi segue da piazza udine, ho paura", danger: true },
      { text: "ho paura, mi picchia ancora", danger: true },
      { text: "abito in piazza Prealpi, vorrei i pasti a domicilio", danger: false },
      { text: "cerco una badante per mia madre", danger: false },
    ];
    const model = trainDangerModel(examples, withoutPlacesFor(squares));
    // A parent's errand named with a square, read or not, is no more alarming for it.
    expect(model("passa a prendere la bambina in piazza udine")).toBe(
      model("passa a prendere la bambina in udine"),
    );
  });

  it("hears where a message ends as the citizen wrote it, not where a place was taken off", () => {
    const examples: LabelledText[] = [
      { text: "ho paura di tornare a casa", danger: true },
      { text: "mi ha chiuso fuori di casa", danger: true },
      { text: "vorrei i pasti a casa ogni giorno", danger: false },
      { text: "cerco aiuto a casa per mia madre", danger: false },
    ];
    const model = trainDangerModel(examples, withoutPlacesFor(spans));
    // The same words, but the first goes on to name the street: it does not end on «casa».
    expect(model("mandate i pasti a casa, via dei Missaglia")).toBeLessThan(
      model("mandate i pasti a casa"),
    );
  });
});
