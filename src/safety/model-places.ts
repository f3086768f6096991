import { join } from "node:path";
import { codeFiles } from "../cache/index.js";
import { DEFAULT_GEO_DIR, GEO_FILES } from "../geo/geo-index.js";
import { type PlaceSpans, withoutPlaces } from "../nlu/places.js";
import type { ModelReading } from "./danger-model.js";

/**
 * The danger model reads a message without the places it names, as the need classifier does.
 * A street's name says nothing about danger, but the danger sets name streets and areas where
 * things happened, so their words leaned for danger: «abito da sola in via dei Missaglia e non
 * riesco più a cucinare» alarmed while «… in via Padova …» did not (16 of 400 streets in one
 * ordinary sentence). Every span the geo reader finds goes, even one of ordinary words: a
 * danger word inside a place's name («Porta Romana») is no danger. The spans are those of the
 * whole message (`message`) when the model reads part of it: the update's one reading of its
 * places, not a second reading of a shorter string.
 */
export const withoutPlacesFor =
  (spans: PlaceSpans): ModelReading =>
  (text, places = spans, message = text) =>
    withoutPlaces(
      text,
      () => places(message),
      () => false,
    );

/** The files the place reader depends on, for the key of a model trained without places. */
export const placesFiles = async (): Promise<string[]> => [
  ...(await codeFiles(["geo"])),
  ...GEO_FILES.map((file) => join(DEFAULT_GEO_DIR, file)),
];
