import { createLocationResolver, loadGeoIndex } from "../geo/index.js";
import { runJsonLines } from "./json-lines.js";

await runJsonLines("locate", async () => {
  const resolver = createLocationResolver(await loadGeoIndex());
  return (text) => {
    const place = resolver.resolve(text.trim());
    return {
      text: place.text,
      municipio: place.municipio,
      candidates: place.candidates,
      outsideMilan: place.outsideMilan,
      kind: place.kind,
      matched: place.matched,
      span: place.span ?? null,
      confidence: place.confidence ?? 0,
      ...(place.needsHouseNumber ? { needsHouseNumber: true } : {}),
    };
  };
});
