import { describe, expect, it } from "vitest";
import { namesAPlace, resolver } from "./resolver-fixture.js";

describe("a citizen who tells a need and names no place", () => {
  it.each([
    "mi sento solo da quando è morta mia moglie",
    "ancora non ho trovato nessuno",
    "quanto costa una badante a ore?",
    "però io non so usare il computer",
    "torno a casa dall'ospedale la settimana prossima",
    "parla solo un po' di italiano, mio padre",
    "faccio fatica a salire le scale",
    "mio figlio ha problemi nello studio",
    "ho fatto tanti mestieri ma ora niente",
    "vorrei fare il corso di italiano per stranieri",
    "è andata via la badante e siamo rimasti soli",
    "stiamo cercando un aiuto per il giardino e la casa",
    "sto al sesto piano e non c'è l'ascensore",
  ])("gets no place from ordinary words: %s", (text) => {
    expect(namesAPlace(text)).toBe(false);
  });

  it.each([
    "c'è una signora di 91 anni sola al piano di sopra",
    "sono in Italia da 6 mesi e cerco lavoro",
    "mia madre è al San Paolo da 5 giorni",
  ])("does not read a number that counts something as a house number: %s", (text) => {
    expect(namesAPlace(text)).toBe(false);
  });
});

describe("a citizen whose message holds a place", () => {
  it("is placed by the street and house number in their story, and told what was understood", () => {
    const place = resolver.resolve(
      "Buongiorno, mia madre ha 87 anni, abita in V.le Monza 45 e non riesce più a fare la spesa",
    );
    expect(place).toMatchObject({ municipio: 2, kind: "address", span: "V.le Monza 45" });
    expect(place.confidence).toBeGreaterThan(0.8);
  });

  it("is forgiven a typo after 'abito a', not in an ordinary word", () => {
    expect(resolver.resolve("vivo a Nigaurda e mia moglie sta male")).toMatchObject({
      municipio: 9,
      span: "Nigaurda",
    });
    expect(resolver.resolve("vivo a Nigaurda").confidence).toBeLessThan(
      resolver.resolve("vivo a Niguarda").confidence ?? 0,
    );
  });

  it("is a town when 'abito a' says so, even when the town is an ordinary word", () => {
    expect(resolver.resolve("abito a Sesto e mi serve aiuto con la spesa").outsideMilan).toBe(true);
    expect(resolver.resolve("vivo a Pero con mia madre anziana").outsideMilan).toBe(true);
  });

  it("is not given the place of a brother or a place they come from", () => {
    expect(namesAPlace("mio fratello abita a Torino e io lavoro fino alle 7")).toBe(false);
    expect(
      resolver.resolve("mio fratello vive a Torino ma io abito in via Padova 200"),
    ).toMatchObject({ municipio: 2, outsideMilan: false });
    expect(resolver.resolve("vengo da Roma, adesso abito a Bovisa e cerco lavoro")).toMatchObject({
      municipio: 9,
      outsideMilan: false,
    });
  });

  it("is not given the street where the citizen used to work", () => {
    expect(
      namesAPlace(
        "ho lavorato per anni in via Padova, ora cerco un corso di italiano per mia suocera",
      ),
    ).toBe(false);
  });

  it("is not sent away from WeMi by a town named in passing", () => {
    expect(namesAPlace("devo prendere il treno per Torino con mia madre che ha 85 anni")).toBe(
      false,
    );
    expect(resolver.resolve("abito a Torino e cerco una badante per mia madre").outsideMilan).toBe(
      true,
    );
  });

  it("knows the writer's own town outside Milan says nothing of where a parent lives", () => {
    expect(resolver.resolve("abito a Torino e cerco una badante per mia madre")).toMatchObject({
      outsideMilan: true,
      forRelativeElsewhere: true,
    });
    expect(
      resolver.resolve("abito a Torino con mia madre e cerco una badante").forRelativeElsewhere,
    ).toBeUndefined();
    expect(resolver.resolve("mia madre vive a Torino").forRelativeElsewhere).toBeUndefined();
  });

  it("gets the place of the person in need", () => {
    expect(
      resolver.resolve("mia sorella abita a Bergamo, mia madre invece vive a Niguarda da sola"),
    ).toMatchObject({ municipio: 9, outsideMilan: false });
  });

  it("gets the place of the person in need before the writer's own", () => {
    expect(
      resolver.resolve("mia madre abita vicino a piazzale Loreto, io invece abito a Baggio"),
    ).toMatchObject({ matched: expect.stringMatching(/Loreto/) });
    expect(resolver.resolve("I live in Baggio but my father lives in Niguarda")).toMatchObject({
      municipio: 9,
    });
  });
});

