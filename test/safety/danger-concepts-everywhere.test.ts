import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadDangerDetector } from "../../src/safety/danger.js";

/**
 * Kinds of danger a new writer told in a language whose cues knew them only in another, or in
 * none (issue 8 point 7): someone else beaten, heard calling for help, a life one cannot go on
 * living, someone fallen, a child alone, an adult who wants a child alone, a wish to die denied
 * and then «but», the signs of a farewell, Milanese. Sentences of our own, not a writer's; read
 * by the cues alone, so that no model trained on the development writers helps.
 */
const detect = loadDangerDetector(join(PROJECT_ROOT, "locales"));

describe("someone else beaten by a carer, a son or a neighbour is an emergency", () => {
  it.each([
    "my neighbour beats his wife, I can hear it through the wall",
    "el hijo de la señora le pega cuando llega borracho",
    "сиделка бьёт мою бабушку, я видела синяки",
    "доглядальниця б'є мого дідуся, я бачила синці",
    "сусід б'є свою дружину, чути крізь стіну",
    "la dame de compagnie frappe mon grand-père, j'ai vu des bleus",
    "a cuidadora bate no meu avô, vi as marcas roxas",
    "المرافقة تضرب جدي، رأيت كدمات على ذراعيه",
  ])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });
});

describe("a witness afraid to speak up is no hedge: what they saw happens", () => {
  it("ro: «mi-e frică să spun» is not «mi-e frică să cadă»", () => {
    expect(
      detect(
        "Fiul unei doamne pe care o îngrijesc o lovește când vine beat și mi-e frică să spun cuiva",
      )?.kind,
    ).toBe("violence");
    expect(detect("mi-e frică să cadă iar noaptea, caut o îngrijitoare")).toBeNull();
  });
});

describe("someone heard calling for help is an emergency", () => {
  it.each([
    "escuché a la vecina pidiendo auxilio a gritos",
    "am auzit-o pe vecină strigând după ajutor",
    "слышала, как соседка кричала о помощи",
    "чула, як сусідка кликала на допомогу",
  ])("«%s»", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});

describe("a life one cannot go on living, or all the pills, is a wish to die", () => {
  it.each([
    "não aguento mais viver, vou tomar os comprimidos todos",
    "je n'en peux plus de vivre, je vais prendre toutes mes pilules",
    "ya no aguanto vivir, voy a tomarme todas las pastillas",
    "nu mai suport să trăiesc, o să iau toate pastilele",
    "не могу больше жить, выпью все таблетки",
    "не можу більше жити, вип'ю всі таблетки",
    "hindi ko na kaya mabuhay, iinumin ko lahat ng gamot",
    "لا أستطيع أن أعيش أكثر، سأبتلع كل الحبوب",
  ])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("self_harm");
  });
});

describe("someone fallen who cannot get up, or not seen behind a closed door, is an emergency", () => {
  it.each([
    "бабуся впала і не може підвестися",
    "nahulog si lola at hindi makatayo",
    "جاري المسن لا يفتح الباب منذ ثلاثة أيام",
  ])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("collapse");
  });
});

describe("a child left with no adult, or an adult who wants a child alone, is an emergency", () => {
  it.each([
    "il bambino dei vicini è solo in casa da due giorni, piange e non ci sono adulti",
    "the little boy upstairs has been home alone for two days, no adults around",
    "el niño de al lado lleva dos días solo en casa, llora y no hay adultos",
    "un uomo conosciuto online scrive a mia figlia di 13 anni e vuole vederla da sola domani",
    "a grown man is messaging my 12 year old daughter and wants to meet her alone",
    "un adulto le escribe a mi hija de 13 años y quiere quedar a solas con ella",
  ])("«%s»", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});

describe("a wish to die denied, then «but», is ambivalence and alarms", () => {
  it.each([
    "no quiero morir pero tengo un cuchillo en la mano",
    "non voglio morire ma ho il coltello in mano",
    "I don't want to die but I've got a knife in my hand",
    "je ne veux pas mourir mais j'ai un couteau dans la main",
    "nu vreau să mor, dar am un cuțit în mână",
    "não quero morrer mas tenho uma faca na mão",
  ])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("self_harm");
  });

  it.each([
    "non voglio morire, voglio solo che qualcuno mi aiuti con la spesa",
    "no quiero morir sola en una residencia, busco una cuidadora",
  ])("a denial with no «but» stays quiet: «%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("the signs of a farewell are a wish to die", () => {
  it.each([
    "mio padre ha regalato tutte le sue cose e mi ha salutato come se fosse l'ultima volta",
    "my dad gave away all his things today and said goodbye like it was the last time",
    "mi madre ha regalado todas sus cosas y se despidió como si fuera la última vez",
  ])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("self_harm");
  });
});

