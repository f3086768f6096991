import { describe, expect, it } from "vitest";
import type { Service } from "../../src/catalogue/schema.js";
import { fitsPerson, personSaid, servicesForPerson } from "../../src/directory/audience.js";

const forWomen: Service = {
  id: "corsi_italiano_donne",
  name: { it: "Corsi di italiano per donne straniere" },
  description: { it: "Corsi di lingua italiana per donne straniere." },
  howToGet: { it: "In via Ornato 7." },
  audience: "women",
};
const forAnyone: Service = { ...forWomen, id: "informazione_orientamento", audience: undefined };
const services = new Map([forWomen, forAnyone].map((s) => [s.id, s]));

describe("who the need is for", () => {
  it.each([
    "mio marito vorrebbe imparare l'italiano",
    "c'è un corso per mio padre?",
    "an Italian course for my husband",
    "my dad speaks no Italian",
    "un curso de italiano para mi esposo",
    "un curs de italiană pentru soțul meu",
    "курси італійської для чоловіка",
    "sono un uomo, cerco un corso di italiano",
    "il corso non è per me, io l'italiano lo parlo: è per mio cognato",
  ])("«%s» is about a man", (text) => {
    expect(personSaid(text)).toBe("man");
  });

  it.each([
    "vorrei un corso di italiano",
    "mia moglie vorrebbe un corso, mio marito no: lui lo parla già",
    "my mother and my brother want to learn Italian",
    "sono una ragazza, mio fratello mi ha detto dei corsi",
    "Padre Pio, via del Padre",
    "cerco un corso per mia figlia",
    "My husband got a job here and I followed him; I would like to learn Italian",
    "sono arrivata con mio figlio, al supermercato non capisco niente",
    "vine con mi esposo y no entiendo al médico",
    "чоловік працює, а я сиджу вдома без мови",
    "un corso per me e mio marito",
    "a volte mio marito alza la voce quando beve, ma io volevo chiedere un corso di italiano",
    "my husband works all day, but I would like a course",
  ])("«%s» does not say the need is for a man alone: nothing is assumed", (text) => {
    expect(personSaid(text)).toBeNull();
  });
});

describe("a service described for women", () => {
  it("is not for a man, and stays for anyone else", () => {
    expect(fitsPerson(forWomen, "man")).toBe(false);
    expect(fitsPerson(forWomen, null)).toBe(true);
    expect(fitsPerson(forAnyone, "man")).toBe(true);
  });

  it("is set apart for a husband, kept when the words do not say who", () => {
    const ids = [forWomen.id, forAnyone.id];
    const husband = servicesForPerson(ids, "corso di italiano per mio marito", (id) =>
      services.get(id),
    );
    expect(husband.fitting).toEqual([forAnyone.id]);
    expect(husband.notForThem).toEqual([forWomen]);
    const anyone = servicesForPerson(ids, "corso di italiano", (id) => services.get(id));
    expect(anyone).toEqual({ fitting: ids, notForThem: [] });
  });
});