describe("a Ukrainian or Russian citizen who tells whose home a place is", () => {
  it.each([
    "мій брат живе на via Padova 120",
    "мой брат живёт на via Padova 120",
    "моя сестра живе на viale Monza 100, але мамі потрібна доглядальниця",
  ])("is not given a brother's or a sister's street: %s", (text) => {
    expect(namesAPlace(text)).toBe(false);
  });

  it.each([
    "моя мама живе на via Padova 120, а я живу в Baggio",
    "мама живёт на via Padova 120, а я живу в Baggio",
  ])("gets the mother's street before the writer's own: %s", (text) => {
    expect(resolver.resolve(text)).toMatchObject({ municipio: 2, matched: "Via Padova 120" });
  });

  it("keeps «вона живе на…» as the home of the person in need", () => {
    expect(resolver.resolve("вона живе на via Padova 120")).toMatchObject({ municipio: 2 });
  });
});

describe("a citizen who writes in another script, or «però»", () => {
  it.each([
    ["a child's age in Chinese", "我儿子7岁，需要保姆"],
    ["a child's age in Arabic", "ابنتي عمرها 6 سنوات وأحتاج جليسة أطفال"],
    ["a lady's age in Sinhala", "මම බලාගන්න signora ට අවුරුදු 92 යි"],
    [
      "«but» after a story of a relative",
      "Mia zia ha 82 anni e non vuole nessuno che le stia vicino. Però pulire i vetri è faticoso",
    ],
  ])("is given no place for %s", (_, text) => {
    expect(namesAPlace(text)).toBe(false);
  });

  it("still gets the place written in Latin letters among them, and the town written plainly", () => {
    expect(resolver.resolve("我住在Baggio")).toMatchObject({ municipio: 7 });
    expect(resolver.resolve("මම ඉන්නේ Baggio")).toMatchObject({ municipio: 7 });
    expect(resolver.resolve("Mia zia vive sola. Però io abito a Pero").outsideMilan).toBe(true);
  });

  it("gets the father's street, not the town where the writer works, from a story in Arabic", () => {
    const story =
      "والدي عمره ٨٣ ويعيش لوحده في via Padova 120. صار ما يقدر يطبخ وأحيانا ما ياكل شي طول النهار. أنا أشتغل في Bergamo وما أقدر أروح له كل يوم.";
    expect(resolver.resolve(story)).toMatchObject({ municipio: 2, outsideMilan: false });
  });
});

describe("a citizen who names a landmark or a metro station", () => {
  it.each([
    ["abito vicino all'Istituto Besta, mia madre ha bisogno di una badante", 3, "Istituto Besta"],
    ["davanti alla Cattolica", 1, "Cattolica"],
    ["vicino all'ospedale Niguarda", 9, "ospedale Niguarda"],
  ])("%s → Municipio %s", (text, municipio, span) => {
    expect(resolver.resolve(text)).toMatchObject({ kind: "landmark", municipio, span });
  });

  it("is not placed at a university by an ordinary word", () => {
    expect(namesAPlace("sono cattolica e cerco una badante per mia madre di 90 anni")).toBe(false);
  });

  it("gets the Municipi on both sides of a border station, and its metro word said back", () => {
    expect(resolver.resolve("metro Dateo")).toMatchObject({
      kind: "station",
      municipio: null,
      candidates: [3, 4],
      span: "metro Dateo",
    });
  });

  it("tells the Loreto station from the Loreto neighbourhood, and a station outside Milan", () => {
    expect(resolver.resolve("fermata Loreto").kind).toBe("station");
    expect(resolver.resolve("MM2 Udine")).toMatchObject({ kind: "station", municipio: 3 });
    expect(resolver.resolve("abito a Loreto").kind).toBe("nil");
    expect(resolver.resolve("metro Sesto Marelli").outsideMilan).toBe(true);
    expect(resolver.resolve("metro Abbiategrasso")).toMatchObject({ municipio: 5 });
  });
});

