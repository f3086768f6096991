import { createLocationResolver, loadGeoIndex } from "../../src/geo/index.js";

/** The resolver over the repository's data/geo, built once per test file. */
export const resolver = createLocationResolver(await loadGeoIndex());

/** Whether the resolver reads any place in the text: an area, a choice of areas, or a town. */
export const namesAPlace = (text: string) => {
  const place = resolver.resolve(text);
  return place.municipio !== null || place.candidates.length > 0 || place.outsideMilan;
};
