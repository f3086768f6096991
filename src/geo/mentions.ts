import type { GeoIndex } from "./geo-index.js";

const titleCase = (name: string) =>
  name
    .toLowerCase()
    .replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());

/**
 * Messages that name a place and nothing else ("Quarto Oggiaro", "via Padova 120",
 * "municipio 8"): citizens send them when asked where they live. They state no need, so
 * the classifier learns them as out of scope instead of reading a need into street names.
 * A deterministic sample: every NIL and alias, one street in `streetStride`, each Municipio.
 */
export function placeOnlyMessages(index: GeoIndex, streetStride = 60): string[] {
  const messages = [
    ...index.nil.map((nil) => titleCase(nil.name.split(" - ")[0] ?? nil.name)),
    ...index.neighbourhoods.map((alias) => alias.name),
  ];
  index.streets.forEach((street, i) => {
    if (i % streetStride !== 0) return;
    const number = street.numbers.at(Math.floor(street.numbers.length / 2))?.[0];
    messages.push(number === undefined ? street.name : `${street.name} ${number}`);
  });
  for (let municipio = 1; municipio <= 9; municipio++) {
    messages.push(municipio % 2 === 0 ? `municipio ${municipio}` : `zona ${municipio}`);
  }
  return [...new Set(messages)];
}