describe("a citizen who sends coordinates or a map link", () => {
  it.each([
    ["45°27'N 9°11'E", 5],
    ["45°28'38.5\"N 9°11'24.3\"E", 1],
    ["N 45° 26.500' E 9° 10.200'", 6],
    ["sono qui: 45.4408, 9.1612", 6],
    ["ecco la mia posizione 45,4773 9,2264", 3],
    ["https://www.google.com/maps/@45.4781,9.2262,17z", 3],
    ["https://maps.google.com/?q=45.4642,9.1900", 1],
    ["https://maps.apple.com/?ll=45.4854,9.2047&q=Casa", 2],
    ["https://www.openstreetmap.org/?mlat=45.4701&mlon=9.1702#map=17/45.4701/9.1702", 1],
    ["https://www.openstreetmap.org/#map=16/45.4668/9.1905", 1],
  ])("%s → Municipio %i", (text, municipio) => {
    expect(resolver.resolve(text)).toMatchObject({ kind: "point", municipio, confidence: 1 });
  });

  it("is outside Milan at a point outside it, and prices are no coordinates", () => {
    expect(resolver.resolve("45.5845,9.2744").outsideMilan).toBe(true);
    expect(namesAPlace("ho pagato 12.50, 13.20 euro per la spesa")).toBe(false);
  });
});

describe("a citizen whose words name no place, though they sound like one", () => {
  it.each([
    // A course, with the language's name misspelt: no Corso Italia.
    "mi serve un corso de italian per mia moglie",
    // The writer's name, as Q.re Fatima is a neighbourhood's.
    "ciao sono Fatima, buongiorno a tutti",
    "buongiorno sono Fatima cerco lavoro come baby sitter",
    "mi chiamo Fatima e cerco una badante",
    "hi, I'm Fatima and I look for work as a cleaner",
  ])("gets no place from «%s»", (text) => {
    expect(namesAPlace(text)).toBe(false);
  });

  it("still gets the neighbourhood when it is where they live («abito a Fatima»)", () => {
    expect(resolver.resolve("abito a Fatima").matched).toMatch(/FATIMA/);
  });

  it.each([
    ["siamo andati al parco Lambro con i nipotini", "Parco Lambro"],
    ["cerco un dog sitter vicino al Parco Sempione", "NIL 8 PARCO SEMPIONE"],
  ])("is placed at the park it names, not at a street named after it: %s", (text, park) => {
    expect(resolver.resolve(text).matched).toBe(park);
  });
});

describe("a family writing from outside Milan about someone who lives in Milan", () => {
  it.each([
    ["la nonna vive sola in via Padova 60, noi invece abitiamo a Brescia da anni", 2],
    [
      "il nonno ha 88 anni, da un anno è solo al terzo piano in zona Corvetto. Noi stiamo a Brescia",
      4,
    ],
    ["mio suocero ha 90 anni e abita al Giambellino; io sto a Como e non ce la faccio", 6],
    ["my uncle is in zona Baggio, I live in Monza and can only visit on Sundays", 7],
  ])("is placed in Milan, not in the writer's town: %s", (text, municipio) => {
    const place = resolver.resolve(text);
    expect(place.outsideMilan).toBe(false);
    expect([place.municipio, ...place.candidates]).toContain(municipio);
  });

  it("still says «outside Milan» when the writer alone lives elsewhere and names nothing in Milan", () => {
    expect(resolver.resolve("abito a Monza e cerco un corso di italiano").outsideMilan).toBe(true);
  });
});

