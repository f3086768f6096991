import { createLocationResolver, loadGeoIndex } from "../../src/geo/index.js";

/** The resolver over the repository's data/geo, built once per test file. */
export const resolver = createLocationResolver(await loadGeoIndex());
