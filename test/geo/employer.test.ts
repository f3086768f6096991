import { describe, expect, it } from "vitest";
import { namesAPlace, resolver } from "./resolver-fixture.js";

describe("a carer or cleaner who names the home of the one she works or worked for", () => {
  it.each([
    "ho fatto la badante a una signora di Bonola che è mancata a novembre",
    "lavoro come colf per una famiglia in corso Vercelli da dieci anni",
    "I worked for a lady in Brera for six years, now I need a job",
    "Mi contrato con la señora de via Novara terminó porque falleció",
    "la señora de via Novara donde trabajaba ya no me necesita",
    "Am lucrat 4 ani la o doamna in zona Lambrate, acum caut de lucru",
    "я працювала у пані на вулиці Падова 120, тепер шукаю роботу",
  ])("is not placed there: the bot asks where she lives (%s)", (text) => {
    expect(namesAPlace(text)).toBe(false);
  });

  it.each([
    // The family seeking a carer gives its own street.
    ["colf fissa cercasi per famiglia con 2 bimbi, via Pellegrino Rossi", 9],
    ["cerco una signora per pulire casa due volte a settimana, zona Brera", 1],
    // Her own home, said apart from the employer's.
    ["ho fatto la badante a una signora di Bonola, adesso abito in zona Corvetto", 4],
  ])("still reads the home of the one asking (%s)", (text, municipio) => {
    expect(resolver.resolve(text).municipio).toBe(municipio);
  });
});

describe("a carer who says her work well before the employer", () => {
  it.each([
    "Lavoro come badante da un anno da una signora a Porta Romana e la sera sono libera",
    "lavoro da sei anni come badante presso una signora in zona Città Studi",
    "Trabalhei 3 anos como babá para uma família em Brera, agora estou parada",
    "trabaje 6 años de badante con una señora en Baggio que fallecio",
  ])("is not placed at the employer's either (%s)", (text) => {
    expect(namesAPlace(text)).toBe(false);
  });

  it.each([
    // A family looked for is where she wants to work.
    ["lavoro come colf da 10 anni, sono moldava, cerco famiglia zona Baggio", 7],
    ["I worked as a nanny for years, now looking for a new family in Lambrate", 3],
    // The family is the writer's own.
    ["quiero contratar una colf con contrato regular, somos una familia en Porta Romana", 5],
    ["cerco colf con contratto regolare, siamo una famiglia di Città Studi", 3],
  ])("still reads a family looked for or the writer's own (%s)", (text, municipio) => {
    expect(resolver.resolve(text).candidates).toContain(municipio);
  });
});

describe("a citizen who runs a shop somewhere", () => {
  it.each([
    "tengo una tienda en via Padova 120 y necesito alguien para mis hijos",
    "我和老公都在Paolo Sarpi开店，每天工作到晚上十点。孩子三岁和六岁，放学以后没有人看。",
    "我以前在Paolo Sarpi的服装店做了八年，店关了，不知道还能做什么工作",
  ])("is not placed at the shop (%s)", (text) => {
    expect(namesAPlace(text)).toBe(false);
  });

  it.each([
    ["vivo cerca de la tienda de via Padova 120, necesito una cuidadora", 2],
    ["我住在Paolo Sarpi附近，想找一个保姆", 8],
  ])("is placed at a home beside a shop (%s)", (text, municipio) => {
    const place = resolver.resolve(text);
    expect([place.municipio, ...place.candidates]).toContain(municipio);
  });
});

describe("redaction of an employer's or a shop's place", () => {
  it.each([
    ["ho fatto la badante a una signora di Bonola", "Bonola"],
    ["我和老公都在Paolo Sarpi开店", "Paolo Sarpi"],
  ])("still finds it, to take it out (%s)", (text, span) => {
    expect(resolver.placesIn(text).map((p) => p.span)).toContain(span);
  });
});

describe("a carer who looked after someone there (session 36)", () => {
  it("is not placed at the late employer's: «I looked after an elderly lady in Città Studi»", () => {
    const text =
      "I looked after an elderly lady in Città Studi until she passed away last month. I need to find another family";
    expect(namesAPlace(text)).toBe(false);
  });
});