describe("a place told of someone who is not the one in need", () => {
  it.each([
    ["il figlio vive a Londra, mia madre abita in via Padova 120", 2],
    ["mia madre abita in via Padova 120, il figlio vive a Londra", 2],
    ["mio fratello sta a Roma, la nonna vive a Baggio", 7],
    ["mama mea locuiește în via Padova 120, fiul ei locuiește la Torino", 2],
  ])("does not beat the home of the person in need: %s", (text, municipio) => {
    const place = resolver.resolve(text);
    expect(place.outsideMilan).toBe(false);
    expect(place.municipio).toBe(municipio);
  });

  it.each([
    "mia madre vive da sola, il figlio vive a Londra",
    "mio fratello vive a Londra",
    "mia figlia sta a Roma",
    "fratele meu locuiește la Torino",
    "mi hija vive en Torino",
  ])("alone, is no area at all (the bot asks), not «outside Milan»: %s", (text) => {
    expect(namesAPlace(text)).toBe(false);
  });

  it("a daughter's home in Milan still places the help: she may be the one in need", () => {
    expect(resolver.resolve("mia figlia vive a Baggio e ha bisogno di aiuto").municipio).toBe(7);
  });
});

describe("a name shared by a town and a part of Milan", () => {
  it("«zona Lodi» is Milan's Lodi, by Corvetto", () => {
    const place = resolver.resolve("cerco una babysitter il sabato, zona Lodi");
    expect(place.outsideMilan).toBe(false);
    expect(place.municipio).toBe(4);
  });

  it("«vive a Lodi» is the town", () => {
    expect(resolver.resolve("mia madre vive a Lodi").outsideMilan).toBe(true);
  });
});

describe("a name shared by a town and an area of Milan («Lodi», «Magenta», «Padova»)", () => {
  it.each(["Lodi", "abito a Lodi", "Magenta", "Padova"])(
    "said with no word telling which is the town, marked as shared: %s",
    (text) => {
      expect(resolver.resolve(text)).toMatchObject({ outsideMilan: true, sharesName: true });
    },
  );

  it.each(["zona Lodi", "Lodi area", "quartiere Lodi"])(
    "is the area of Milan after or before an area word: %s",
    (text) => {
      expect(resolver.resolve(text)).toMatchObject({ municipio: 4, outsideMilan: false });
    },
  );

  it.each(["città di Lodi", "Lodi town", "ciudad de Lodi", "orașul Lodi", "місто Lodi"])(
    "is the town, unmarked, after or before a town word: %s",
    (text) => {
      const place = resolver.resolve(text);
      expect(place).toMatchObject({ outsideMilan: true, matched: "Lodi" });
      expect(place.sharesName).toBeUndefined();
    },
  );

  it.each([
    "the town of Lodi",
    "I live in the city of Lodi",
    "we live in the town of Lodi, my mother is 90",
  ])("is the town when an English citizen says so with «of»: %s", (text) => {
    const place = resolver.resolve(text);
    expect(place).toMatchObject({ outsideMilan: true, matched: "Lodi" });
    expect(place.sharesName).toBeUndefined();
  });

  it("leaves a town that is no area of Milan unmarked", () => {
    expect(resolver.resolve("abito a Torino").sharesName).toBeUndefined();
  });
});