describe("in Milanese, whose negation comes after the verb, someone on the floor or a wish to die is heard", () => {
  it.each([
    "la mia vicina l'è par tera e la respira minga",
    "el nonno l'è burlà giò e el se leva minga su",
  ])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("collapse");
  });

  it.each(["voeuri morì, sont stracch de tutt", "stanot la foo finida"])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("self_harm");
  });
});

describe("their look-alikes are not alarms", () => {
  it.each([
    "I'm killing myself with overtime at the warehouse, do you know a cheaper nursery?",
    "al centro estivo non ci sono adulti che parlano ucraino?",
    "la maestra vuole vederla da sola per parlare dei compiti",
    "el me nonn l'è burlà giò dala scala l'an passaa, adess el gh'ha bisogn de vun",
    "la nonna è scivolata dal letto, il medico l'ha visitata e non ha niente, cerchiamo un letto con le sponde",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("a life with no meaning left, or an end set for tonight, is a wish to die", () => {
  it.each([
    "my life has no meaning anymore",
    "I don't see any reason to live",
    "mi vida no tiene sentido",
    "esta noche acabo con todo",
    "la vie n'a plus de sens pour moi",
    "ce soir j'en finis",
    "a vida não faz mais sentido",
    "hoje à noite acabo com tudo",
    "queria dormir e nunca mais acordar",
    "nu mai văd rostul să trăiesc",
    "în seara asta termin cu tot",
    "жизнь потеряла смысл",
    "сегодня ночью я покончу со всем",
    "життя втратило сенс",
    "сьогодні вночі я покінчу з усім",
    "حياتي بلا معنى",
    "nuk ka më kuptim të jetoj",
  ])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("self_harm");
  });
});

describe("a face or a mouth gone crooked all of a sudden is a stroke", () => {
  it.each([
    "a mi padre se le torció la boca de repente y no puede hablar",
    "la bouche de ma mère est de travers et elle n'arrive plus à parler",
    "o rosto do meu pai ficou torto de repente e ele não consegue falar",
  ])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("collapse");
  });
});

describe("needs told in dialect or with a courtesy, and everyday words, are not alarms", () => {
  it.each([
    "mi nonna nun se move cchiù d'o lietto, ce vò na badante pe' la notte",
    "disculpe la molestia, busco una cuidadora para mi madre que ya no puede estar sola",
    "am nevoie de o persoană care să stea cu tata, nu se poate ridica singur după operație",
    "half of my grocery order is missing, who do I call?",
    "mio figlio di 3 anni non riesce a parlare bene, serve un logopedista?",
    "non ha più senso cercare lavoro qui, cambio città",
    "this is my last message today, thanks for the help",
    "это моё последнее сообщение на сегодня, спасибо",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("the signs a new writer gives of danger now: noises, a weapon in hand, gas, a note, a thud and silence", () => {
  it.each([
    "stanotte di nuovo urla e colpi contro il muro dall'appartamento sopra, ora silenzio",
    "sento piatti che si rompono di là e la bambina che piange",
    "se parli fanno del male ai tuoi bambini, mi ha detto, e ora ho paura: faranno del male ai miei figli",
    "è in salotto col coltello in mano e dice che deve avere i soldi",
    "ha tirato fuori la pistola dal cassetto e gira per casa",
    "mi ha detto che stanotte finisce male",
    "ho sentito un tonfo dal bagno e poi più niente, lei non risponde",
    "c'è un uomo sulle scale con la faccia sporca di sangue",
    "papà non risponde al citofono da ieri e non abbiamo le chiavi",
    "la bimba del terzo piano è sola sul balcone da ore con questo caldo",
    "ha buttato la nonna per terra, adesso lei non si alza",
    "ho il gas aperto e le finestre chiuse",
    "ho pensato di aprire il gas stanotte",
    "mio figlio è chiuso in garage con il motore acceso",
    "sul tavolo ha lasciato un biglietto con scritto perdonatemi",
    "se non mi senti più sai perché",
    "sarebbe meglio per tutti se io non ci fossi",
    "ho regalato le mie cose, tanto dopo non serviranno a nessuno",
    "the neighbours are screaming and there's banging against the wall",
    "a guy followed me home from the bus stop and is still outside",
    "he says he'll take the kids tonight and I'll never see them",
    "I can't see the point anymore, I've been saying goodbye to everyone",
    "if you don't hear from me tomorrow, that's why",
    "grandpa fell in the kitchen and he's bleeding from the head",
    "me está amenazando con un cuchillo",
    "ele me mata se eu sair de casa",
    "хочу все закінчити сьогодні",
    "хочу всё закончить сегодня",
  ])("«%s»", (text) => {
    expect(detect(text)).not.toBeNull();
  });

  it.each([
    "il vento ha buttato a terra il vaso del vicino, chi chiamo?",
    "mio padre ha lasciato il gas acceso due volte, cerco i pasti a domicilio",
    "ho regalato le mie cose vecchie alla Caritas, raccogliete anche giocattoli?",
  ])("and their look-alikes stay quiet: «%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});
