// Which WeMi spaces the bot would suggest for an intent and a place, as JSON on stdout:
//   npm run -s recommend -- <intent> "<place text>"
// The place text may be omitted, to see what a citizen who has not said where they live gets.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { idSchema } from "../catalogue/schema.js";
import { loadDirectory, recommend } from "../directory/index.js";
import { createLocationResolver, loadGeoIndex } from "../geo/index.js";

const USAGE = 'usage: npm run -s recommend -- <intent> "<place text>"';
const intentServicesSchema = z.object({ services: z.array(idSchema) });

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [intent, ...placeWords] = process.argv.slice(2);
if (intent === undefined) fail(USAGE);
if (!idSchema.safeParse(intent).success) fail(`"${intent}" is not an intent id\n${USAGE}`);

const intentFile = fileURLToPath(new URL(`../../intents/${intent}.yaml`, import.meta.url));
if (!existsSync(intentFile)) fail(`unknown intent "${intent}": ${intentFile} does not exist`);
const intentFileContent = intentServicesSchema.safeParse(parse(readFileSync(intentFile, "utf8")));
if (!intentFileContent.success) fail(`${intentFile}: no valid "services" list`);
const { services } = intentFileContent.data;

const placeText = placeWords.join(" ").trim();
const place =
  placeText === "" ? null : createLocationResolver(await loadGeoIndex()).resolve(placeText);
const recommendation = recommend({ intent, services }, place, loadDirectory());

const output = {
  intent,
  services,
  place,
  note: recommendation.note ?? null,
  items: recommendation.items.map(({ space, service, reason, distanceKm }) => ({
    id: space.id,
    name: space.name,
    address: `${space.address.street} ${space.address.number}, ${space.address.cap} Milano`,
    addressInArticle: space.address.inArticle,
    municipio: space.municipio,
    service,
    reason,
    distanceKm: distanceKm === undefined ? null : Math.round(distanceKm * 100) / 100,
  })),
};
console.log(JSON.stringify(output, null, 2));