describe("a citizen whose words are a neighbourhood's name only when written as one", () => {
  it.each([
    // Not written as a name: in small letters, in capitals, or a sentence's first word.
    "cerco una badante per mio padre a gallaratese",
    "CERCO UNA BADANTE PER MIO PADRE A GALLARATESE",
    "Isola. È lì che vorrei andare in vacanza quest'estate",
    // A name of Milan's people and metro, not of the Comune's NIL, that is a city abroad too.
    "la nonna è tornata a Lima e cerco una ragazza per i bambini",
  ])("gets no place from «%s»", (text) => {
    expect(namesAPlace(text)).toBe(false);
  });

  it.each([
    ["mia nonna vorrebbe fare dei laboratori, c'è qualcosa a città studi", 3],
    ["I'm looking for a cleaner for my flat in porta romana", 5],
    ["CERCO UNA BADANTE PER MIO PADRE A QUARTO OGGIARO", 8],
  ])("gets a neighbourhood of two words however typed: %s", (text, municipio) => {
    const place = resolver.resolve(text);
    expect([place.municipio, ...place.candidates]).toContain(municipio);
  });

  it("gets no home from a park one goes to: «al parco nord»", () => {
    expect(
      namesAPlace("un tizio al parco nord mi ha urlato dietro, ci sono corsi di autodifesa?"),
    ).toBe(false);
  });
});

describe("an area named by the street it grows around, «zona Washington»", () => {
  it.each([
    ["cerco tata per lunedì pomeriggio, zona Washington", [6, 7]],
    ["Casa grande in zona Papiniano, tre figli e nessun aiuto", [1]],
    ["zona Papiniano", [1]],
  ])("%s → the street's Municipi", (text, candidates) => {
    expect(resolver.resolve(text).candidates).toEqual(candidates);
  });

  it.each(["zona tranquilla", "cerco lavoro zona sud", "zona Solari"])(
    "is not read from ordinary words, nor over a place of that name: %s",
    (text) => {
      expect(resolver.resolve(text).matched ?? "").not.toMatch(/^Via|^Viale|^Corso/);
    },
  );
});

