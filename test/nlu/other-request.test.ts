import { beforeAll, describe, expect, it } from "vitest";
import { ANIMALS } from "../../src/nlu/animals.js";
import type { AskedObjectsReader } from "../../src/nlu/asked-object.js";
import { type IntentClassifier, loadClassifier } from "../../src/nlu/index.js";
import { type AskedBeside, asksForOther } from "../../src/nlu/other-request.js";
import { plainWords } from "../../src/nlu/told-need.js";
import { catalogueAskedObjects } from "../support/other-words.js";

let classifier: IntentClassifier;
let askedObjects: AskedObjectsReader;
beforeAll(async () => {
  classifier = await loadClassifier();
  askedObjects = await catalogueAskedObjects();
});

const NOTHING_BESIDE: AskedBeside = { inability: false, seeksWork: false };
const other = (text: string, beside: AskedBeside = NOTHING_BESIDE) =>
  asksForOther(plainWords(text), beside, askedObjects);

describe("a message that asks for something WeMi does not do, in a need's words", () => {
  it.each([
    // A pet's sitter or a pet's care.
    "Mi serve una tata per il mio coniglio quando parto per Pasqua",
    "any carer who could check on our puppy at lunchtime?",
    "il mio gatto è vecchio e non riesce più a saltare, cosa posso fare?",
    // A word's spelling or grammar.
    "badante si scrive con la e finale? come si scrive al plurale?",
    "for my Italian grammar exercise: is the word caregiver a noun?",
    // A word's translation or right form, a subject of study, asked (session 26).
    "come si dice caregiver in italiano? lo devo mettere in una mail",
    // A word's Italian asked between two, a text of one's own to correct (session 29).
    "is the Italian word for carer badante or assistente? my course book has both",
    "ho scritto una lettera al padrone di casa in italiano, me la correggi per favore?",
    "can you correct my email to the landlord? my Italian is still shaky",
    "for my daughter's homework: is it la colf or il colf?",
    "la logopedia è una materia che si studia all'università o è un corso a parte?",
    // A term of grammar asked about (session 21).
    "mia figlia ha un esercizio sul condizionale, mi spiegate quando si usa?",
    "three years of Italian and I still mess up the past participle, ugh",
    // A complaint about a service had.
    "i pasti arrivati ieri erano scotti, vorrei fare un reclamo",
    "I want to complain about the nanny agency, they were rude on the phone",
    // A thing bought, sold or let.
    "c'è un negozio che vende letti da ospedale in zona Corvetto?",
    "dove trovo un negozio di spezie indiane per fare la spesa vicino a Loreto?",
    "where can I buy incontinence pads in bulk for the care home I manage?",
    "vorrei comprare un deambulatore leggero per mia madre, quale mi consigliate?",
    "I need to buy a shower chair for my dad, any brand you'd recommend?",
    // Staff for one's own business.
    "vorrei pubblicare un annuncio per una commessa nel mio negozio di fiori",
    "our café is hiring a waitress for the weekends, where can we post it?",
    "we own a little bakery in Isola and need a shop assistant on Saturdays",
    // Staff for a business being opened or run, or a worker taken on for premises (session 26).
    "sto aprendo una gelateria in via Padova, dove metto l'annuncio per due commesse?",
    "we're opening a tiny ramen bar in NoLo and need to hire two waiters",
    "devo assumere una ragazza per la tabaccheria il sabato, che contratto si fa?",
    "cerchiamo una ditta di pulizie per il negozio, due volte a settimana",
    // Cleaning for one's own premises, however the worker is named (session 42).
    "cerco una persona che faccia le pulizie nel mio bar la sera",
    "we need someone to do the cleaning at our little office twice a week",
    // Training for a trade other than care work (session 26).
    "vorrei iscrivermi a un corso per diventare chef, ce ne sono di serali?",
    "my nephew wants to become a hairdresser, is there a good school in Milan?",
    "c'è una scuola per pizzaioli dalle parti di Lambrate?",
    // A tradesperson or a repair.
    "conoscete un idraulico onesto in zona Bicocca? perde il rubinetto della nonna",
    "who can fix my laptop screen near Lambrate?",
    // A hobby course for oneself.
    "mi consigliate un corso di pasticceria serale? ho 30 anni",
    // An appliance, a public office's hours, a medicine's dose.
    "quale lavatrice comprare per una famiglia di cinque?",
    "a che ora chiude la farmacia di piazza Napoli il sabato?",
    "how much paracetamol can I give a toddler with a cold?",
    // Asked out of curiosity.
    "ho sempre sentito parlare di badanti conviventi, come funziona? chiedo per pura curiosità",
    "just curious, what does a social custodian actually do all day?",
    // A shop asked about what it does itself.
    "l'Esselunga di viale Umbria porta la spesa a casa anche di sera?",
    "does the Carrefour near Porta Genova deliver on bank holidays?",
    // Only objects WeMi does not give, the need's words around them.
    "Mi serve una ricetta facile per il pranzo della nonna, lei mangia poco",
    "Looking for a gift for our babysitter, she's leaving us after three years",
    // A need's word in another sense: a phone company's operator, a shop's service, a film.
    "l'operatore Iliad mi ha attivato un'offerta che non ho chiesto, a chi scrivo?",
    "my phone company keeps sending an operator text every morning, how do I stop it?",
    "l'assistenza clienti del negozio di elettrodomestici non mi richiama mai",
    "c'è un film con una tata che arriva con l'ombrello, come si chiama?",
    "stasera stiamo guardando Mrs Doubtfire coi ragazzi, la tata più strana di sempre",
    // News or a report told, or checked.
    "ho sentito alla radio che aumentano i posti nei centri diurni, ma è vero?",
    "I read an article about home carers being underpaid in Lombardy, shocking",
    // News asked of the reader or told by its source (session 26).
    "hai visto il servizio al tg sulle colf in nero?",
    "Did you see the news about the new rules for live-in carers?",
    "al telegiornale hanno detto che mancano le badanti in tutta la Lombardia",
    "apparently they're cutting meals on wheels in Milan, it was on the news",
    // An errand written to someone dear, sent here by mistake.
    "amore passa in farmacia e prendi le pastiglie della nonna, io faccio tardi",
    "babe can you grab nappies and bread on your way back",
    // A note to a child's teacher or coach, sent here by mistake.
    "ciao mister, Luca oggi salta l'allenamento perché ha la febbre",
    "coach, is the match on Saturday at nine or at ten?",
    // A shop's or a chemist's hours.
    "c'è una farmacia aperta stanotte dalle parti di piazzale Abbiategrasso?",
    "is there a supermarket open on Sundays near Lodi TIBB? I do my dad's shopping",
    // Another language than Italian to learn, a restaurant's delivery, who acts a role (session 27).
    "vorrei imparare lo spagnolo per il lavoro, conoscete un corso la sera?",
    "any French classes near Porta Romana? I always wanted to learn it",
    "la trattoria in fondo alla via porta i pasti anche a domicilio?",
    "does the Chinese restaurant on via Paolo Sarpi deliver on Sundays?",
    "chi è l'attrice che fa la badante in quella serie di Rai 1?",
    "who plays the nanny in Mrs Doubtfire? my son asked me",
    "c'è un buon ristorante vicino a piazza Udine? voglio portarci mia madre per i suoi 80 anni",
    "can you recommend a trattoria near the Navigli for my dad's birthday?",
    // A business to open whose trade is a need's; a till's ways of paying (session 28).
    "Vorrei aprire un'attività di pasti a domicilio per gli uffici, che permessi servono?",
    "I'm starting a cleaning business with my cousin, do we need a licence?",
    "Ho fatto la spesa per mia nonna al Carrefour, qualcuno sa se lì accettano i buoni pasto?",
    "does the bakery near grandma's take meal vouchers?",
    // A show, a documentary or a podcast; a student's exam or a crossword; a shop that sells a
    // thing; a firm hiring for itself (session 30).
    "a che ora danno la serie sulla badante su Canale 5? mio padre non se la perde",
    "is that podcast about autistic adults on Spotify? a friend said it's good",
    "domani ho l'esame di pedagogia: qual è la differenza tra un educatore e un assistente sociale?",
    "what's the difference between a carer and a nurse? it's for my sociology exam",
    "parole crociate: lavora in casa d'altri, 4 lettere, qualcuno la sa?",
    "quale supermercato in zona Corvetto vende il riso basmati in sacchi grandi?",
    "siamo una piccola ditta di traslochi a Rho, cerchiamo due facchini, mettete voi l'annuncio?",
  ])("%j", (text) => {
    expect(other(text)).toBe(true);
  });

  it.each([
    // A person's need beside an animal of the house.
    "cerco una badante per mia madre, che non abbia paura del nostro cane",
    "tre figli e un gatto, la casa è un disastro: ci serve una colf",
    "my aunt walks with a cane and can't carry the shopping upstairs",
    // Not complaining, or asking for another one.
    "non mi lamento, ma assistere mio marito mi sta sfinendo",
    "I'm not complaining, but I need a break from caring for dad",
    "la badante non va bene, vorrei fare un reclamo e trovarne una nuova",
    // A learning disorder: the homework is the child's difficulty.
    "my son is dyslexic and the word lists in his homework take hours",
    // Bought for an older person who no longer goes out.
    "mia nonna non esce più: chi le compra il pane?",
    "I need someone to buy groceries for my grandad, he can't get out anymore",
    // The Italian exam a newcomer sits for the permit is the courses' need.
    "devo fare l'esame di italiano A2 per il permesso, dove posso prepararmi?",
    // A course for an older parent or a small child.
    "mia madre è in pensione e vorrebbe un corso di ceramica con altre signore",
    "a dance class for my 4 years old who is always tripping over",
    // A complaint that goes on to ask for help; a request after a turn.
    "vorrei lamentarmi, nessuno mi ha più richiamato per la domanda di invalidità: potete aiutarmi?",
    "abbiamo venduto la casa al mare, ma adesso mi serve una badante per la notte",
    // A tradesperson refused, or a worker's own trade.
    "non mi serve un elettricista, mi serve qualcuno che stia con papà di notte",
    // Chores told hard beside an appliance; WeMi's own hours.
    "con tre figli la lavatrice gira tutto il giorno, ci serve una colf",
    "a che ora apre lo spazio WeMi vicino alla farmacia di viale Monza?",
    // A hobby course beside Italian lessons; a medicine someone is asked to give.
    "Cerco un corso di italiano per mia moglie, vorrebbe anche lezioni di cucina italiana",
    "quante gocce prende lo decide il medico, ma serve qualcuno che gliele dia la sera",
    // A shop's service asked for older people, or beside what has become hard: the need.
    "l'Esselunga porta la spesa a casa per gli anziani del quartiere?",
    // Curious whether it can be had, which goes on to ask.
    "I'm curious whether you could find a carer for my mum, she can't be alone anymore",
    // A hobby course asked for an older person; a need asked beside a course.
    "vorrei un corso di cucina per mia madre di 80 anni, così vede gente",
    "cerco una badante per mio padre, e c'è un corso di yoga per me?",
    // Another language beside Italian, or for an older parent (session 27).
    "cerco un corso di italiano e di inglese per mio marito appena arrivato",
    "mia madre ha 78 anni e vorrebbe imparare l'inglese con altre persone della sua età",
    // A grammar term beside a course asked for: a newcomer's Italian.
    "non capisco il congiuntivo, c'è un corso di italiano la sera?",
    // A person for one's own home, whatever premises are named beside (session 26).
    "cerco una ragazza per le pulizie di casa, io lavoro tutto il giorno in ufficio",
    "ho un bar e la sera non ho tempo per le pulizie di casa, cerco una colf",
    "I work at a café all day and need someone to pick up my kids from school",
    // Training for care work, or after a job lost, or for someone with a disability (session 26).
    "vorrei fare un corso per diventare OSS, anche la sera",
    "ho perso il lavoro in fabbrica, vorrei fare un corso da elettricista",
    "mio figlio disabile vorrebbe diventare cuoco, ci sono corsi per lui?",
    // A learner looking for the word; a person watched (session 26).
    "Buongiorno, cerco signora... come si dice, colf, per 3 ore il martedì",
    "my mum ends up watching the kids all day and she's worn out",
    // A worker who lost a job in a shop.
    "lavoravo come cassiera nel mio negozio di quartiere, che ha chiuso",
    // WeMi's own operator, or a person sought beside a film.
    "vorrei parlare con un operatore di WeMi, non con il bot",
    "stasera andiamo al cinema, ci serve una babysitter per i bambini",
    // The cinema as a place gone to, an outing missed, is no film talked of (session 36).
    "mi occupo di mio padre da solo e non vado al cinema da due anni",
    "I look after my wife all day and haven't been to the cinema in years",
    // News beside something asked of the bot.
    "ho letto che fate corsi di italiano gratuiti, quando iniziano?",
    "I heard on the news that WeMi finds carers, can you find one for my dad?",
    "al tg hanno detto che il Comune aiuta con le badanti, come faccio a chiederla per mia madre?",
    // A need written to the bot, however fondly the mother is named.
    "la mia mamma amore mio ha 90 anni, cerco qualcuno che le porti la spesa",
    // A business of one's own named beside a need; a WeMi service's ways of paying (session 28).
    "ho aperto un negozio e lavoro fino a tardi, mi serve una babysitter per mia figlia",
    "il servizio pasti a domicilio accetta i buoni pasto?",
  ])("%j does not", (text) => {
    expect(other(text)).toBe(false);
  });

  it("leaves a parent who tells the teacher of a difficulty to the model", () => {
    const text = "buongiorno maestra, a scuola mia figlia non riesce a leggere, è dislessica";
    expect(other(text, { inability: true, seeksWork: false })).toBe(false);
  });

  it("leaves staff and a business to the model when the citizen looks for work", () => {
    const text = "sono una commessa, il mio negozio ha chiuso";
    expect(other(text)).toBe(true);
    expect(other(text, { inability: false, seeksWork: true })).toBe(false);
  });

  it("leaves a tradesperson to the model when the citizen looks for work", () => {
    const text = "faccio l'idraulico da vent'anni, conoscete una ditta che cerca?";
    expect(other(text)).toBe(true);
    expect(other(text, { inability: false, seeksWork: true })).toBe(false);
  });

  it("leaves a shop's own service to the model when something has become hard", () => {
    const text = "il supermercato sotto casa non consegna e la nonna non riesce a portare le borse";
    expect(other(text)).toBe(true);
    expect(other(text, { inability: true, seeksWork: false })).toBe(false);
  });

  it("leaves a word asked about to the model when something has become hard", () => {
    const text = "non riesce a fare l'analisi logica, le maestre dicono di farla valutare";
    expect(other(text)).toBe(true);
    expect(other(text, { inability: true, seeksWork: false })).toBe(false);
  });
});

