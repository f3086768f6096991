import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadDangerDetector } from "../../src/safety/danger.js";

/**
 * A fall told as the reason for care (issue 8: «è caduta la settimana scorsa, cerco una
 * badante»): what the fall took away, lasting («non riesce più a lavarsi da sola», «já não
 * consegue tomar banho»), is why the family writes. A person still on the floor, who cannot get
 * up or move, or does not answer, is an emergency, yesterday's fall too.
 */
const detect = loadDangerDetector(join(PROJECT_ROOT, "locales"));

describe("a fall told as the reason for care is no emergency", () => {
  it.each([
    "mia mamma ha 86 anni, vive sola… ieri è caduta in bagno, non riesce più a lavarsi da sola",
    "mia nonna ieri è caduta e non riesce più a camminare bene, ha 90 anni",
    "mia mamma ha 86 anni, ieri è scivolata in bagno e adesso non riesce più a vestirsi",
    "mia mamma è caduta ieri e non riesce più ad alzarsi dal letto da sola",
    "papà è caduto la settimana scorsa e adesso non riesce più a cucinare",
    "minha mãe caiu ontem e já não consegue tomar banho sozinha",
    "minha avó caiu na semana passada e não consegue mais andar sozinha",
    "my mum is 86 and lives alone, yesterday she fell in the bathroom and can't wash herself anymore",
    "mi madre tiene 86 años y vive sola, ayer se cayó en el baño y ya no puede ducharse sola",
    "ma mère a 86 ans et vit seule, hier elle est tombée dans la salle de bain et ne peut plus se laver seule",
    "mama are 86 de ani și locuiește singură, ieri a căzut în baie și nu mai poate să se spele singură",
    "мамі 86 років, живе сама, вчора впала у ванній і тепер не може сама митися",
    "маме 86 лет, живет одна, вчера упала в ванной и теперь не может сама мыться",
    "minha mãe caiu ontem e já não consegue levantar da cama sozinha",
    "nahulog si nanay kahapon at hindi na siya makabangon sa kama nang mag-isa",
    "أمي وقعت امبارح وما عادت تقدر تقوم من السرير لوحدها",
    "nëna ra dje dhe nuk mund të ngrihet më nga shtrati vetëm",
    "telefoni më ra në dysheme dhe u thye",
    "පසුගිය සතියේ අම්මා වැටුණාට පස්සේ උදේට තනියම ඇඳෙන් නැගිටින්න බැහැ",
  ])("«%s» is quiet", (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    "mia madre è caduta in bagno e non riesce ad alzarsi",
    "mamma è caduta stamattina e non riesce più ad alzarsi",
    "mia suocera è caduta e non riesce ad alzarsi da sola, urla di dolore",
    "è caduta e non riesce più a muoversi",
    "sono caduta ieri sera vicino al letto e sono ancora qui non riesco ad alzarmi",
    "mia madre è caduta, è per terra e non risponde",
    "minha mãe caiu e não consegue se levantar",
    "minha mãe caiu e não consegue mais se mexer",
    "minha avó caiu e não responde",
    "my mum fell and can't get up",
    "mi mamá se cayó y no puede levantarse",
    "ma mère est tombée et n'arrive pas à se relever",
    "mama a căzut și nu se poate ridica",
    "мама упала и не может встать",
    "minha mãe caiu e não consegue levantar",
    "nahulog si lola at hindi na makatayo",
    "أمي وقعت على الأرض وما بتقدر تقوم",
    "أبي سقط ولا يستطيع النهوض",
    "gjyshja ra në dysheme dhe nuk mund të ngrihet",
    "babai ra dhe nuk ngrihet dot",
    "අම්මා බිම වැටිලා නැගිටින්න බැහැ",
  ])("a person on the floor now still alarms: «%s»", (text) => {
    expect(detect(text)?.kind).toBe("collapse");
  });
});