describe("a street named as people say it, inside a sentence", () => {
  it("«piazza Leonardo» is piazza Leonardo da Vinci, not three streets of a Leonardo", () => {
    const place = resolver.resolve("cerca una stanza vicino a piazza Leonardo, ma costa troppo");
    expect(place).toMatchObject({ matched: "Piazza Leonardo da Vinci", municipio: 3 });
  });

  it("says back only the street's words, not the «c» of a «c'è» after it", () => {
    const [place] = resolver.placesIn("il mercato di via Crescenzago c'è anche il sabato?");
    expect(place?.span).toBe("via Crescenzago");
  });

  it.each([
    ["un signore anziano che vive in via Ampère", "Via Andre' Marie Ampere"],
    ["il signore del palazzo popolare di via San Faustino", "Via San Faustino"],
  ])("reads a name made of everyday words when it is written as a name: %s", (text, matched) => {
    expect(resolver.placesIn(text).map((p) => p.matched)).toContain(matched);
  });

  it.each([
    "vive sulu nte casi popolari di Ortica",
    "se queda solo en el departamento de Gallaratese",
    "Моя бабуся живе одна в будинку ALER у Gallaratese",
  ])("reads a neighbourhood «of» its name, written as a name: %s", (text) => {
    expect(resolver.resolve(text).kind).toBe("nil");
  });

  it("does not read everyday words in lower case after «corso» or «via» as a street", () => {
    expect(namesAPlace("il corso di italiano è pieno, la badante è andata via")).toBe(false);
  });

  it.each([
    "dice che se parlo mi fa mandare via dall'Italia",
    "quando beve mi caccia via dall'appartamento",
  ])("does not read «via» before an elided preposition as a street: %s", (text) => {
    expect(namesAPlace(text)).toBe(false);
  });

  // Session 35: «in corso» is «in progress» (danger-dev-41 130 was Via Val di Non, Municipio 2).
  it.each([
    "attacco di panico in corso non riesco a respirare",
    "c'è una separazione in corso e non so come fare con i bambini",
  ])("does not read «corso» before «non» as a street: %s", (text) => {
    expect(namesAPlace(text)).toBe(false);
  });

  it("still reads Via Val di Non named in full", () => {
    expect(resolver.resolve("abito in via val di non 5").matched).toBe("Via Val di Non 5");
  });

  it("reads the place where a citizen does not know where to go («non sappiamo dove… in Municipio 3»)", () => {
    expect(
      resolver.resolve("ci serve psicomotricità ma non sappiamo dove trovarla in Municipio 4")
        .municipio,
    ).toBe(4);
  });

  it("reads «siamo a…» as the family's own place: a town outside Milan, or a street", () => {
    const outside = resolver.resolve(
      "serve una badante convivente per il suocero, siamo a Bollate",
    );
    expect([outside.outsideMilan, outside.matched]).toEqual([true, "Bollate"]);
    const street = resolver.resolve(
      "il nonno è uscito dal San Carlo ieri, cerchiamo qualcuno che lo assista, siamo in via Gozzoli",
    );
    expect(street.matched).toBe("Via Benozzo Gozzoli");
  });

  it.each([
    ["hourly carer for my dad in Sesto San Giovanni", "Sesto San Giovanni"],
    ["Serve assistenza notturna per mia zia a Vimodrone", "Vimodrone"],
  ])("reads the town of the relative the help is for: %s", (text, town) => {
    const place = resolver.resolve(text);
    expect([place.outsideMilan, place.matched]).toEqual([true, town]);
  });

  it.each([
    "mia madre a Napoli sta bene, io cerco lavoro come colf",
    "Mia cugina fa la tata a Londra da tre anni",
  ])("still reads no town named in passing beside a relative: %s", (text) => {
    expect(namesAPlace(text)).toBe(false);
  });

  it("still reads a street whose name begins with an elided preposition", () => {
    expect(resolver.resolve("abito in via dall'Ongaro 5").matched).toBe(
      "Via Francesco dall'Ongaro 5",
    );
  });

  it("reads «via privata» by the name after it, as the register names most private streets", () => {
    const place = resolver.resolve("per mio padre anziano che abita in via privata lessona");
    expect([place.matched, place.municipio]).toEqual(["Via Michele Lessona", 8]);
  });

  it.each([
    ["cerco badante per mio padre in via gallarate", 8],
    ["mio zio vive da solo nelle case popolari di via gola", 6],
    ["SERVE UNA BADANTE PER MIA MADRE IN VIA INGANNI", 6],
    ["my dad lives on via tracia and needs meals", 7],
  ])(
    "reads a street typed in lower case or capitals after «in», «di», «on»: %s",
    (text, municipio) => {
      expect(resolver.resolve(text).municipio).toBe(municipio);
    },
  );

  it.each([
    "mia madre è in via di guarigione ma serve aiuto",
    "in via del tutto eccezionale vorrei una badante",
    "l'ho chiesto in via informale a una vicina",
    "lo pago in via anticipata",
  ])("reads no street in «in via di…», «in via informale»: %s", (text) => {
    expect(namesAPlace(text)).toBe(false);
  });

  it("keeps a pharmacy on duty's area: «di turno» is no shift worked there", () => {
    expect(resolver.resolve("qual è la farmacia di turno a Lambrate?").municipio).toBe(3);
  });
});

describe("a place told in Ukrainian typed in Latin letters, or in English «the … area»", () => {
  it("does not read «v Milani» (in Milan) as via Giovanni Milani", () => {
    expect(namesAPlace("Moya sestra v Milani vzhe misyac, vona medsestra")).toBe(false);
  });

  it("reads «v Baggio» as the neighbourhood, not via Anselmo da Baggio", () => {
    const place = resolver.resolve("obidy na dim dlya litnoi lyudyny, vona zhyve sama v Baggio");
    expect(place).toMatchObject({ kind: "nil", municipio: 7 });
  });

  it("reads «both in the Portello area» after a need", () => {
    const text = "We need a babysitter and a cleaner for the flat, both in the Portello area";
    expect(resolver.resolve(text)).toMatchObject({ municipio: 8, span: "Portello" });
  });

  it("does not read a team, «play in the Gallaratese under 9s», as a home", () => {
    expect(namesAPlace("our boys play in the Gallaratese under 9s, we need a babysitter")).toBe(
      false,
    );
  });
});