describe("the bot's reading of such messages", () => {
  it("a complaint that asks to be called back is a person to talk to", () => {
    expect(
      classifier.classify(
        "I'd like to complain, nobody phoned me back about a carer for my dad, can someone call me?",
      ).intent,
    ).not.toBeNull();
  });

  it.each([
    "cerco una badante per il mio pastore tedesco, il mio cane è anziano e sta solo tutto il giorno",
    "come si scrive badante? con una o due d?",
    // A dog walked, asked for a parent's dog (session 31).
    "mio padre non riesce più a portare fuori il cane, c'è qualcuno che lo porta a spasso la sera?",
    // Whether a landlord's demand is legal asks for a rule, not a cleaner (session 31).
    "il padrone di casa vuole che paghi la signora delle pulizie quando lascio l'appartamento, è legale?",
    // A fault of a home reported is the landlord's to mend (session 31, second round).
    "c'è la muffa in cucina da mesi nella casa Aler di mio padre, a chi devo segnalarlo?",
  ])("%j is no need", (text) => {
    expect(classifier.classify(text).intent).toBeNull();
  });

  it.each([
    "the streetlight outside our building has been out for weeks and the old ladies are scared to walk home, where do I report it?",
    "l'ordine della spesa online è arrivato senza il latte, chi devo chiamare?",
    "Does Just Eat deliver to Baggio? too tired to cook tonight",
    "mio figlio vuole fare scienze della formazione, il test d'ingresso è difficile?",
    // Another office's number (session 36).
    "scusate, avete il numero della questura di via Fatebenefratelli?",
    "what's the phone number for the local police?",
  ])("%j asks the council, a shop or a university, not WeMi (session 31, second round)", (text) => {
    expect(other(text)).toBe(true);
  });

  it.each([
    ["cerco una badante per mia madre, che non abbia paura del nostro cane", "badante"],
    ["Mio padre vive solo con il suo gatto e non riesce più a cucinare", "pasti_domicilio"],
    // A shop's delivery for older people is the shopping brought home (session 31; the seed's
    // «2 mani in più» with Coop Lombardia).
    [
      "com'è quel progetto della Coop che consegna la spesa agli anziani in casa?",
      "spesa_domicilio",
    ],
    ["Is it true the Coop delivers shopping to the elderly for free?", "spesa_domicilio"],
    // A lonely neighbour reported names no fault: the social custodian's work.
    [
      "il signore del terzo piano è anziano e sempre solo, non esce mai, a chi lo posso segnalare?",
      "custode_sociale",
    ],
    [
      "mio padre non riesce più a fare la spesa e a portare fuori il cane, ci serve qualcuno",
      "spesa_domicilio",
    ],
    // A person sought beside another office's number (session 36).
    [
      "Avete il numero dell'ospedale Niguarda? Mia madre esce la settimana prossima e ci serve una badante.",
      "badante",
    ],
    // A carer's outing missed, told beside a break asked (session 36; refused before: «cinema»
    // was read as a film talked of).
    [
      "Mio fratello è disabile e me ne occupo io da quando è morto papà. Non ricordo l'ultima volta che sono andata al cinema. Voglio solo qualche ora per respirare e qualcuno che mi ascolti.",
      "caregiver",
    ],
  ])("%j is still %s", (text, intent) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });
});

describe("a sitter asked for any animal of data/nlu/animals.yaml", () => {
  it.each(ANIMALS.it)("«cerco qualcuno per il mio %s quando parto» is not WeMi's", (animal) => {
    expect(other(`cerco qualcuno per il mio ${animal} quando parto`)).toBe(true);
  });

  it.each(ANIMALS.en)("«someone to look after my %s while I travel» is not WeMi's", (animal) => {
    expect(other(`someone to look after my ${animal} while I travel`)).toBe(true);
  });
});
