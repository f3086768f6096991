import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadDangerDetector } from "../../src/safety/danger.js";

const detect = loadDangerDetector(join(PROJECT_ROOT, "locales"));

describe("everyday messages that share words with danger get the ordinary answer", () => {
  it.each([
    // what someone always says, a joke owned, envy, a sorrow that will pass
    "mio nonno dice sempre che vuole morire prima dei cent'anni, cerchiamo un centro anziani",
    "mia zia si vuole buttare dal balcone ogni volta che perde a tombola, lo dice da anni",
    "mia cognata si butta dalla finestra se finisce il caffè, è una battuta di famiglia",
    "mio cugino sta sdraiato per terra in spiaggia tutto il giorno, beato lui",
    "ho un attacco di panico per l'esame di domani ma passerà",
    "soacra mea mă omoară cu întrebările, glumesc",
    // a noise explained, a song, the bot, the heat, children's quarrels
    "stanotte ho sentito dei colpi ma erano i lavori del vicino",
    "nelle canzoni di quel rapper si parla sempre di suicidio",
    "ti ammazzo, stupido bot, non capisci niente",
    "in metro alle otto non si respira",
    "mio figlio ha picchiato un compagno di classe, la maestra ci ha chiamati",
    // a past event that is over, behind an everyday request
    "sono svenuta due anni fa per la pressione, posso ancora lavorare come badante?",
    "la colf è caduta dalle scale e si è rotta il polso, me ne serve una nuova per un mese",
    "il mio badante è svenuto al lavoro ed è in malattia, a chi mi rivolgo?",
    "mio figlio ha attacchi di panico prima delle verifiche, c'è un sostegno psicologico a scuola?",
    "l'anno scorso mi hanno aggredita in metro e da allora esco poco, vorrei un po' di compagnia",
    // a crime novel, twins play-fighting, panic at the mere thought, a faint last summer
    "sto leggendo un giallo dove l'assassino strangola le vittime",
    "mio fratello e mio cugino si menano per finta sul divano",
    "mi viene un attacco di panico solo a pensarci, all'esame",
    "my dad fainted in the summer because of the heat, now we'd like a carer",
    // violence long over, in French and Portuguese as in Italian
    "mon ex me frappait il y a des années, maintenant je cherche du travail",
    "o meu ex espancou-me há muitos anos, agora procuro trabalho",
    "mi sono bruciata il braccio con il forno",
    "mi brucia il braccio, ho preso troppo sole",
    "my son won't wake up in the morning for school, any tips?",
    "the kids were screaming all afternoon, hitting each other with pillows",
    "I get confused by the forms, they make no sense",
    // an everyday question after a small ill: the opening hours, a form, a vet
    "ho un taglietto sul dito che sanguina, intanto volevo chiedere l'orario di apertura dello spazio",
    "il gatto non mangia da tre giorni, c'è un veterinario aperto in zona?",
    // a toddler's kick, a figure of speech, bruises with their cause, a heart racing from sport
    "il bimbo mi ha dato un calcio mentre giocavamo, a due anni è normale?",
    "il servizio clienti della luce è una violenza, un'ora di attesa",
    "ho lividi sulle gambe per via della cardioaspirina, chi mi accompagna dal medico?",
    "quando faccio le scale il cuore batte fortissimo, devo preoccuparmi?",
    // a family story from the fifties, traffic «da suicidio», a job in a shelter, a fright over
    "mio nonno racconta sempre che il maestro lo picchiava con la bacchetta, negli anni '40",
    "stamattina la tangenziale era da suicidio, due ore per arrivare",
    "vorrei lavorare come educatrice in una comunità per ragazze maltrattate",
    "che spavento, papà non rispondeva, poi ho scoperto che era in giardino: gli serve un telefono nuovo",
  ])("«%s» is no emergency", (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    ["mio marito dice sempre che mi ammazza se lo lascio", "violence"],
    ["stanotte ho paura di me stesso", "self_harm"],
    ["da quando mi hanno sfrattato penso solo a morire", "self_harm"],
    ["I'm scared of what I might do tonight", "self_harm"],
    ["cerco una casa per donne maltrattate, mio marito mi picchia", "violence"],
    ["mia madre dice sempre che vuole morire e stasera ha preso tutte le pastiglie", "self_harm"],
    ["mi ha aggredita e da allora mi minaccia, vorrei un lavoro per andarmene", "violence"],
    ["sento dei colpi dall'appartamento accanto e una donna che grida aiuto", "violence"],
    ["mio marito mi picchia ma dice che è per ridere", "violence"],
    ["mon mari me frappe, il y a des années que ça dure", "violence"],
    ["il y a des années il me frappait, ce soir il a recommencé", "violence"],
    // "carte" is a book in Romanian and papers in Italian: no topic for an Italian writer
    ["stanotte mi ha picchiata davanti ai bambini, ho già le carte pronte", "violence"],
    ["il bambino piange perché il padre gli dà schiaffi", "violence"],
    ["mio marito mi picchia, è una violenza continua", "violence"],
    ["ho lividi dappertutto per le botte di mio marito", "violence"],
    ["mi ha tolto il telefono e mi chiude in casa", "violence"],
  ])("the same words in danger still alarm: «%s» is %s", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });
});

describe("words that used to hide a danger no longer do", () => {
  it.each([
    // Tagalog "may" (there is) is not English "may" (might happen)
    ["nahulog si lolo sa banyo, may dugo sa ulo", "collapse"],
    ["my grandma may have had a stroke, she can't speak", "collapse"],
    ["nu mai pot să trăiesc așa", "self_harm"],
    // a newspaper left at the door, a pet in the story, "sta bene ma…", days without food
    ["il signore del terzo piano non ritira il giornale da una settimana", "collapse"],
    ["la vicina non risponde da ieri e il cane abbaia senza sosta", "collapse"],
    ["la nonna è per terra, dice che sta bene ma non riesce ad alzarsi da un'ora", "collapse"],
    ["mia zia ha smesso di mangiare da quattro giorni e non si alza", "collapse"],
    ["se parlo con gli assistenti sociali lui ammazza il cane e poi anche me", "violence"],
    // one cue for what several writers said in their own words
    ["se lo denuncio ha detto che ammazza tutti noi", "violence"],
    ["c'è una bimba sola sul terrazzo di fronte, sta scavalcando la ringhiera", "collapse"],
    ["mio nonno non beve niente da due giorni", "collapse"],
    ["ya no aguanto más, me voy a tirar", "self_harm"],
    ["I can't keep going anymore", "self_harm"],
    ["bunicul e pe jos și nu se ridică", "collapse"],
    ["ho scoperto che mio figlio si taglia le gambe", "self_harm"],
    ["I think he's taken an entire bottle of painkillers", "self_harm"],
    ["qualcuno sta forzando la porta di casa, sono sola", "violence"],
    ["grandma is confused, she has a fever and can't stand", "collapse"],
  ])("«%s» is %s", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });

  it.each([
    "il mio cane mi morde le scarpe, conoscete un educatore cinofilo?",
    "my dad can't get up the stairs anymore, we need a stair lift",
    "she may fall if she lives alone, we need a carer",
    "non mangio carne da 4 anni, ci sono menù vegetariani?",
    "ya no aguanto más el calor de Milán",
  ])("a pet, the stairs, a worry: «%s» is no emergency", (text) => {
    expect(detect(text)).toBeNull();
  });
});
