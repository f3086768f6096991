/**
 * What a message asks for, when it is something WeMi does not do though a need's words are
 * there: a sitter for a pet, a word's spelling or grammar, a complaint about a service, a shop
 * that sells a thing or asked what it does, staff for one's own business, a tradesperson, a
 * hobby course, an appliance, a public office's hours, a medicine's dose. Read on the message as plainWords gives
 * it (accents and marks gone, lower case), Italian and English. Decided here, not learnt: the
 * reading is no feature of the model, so training does not move with it.
 */

import { ANIMALS } from "./animals.js";
import type { AskedObjectsReader } from "./asked-object.js";
import { asksRecommendation } from "./asked-object.js";
import { asksOfLanguage, LEARNING_DISORDER } from "./language-study.js";
import { errandToSomeoneDear, noteToTeacherOrCoach, toldNews } from "./misaddressed.js";

/** Animals, Italian and English apart (data/nlu/animals.yaml): English «cane» is a walking stick. */
const ANIMAL_IT = `(?:${ANIMALS.it.join("|")})`;
const ANIMAL_EN = `(?:${ANIMALS.en.join("|")})`;

/**
 * An animal as whose need it is: «per il gatto», «il mio cane anziano», «for my parrot», «a dog
 * sitter»; not one of the household («tre figli e un cane», «walks with a cane»).
 */
const FOR_AN_ANIMAL = new RegExp(
  [
    `\\b(?:mio|mia|miei|mie|nostro|nostra|nostri|nostre) ${ANIMAL_IT}\\b`,
    `\\bper (?:il |la |i |le |lo |un |una )?${ANIMAL_IT}\\b`,
    `\\b(?:(?:my|our) |for (?:my |our |the |a )?)${ANIMAL_EN}\\b`,
    "\\b(?:dog|cat|pet) ?sitter",
  ].join("|"),
  "u",
);

/**
 * An animal walked, asked for whoever's it is: «qualcuno che porta a spasso i cani», «someone to
 * walk my mum's dog», «a dog walker». The family's trouble that leads to it («lei non riesce più
 * a portarlo fuori») is the animal's need here, not the person's.
 */
const ANIMAL_WALKED = new RegExp(
  `\\b(?:porta\\w*|portar\\w*) (?:a spasso|fuori) (?:il |i |la |le |lo |l )?${ANIMAL_IT}\\b|\\bwalk\\w* (?:the |a |my |her |his |their |\\w+ s )?(?:dog|dogs)\\b|\\bdog ?walk\\w*`,
  "u",
);

/**
 * Someone of the family or a person named: the need may be theirs, the animal beside it («non
 * per il gatto, per mia madre», «una badante per papà che accetti il nostro cane»).
 */
const PERSON =
  /\b(?:mamma|madre|mami|padre|papa|babbo|nonn[oaie]|figli[oae]?|bimb[oaie]|bambin[oaie]|marito|moglie|suocer[oaie]|zi[oaie]|fratell[oi]|sorell[ae]|vicin[oaie]|signor[ae]?|me stess[oa]|mum|mom|mother|dad|father|grandma|grandpa|granny|grandmother|grandfather|husband|wife|son|daughter|kids?|child|children|baby|aunt|uncle|brother|sister|neighbou?r|elderly|myself)\b/u;

/**
 * A complaint about a service had («posso lamentarmi con qualcuno?», «voglio fare un reclamo»,
 * «I want to complain about…»); not a carer's «non mi lamento» nor «I'm not complaining», and
 * not when another is asked for («…e ne vorrei un'altra», «a new one») or help («potete
 * aiutarmi voi?», «can someone call me?»).
 */
const COMPLAINT =
  /\b(?:lamentarmi|lamentarci|fare (?:un )?reclamo|un reclamo|reclamare|complain|make a complaint|file a complaint|a complaint)\b/u;
/**
 * An order from a shop gone wrong («l'ordine è arrivato senza le uova», «my order never
 * arrived»): the shop's own delivery, to be taken up with the shop.
 */
const ORDER_GONE_WRONG =
  /\b(?:l ordine|il mio ordine|l ordinazione|my order|the order|our order|la consegna|the delivery|my delivery)\b(?: \w+){0,3} (?:e arrivat\w*|non e (?:mai )?arrivat\w*|arrivat[oa] senza|arrived without|never arrived|never came|came without|is missing|was missing)\b/u;
const NOT_COMPLAINING = /\b(?:non|not|never|mai) (?:\w+ ){0,2}(?:lament|complain|reclam)/u;
const ANOTHER =
  /\b(?:altr[oaie]|nuov[oaie]|another|new|different|replace\w*|sostitu\w*|cambiar\w*|aiutarmi|aiutarci|richiamarmi|ricontattarmi|help me|help us|call me|contact me)\b/u;

/**
 * A request after a turn («vendo la casa di famiglia, ma adesso mi serve una badante»): what
 * the message asks for comes last, and may be a need.
 */
const ASKED_AFTER_A_TURN =
  /\b(?:ma|pero|but|however) (?:\w+ ){0,3}(?:mi serve|ci serve|mi servirebbe|cerco|cerchiamo|vorrei|potete|i need|we need|looking for|can you|could you)\b/u;

/**
 * A shop sought for a thing, or a thing the citizen buys, sells or lets: «un negozio che venda
 * deambulatori», «dove trovo un negozio… che abbia il tofu fresco?», «vorrei comprare un deambulatore per mia madre», «I need to buy a wheelchair».
 * Not shopping someone else does for an older person («chi le compra il pane?»).
 */
const TRADE_IN_GOODS =
  /\b(?:(?:negozio|negozi|shop|store|rivenditore) (?:che|that|which|where) (?:vend|sell)\w*|(?:dove (?:trovo|posso trovare|c e)|where (?:can i|do i|could i) find) (?:un |una |a )?(?:negozio|shop|store|alimentari|market|supermercato|supermarket|cash and carry|ingrosso)|dove (?:posso |si puo |si possono )?(?:comprare|acquistare|compro)|where (?:can i|do i|to|could i) (?:buy|purchase)|(?:vorrei|voglio|devo|dovrei|dobbiamo|vorremmo|i want to|i d like to|i need to|we need to|i have to|we want to) (?:comprare|acquistare|buy|purchase)|vendo|vendere (?:la |il |casa|appartamento)|selling (?:my|his|her|the)|sell (?:my|his|her|the)|in affitto|for rent|to rent)\b/u;

/**
 * A shop asked about what it does itself («il supermercato sotto casa fa le consegne anche la
 * domenica?», «la Coop fa lo sconto anziani?», «does Esselunga deliver on Sundays?», «does HelloFresh deliver meal kits?»): the
 * shop's own service, not shopping brought by WeMi. One asked of it for older people («la Coop
 * fa il servizio spesa per gli anziani?») is the need itself, and a difficulty told beside it
 * stays a need.
 */
const SHOP_DOES =
  /\b(?:supermercat[oi]|coop|esselunga|carrefour|conad|lidl|penny|unes|iper|ipercoop|negozio|negozi|amazon|glovo|deliveroo|just eat|justeat|uber eats|getir|hellofresh|ristorant[ei]|trattori[ae]|pizzeri[ae]|rosticceri[ae]|supermarkets?|shops?|stores?|restaurants?|takeaways?)(?: \w+){0,4}? (?:fa|fanno|porta|portano|consegna|consegnano|offre|offrono|vende|vendono|does|do|deliver|delivers|offer|offers|sells?)\b/u;

/**
 * Whether a place takes a way of paying («qualcuno sa se lì accettano i buoni pasto?», «do they
 * take meal vouchers?»): a shop's or a restaurant's till, not a service asked; a WeMi service
 * named leaves it to the model («il servizio pasti accetta i buoni?»).
 */
const PAYMENT_TAKEN =
  /\b(?:accett\w*|accept\w*|take|takes) (?:(?:i|il|la|le|lo|gli|the) )?(?:buoni pasto|buono pasto|ticket restaurant|bancomat|carta di credito|carte di credito|satispay|contanti|meal vouchers?|food vouchers?|credit cards?|cards|cash)\b/u;
const A_SERVICE_NAMED = /\b(?:wemi|servizio|servizi|service|services)\b/u;

const FOR_OLDER_PEOPLE =
  /\b(?:per|agli|alle|ai|degli|delle|dei) (?:gli |le |i )?(?:anzian\w*|pensionat\w*|over \d+)|\b(?:for|to) (?:the )?(?:elderly|older people|seniors|pensioners)\b/u;

/**
 * Premises where people are employed, one's own or those a worker is taken on for; an Italian
 * shop is often named by its trade's «-eria» («gelateria», «macelleria», «lavanderia»).
 */
const PREMISES_WORDS =
  "\\w+eri[ae]|chiosco|negozio|bar|pub|bistrot|bistro|deli|kiosk|takeaway|ristorante|trattoria|locale|azienda|ditta|ufficio|salone|parrucchiere|edicola|officina|albergo|hotel|agenzia|startup|shop|store|cafe|restaurant|business|company|office|salon|bakery|firm|agency|newsagent";
const PREMISES = `(?:${PREMISES_WORDS})`;
/** «Studio» is a business only as one's own: «aiuto per studio» is a pupil's study. */
const BUSINESS = `(?:${PREMISES_WORDS}|studio)`;
/**
 * Staff for one's own business: «una commessa per il mio negozio», «post a job ad for my
 * shop», «a barista for our café», «I run a small café and I'm hiring», «sto aprendo un bar»,
 * «siamo un'azienda di logistica, cerchiamo magazzinieri». Not a worker's own
 * story: one who looks for work (the work cue) or tells the work had («lavoravo come cassiera
 * nel mio negozio di quartiere»).
 */
const OWN_BUSINESS = new RegExp(
  `\\b(?:(?:mio|mia|nostro|nostra|my|our) ${BUSINESS}|(?:siamo|we are|we re) (?:un |una |a |an )?(?:\\w+ ){0,2}${BUSINESS}|(?:i|we) (?:run|own|manage|have|opened|m opening|re opening|am opening|are opening|m starting|re starting|m setting up|re setting up) (?:a |an )?(?:\\w+ ){0,2}${BUSINESS}|(?:gestisco|gestiamo|ho|abbiamo|ho aperto|abbiamo aperto|sto aprendo|stiamo aprendo|apro|apriamo) (?:un |una )?(?:\\w+ )?${BUSINESS})\\b`,
  "u",
);
/**
 * A worker taken on for premises named without «my» («devo prendere un ragazzo per l'edicola»,
 * «assumere una persona per il bar»), or a cleaning firm for them («un'impresa di pulizie per
 * l'ufficio», «a cleaning company for our office»): an employer's question, not help at home.
 */
const FOR_PREMISES = `(?:per|for|dell|del|della) (?:il |la |l |lo |the |our |my |un |una |a |an )?${PREMISES}`;
const HIRED_FOR_PREMISES = new RegExp(
  `\\b(?:(?:prendere|assumere|prendo|assumo|hire|hiring|take on|employ) (?:un |una |a |an )?(?:ragazz[oa]|person[ae]|dipendente|collaborat\\w+|fattorino|aiutante|apprendista|someone|somebody|guy|girl|worker)|(?:impresa|ditta|societa|cooperativa) di pulizi\\w*|cleaning (?:company|firm|service|agency)|office cleaners?)\\b(?: \\w+){0,4} ${FOR_PREMISES}\\b`,
  "u",
);
/**
 * Cleaning for one's own premises («una persona che faccia le pulizie nel mio bar la sera», «a
 * cleaning company for our office»): the business's cleaning, not a home help for the family.
 * Over every development writer the words match two lines, both of no need.
 */
const CLEANED_PREMISES = new RegExp(
  `\\b(?:pulizi\\w*|pulir\\w*|pulisc\\w*|clean\\w*)\\b(?: \\w+){0,3} (?:nel|del|per il|nella|della|per la|dentro il|in|of|at|for) (?:mio|mia|nostro|nostra|my|our) (?:\\w+ )?${BUSINESS}\\b`,
  "u",
);
/**
 * A business to open («vorrei aprire un'attività di pasti a domicilio, che permessi servono?»,
 * «I'm starting a cleaning business»): the service named is what the citizen would sell, and
 * permits or a plan are what they ask, not the service for themselves.
 */
const OPENS_A_BUSINESS =
  /\b(?:aprire|avviare|aprirei|mettere su|open|opening|start|starting|set up|setting up) (?:un |una |uno |a |an |my own |our own |mia |mio )?(?:\w+ )?(?:attivita|impresa|azienda|ditta|startup|franchising|business|company)\b/u;
const STAFF =
  /\b(?:annunci\w*|offerta di lavoro|job ad|job advert\w*|job post\w*|post (?:a|an) (?:ad|job)|advert\w*|hiring|hire|assumere|assumo|personale|staff|commess[oaie]|camerier[eia]|barista|cassier[ea]|cashier|waiter|waitress|shop assistant|dipendent[ei]|employee|apprendist[ai])\b/u;

/**
 * Training for a trade other than care work («un corso per diventare chef», «a course to become
 * a hairdresser», «scuola per pizzaioli»): WeMi trains carers, home helpers and nannies, and
 * finds work; a school for another trade is not one of its services. Not beside care work named
 * («un corso OSS o da cuoco»), nor for someone whose disability or learning disorder is told
 * (the need is theirs), nor a job sought or lost (training after it is the job search).
 */
const OTHER_TRADE =
  "(?:chefs?|cuoc[oa]|cuochi|pizzaiol[oi]|pasticcer[ei]|panettier[ei]|fornai[oa]?|barist[ai]|barman|sommelier|camerier[ei]|parrucchier[ei]|barbiere|estetist[ai]|truccat(?:ore|rice)|tatuat(?:ore|rice)|elettricist[ai]|idraulic[oi]|meccanic[oi]|falegname|muratore|saldatore|programmat(?:ore|rice)|sviluppat(?:ore|rice)|grafic[oa]|fotograf[oa]|pilota|cooks?|bakers?|pastry chef|bartenders?|baristas?|waiters?|waitress|hairdressers?|barbers?|beauticians?|make ?up artists?|tattoo artists?|electricians?|plumbers?|mechanics?|carpenters?|welders?|programmers?|developers?|coders?|web designers?|graphic designers?|photographers?|pilots?)";
const TRAINED_FOR_ANOTHER_TRADE = new RegExp(
  `\\b(?:diventare|become|becoming|train(?:ing)? (?:as|to be)|studiare da|studying to be|(?:corso|corsi|scuola|formazione|course|courses|school|training|diploma|qualifica|academy|accademia) (?:\\w+ ){0,2}(?:per|for|da|di))\\b (?:an? |un |una |uno |il |la |lo |l |i |gli )?(?:\\w+ )?${OTHER_TRADE}\\b`,
  "u",
);
const CARE_WORK =
  /\b(?:oss|badant\w*|assistent\w* familiar\w*|socio sanitari\w*|colf|baby ?sitter|tata|nanny|carers?|care workers?|caregivers?|healthcare assistant|domestic\w*)\b/u;
const DISABILITY = /\b(?:disabil\w*|disabled|handicap\w*|autis\w*|sindrome|syndrome)\b/u;

/** One's own work told, had or lost: the business named is where one worked, not one's own. */
const OWN_WORK =
  /\b(?:lavoravo|lavoro come|ho lavorato|licenziat\w*|perso il (?:mio )?lavoro|i worked|i work|i was working|lost my job|laid off|fired)\b/u;

/**
 * A hobby course («un corso di cucina», «a cooking class», «lezioni di chitarra»): for an older
 * person it is active ageing, for a small child psychomotricity, beside Italian lessons a
 * newcomer's («un corso di italiano e magari di cucina»), so only when none is named.
 */
const HOBBY_COURSE =
  /\b(?:(?:corso|corsi|lezioni|lezione|class|classes|lessons|course|courses|laboratorio|workshop) (?:di |of |in )?(?:cucina|cooking|ballo|dance|danza|yoga|pilates|pittura|painting|chitarra|guitar|piano|pianoforte|fotografia|photography|teatro|theatre|theater|pasticceria|baking|disegno|drawing|ceramica|pottery|cucito|sewing|tango|salsa|zumba|canto|singing)|(?:cooking|dance|yoga|guitar|piano|painting|pottery|baking|sewing|singing|photography) (?:class|classes|lessons|course|courses|workshop))\b/u;
/**
 * Another language than Italian to learn («vorrei imparare il cingalese», «a Spanish course»,
 * «lezioni di inglese»): WeMi teaches newcomers Italian; a language beside Italian named, an
 * older person or a small child (COURSE_AS_A_NEED) leaves it to the model.
 */
const OTHER_LANGUAGES =
  "(?:inglese|spagnolo|francese|tedesco|cinese|arabo|russo|portoghese|giapponese|cingalese|tagalog|rumeno|ucraino|albanese|english|spanish|french|german|chinese|mandarin|arabic|russian|portuguese|japanese|sinhala|sinhalese|romanian|ukrainian|albanian)";
const ANOTHER_LANGUAGE_LEARNT = new RegExp(
  `\\b(?:(?:imparare|studiare|learn|learning|study|studying) (?:il |l |lo |la |un po di |some |a bit of )?${OTHER_LANGUAGES}|(?:corso|corsi|lezioni|lezione|course|courses|classes|lessons) (?:di |of |in )?${OTHER_LANGUAGES}|${OTHER_LANGUAGES} (?:course|courses|classes|lessons))\\b`,
  "u",
);
const COURSE_AS_A_NEED =
  /\b(?:italian\w*|anzian\w*|pension\w*|terza eta|over \d+|nonn[oaie]|mamma|madre|padre|papa|genitori|suocer\w*|retired|elderly|older|senior\w*|grand\w*|mum|mom|mother|dad|father|parents|[6-9]\d (?:anni|years)|[1-5] (?:anni|years)|asilo|materna|nursery|toddler)\b/u;

/**
 * A household appliance asked about as a thing («mi consigliate un buon aspirapolvere?», «ho
 * comprato un ferro da stiro, come lo pulisco?»): no chores asked of anyone.
 */
const APPLIANCE =
  /\b(?:aspirapolvere|ferro da stiro|lavatrice|lavastoviglie|asciugatrice|microonde|friggitrice|vacuum|hoover|washing machine|dishwasher|tumble dryer|microwave|air fryer)\b/u;
const ABOUT_A_THING =
  /\b(?:consigli\w* (?:un |una )?(?:buon[oa]?|bel|bell[oa])|recommend (?:a |an )?(?:good )?|quale (?:\w+ ){0,2}(?:comprare|scegliere|prendere)|quale (?:marca|modello)|which (?:brand|model|one)|ho comprato|i bought|come (?:lo|la|si) pulisc\w*|how (?:do i|to) clean|si e rott\w*|broke down|stopped working)\b/u;

/**
 * A book, a film or an app asked to be recommended («mi consigliate un libro sulla dislessia?»,
 * «can you recommend a good app…?»): a thing to read or use about a need, not the service.
 */
const THING_TO_READ = /\b(?:libr[oi]|books?|film|movies?|apps?)\b/u;

/**
 * When a public office or a shop opens («a che ora aprono le poste?», «which pharmacy is open at
 * night?», «il supermercato aperto la domenica»); WeMi's own hours are a need.
 */
const OPENING_HOURS =
  /\b(?:a che ora (?:apr|chiud)\w*|orari\w* di apertura|opening hours|what time (?:does|do|is) (?:\w+ ){1,4}open|(?:aperto|aperta|aperti|aperte|open) (?:\w+ )?(?:domenica|sabato|notte|stanotte|stasera|sera|oggi|adesso|festivi|agosto|sundays?|saturdays?|night|tonight|today|now|late|24))\b/u;
const PUBLIC_OFFICE =
  /\b(?:poste|posta|ufficio postale|banca|anagrafe|comune|questura|farmacia|supermercato|post office|bank|pharmacy|town hall|supermarket)\b/u;
const WEMI = /\bwemi\b/u;
/**
 * The number of an emergency or public office asked («avete il numero dei vigili?», «what's the
 * number for the police station?»): another office's line, not WeMi's operator, whose words
 * («numero», «number») lean the model to a person to call. Not beside a person or a service
 * sought (PERSON_SOUGHT).
 */
const OFFICE_NUMBER =
  /\b(?:numer[oi]|number|contatt[oi]|recapit[oi]) (?:di telefono )?(?:dei|dell|della|del|degli|delle|di|for|of) (?:the |la |il |i |l )?(?:\w+ )?(?:vigili|polizia|carabinieri|questura|pompieri|vigili del fuoco|pronto soccorso|ospedale|guardia medica|poste|ufficio postale|anagrafe|banca|farmacia|ambasciata|consolato|police|police station|fire brigade|hospital|post office|bank|pharmacy|embassy|consulate)\b/u;
const SOMEONE = /\b(?:qualcuno|una persona|someone|somebody|a person)\b/u;

/**
 * How much of a medicine to give («quanta tachipirina gli do?», «how much Calpol»): a doctor's
 * question, unless someone is asked for to give it («…ma serve qualcuno che gliele dia»).
 */
const DOSE =
  /\b(?:quant[oaie]|how much|how many|dose|dosaggio|dosage)\b(?: \w+){0,4} (?:tachipirina|paracetamolo|ibuprofene|nurofen|aspirina|antibiotic\w*|sciroppo|gocce|supposte|calpol|tylenol|paracetamol|ibuprofen|drops)\b/u;

/**
 * A tradesperson or a repair sought («cerco un idraulico», «a personal trainer for myself», «una
 * scuola guida», «chi aggiusta computer?»): not the help at home WeMi finds. Not one refused
 * («non mi serve un elettricista, mi serve…») nor a worker's own trade (the work cue).
 */
const TRADESPERSON =
  /\b(?:personal trainer|idraulic[oa]|elettricist[ai]|meccanic[oa]|imbianchin[oa]|muratore|fabbro|scuola guida|istruttore di guida|driving (?:school|instructor|lessons)|plumber|electrician|mechanic|locksmith|decorator|handyman)\b/u;
const SOUGHT =
  /\b(?:cerc\w*|serve|servirebbe|consigli\w*|conoscete|chi|looking for|need|recommend|know (?:a|any)|any)\b/u;
const REFUSED_TRADE =
  /\b(?:non|not|no) (?:\w+ ){0,3}(?:personal trainer|idraulic|elettricist|meccanic|imbianchin|muratore|fabbro|plumber|electrician|mechanic|locksmith|decorator|handyman)/u;
/**
 * A fault of a home or a street reported («la casa popolare ha la muffa, come si chiede all'Aler
 * di intervenire?», «parcheggiano sul suo posto riservato, a chi lo segnalo?», «il lampione è
 * spento… a chi lo devo segnalare?»): the landlord's or the council's to mend, even when an older
 * or disabled neighbour suffers it. A lonely neighbour reported names no fault and stays a need.
 */
const REPORT_ASKED =
  /\b(?:a chi (?:lo |la |li |le )?(?:devo |posso |dobbiamo )?segnal\w*|come (?:si chiede|si fa a chiedere|chiedo|faccio a chiedere) (?:all |al |alla |a )\w+ di intervenire|where (?:do|can|should) i report|who (?:do|can|should) i report\w*)\b/u;
const FAULT =
  /\b(?:muffa|umidita|infiltrazion\w*|lampion\w*|buca|buche|ascensore|caldaia|riscaldamento|parcheggi\w*|posto riservato|posto auto|rifiuti|spazzatura|mould|mold|damp|leak\w*|streetlights?|street lamps?|pothole\w*|lift|elevator|boiler|heating|parking|rubbish)\b/u;
/**
 * A university course or its entrance test («vuole iscriversi a Scienze della Formazione, ma ha
 * paura del test d'ingresso», «fa scienze motorie, l'esame di psicomotricità è difficile?»): a
 * subject studied, named like a need; a student who looks for work stays a job seeker.
 */
const UNIVERSITY_STUDY =
  /\b(?:test d ingresso|test di ammissione|corso di laurea|laurea (?:in|triennale|magistrale)|facolta di|scienze motorie|scienze della formazione|entrance (?:exam|test)|degree in|university course)\b/u;
const REPAIR =
  /\b(?:chi (?:mi )?(?:aggiust|ripar)\w*|who (?:can |could )?(?:fix|repair)\w*|(?:fix|repair) (?:my|our|the|a)|(?:aggiustare|riparare) (?:il|la|un|una|lo))\b/u;

/**
 * Asked out of curiosity («chiedevo solo per curiosità cos'è il custode sociale», «just curious
 * how the carers are chosen»): the citizen says the question is for nothing of theirs. The need
 * is still offered as «Intendevi…?». Not «I'm curious whether…», which may go on to ask.
 */
const OUT_OF_CURIOSITY =
  /\b(?:per (?:pura |semplice |mera )?curiosita|(?:just|only|simply) curious|out of curiosity|just wondering)\b/u;

/**
 * Whether something is legal, asked («è legale?», «is that even legal in Italy?»): a rule asked
 * about a landlord's fee, a boss's pay or a neighbour's work, not a service; one sought beside
 * it («cerco una colf in regola…») is left to the model.
 */
const LEGALITY_ASKED =
  /\b(?:e|is (?:that|it|this)|that s|if (?:that|it) s) (?:even |really |davvero |anche )?(?:legal|illegal|legale|illegale|lecito)\b/u;

/**
 * A need's word in another sense, set by the words around it: a phone company's or a shop's
 * «operatore» and «assistenza» («il mio operatore telefonico», «l'operatore Vodafone», «il mio
 * operatore», «assistenza clienti», «customer service»), a film, a series, a documentary or a
 * podcast talked of («The Nanny Diaries», «is it on Netflix?», «il documentario di Rai3 sui
 * caregiver si trova su RaiPlay?»). Not WeMi's own operator, not a
 * person sought beside the film («we're off to the cinema, I need a babysitter»), and not the
 * cinema as a place gone to («non ricordo l'ultima volta che sono andata al cinema»: a carer's
 * outing missed, not a film talked of).
 */
const COMPANY_LINE =
  /\b(?:operator[ei]? (?:telefonic\w*|mobile|di telefonia|vodafone|tim|wind\w*|iliad|fastweb|tiscali|kena|enel)|(?:mio|nostro|my|our) (?:operatore|carrier)|(?:vodafone|tim|windtre|wind|iliad|fastweb|tiscali|kena|enel|amazon|ikea|samsung|apple) (?:\w+ )?(?:operator\w*|assistenza|customer service|support)|phone (?:company|provider|carrier)|mobile (?:provider|carrier|operator)|servizio clienti|assistenza (?:clienti|tecnica)|customer (?:service|support|care))\b/u;
const MEDIA =
  /\b(?:film|movie|netflix|prime video|disney|sitcom|serie tv|tv series|tv show|trailer|episod\w*|puntat[ae]|(?<!\b(?:al|the) )cinema|streaming|attore|attrice|actor|actress|who plays|chi (?:interpreta|recita)|la serie|documentari[oa]?|documentar(?:y|ies)|podcasts?|raiplay|rai ?[1-5]|mediaset|la7|canale 5|rete 4)\b/u;
const PERSON_SOUGHT = /\b(?:cerc\w*|serve|servirebbe|bisogno|need|looking for|hire|assumere)\b/u;
/**
 * Something being watched, talked of («we're watching The Nanny Diaries tonight, is it any
 * good?»): a show, unless a person is watched («my mum ends up watching the kids all day»).
 */
const WATCHING = /\b(?:watching|guardando)\b/u;

/**
 * A place to eat asked or recommended («c'è un buon ristorante sardo vicino a Porta Lodovica?»,
 * «can you recommend a trattoria near Navigli?»): an outing, not meals brought home.
 */
const PLACE_TO_EAT =
  /\b(?:(?:un|una|a) (?:buon[oa]?|bel|bella|good|nice) |(?:consigli\w*|recommend|conoscete|know) (?:un |una |a |any )?)(?:ristorant\w*|trattori\w*|pizzeri\w*|osteri\w*|restaurants?|places? to eat)\b/u;

/** A need's word in another sense: a company's line, or a film talked of (see COMPANY_LINE). */
const inAnotherSense = (text: string): boolean =>
  (COMPANY_LINE.test(text) && !WEMI.test(text)) ||
  (MEDIA.test(text) && !PERSON_SOUGHT.test(text)) ||
  (WATCHING.test(text) && !PERSON.test(text) && !PERSON_SOUGHT.test(text));

/**
 * Every object the message asks for is one WeMi does not give («cerco un corso di cucina per
 * badanti», «a babysitting film», «help with my grammar homework»), a hobby course for no older
 * person or small child among them; not beside a learning disorder (help with homework is its
 * study method).
 */
function asksOnlyForOtherObjects(plain: string, askedObjects: AskedObjectsReader): boolean {
  const objects = askedObjects(plain);
  if (objects.length === 0 || LEARNING_DISORDER.test(plain)) return false;
  const forWhom = COURSE_AS_A_NEED.test(plain);
  return objects.every((o) => o === "other" || (o === "hobby" && !forWhom));
}

/** What the reading found beside the words, which may make them a need after all. */
export interface AskedBeside {
  /** Something has become hard (the reading's "inability" cue): a need may be real. */
  readonly inability: boolean;
  /** The citizen looks for work (the reading's "work" cue). */
  readonly seeksWork: boolean;
}

/**
 * Whether the message asks for something WeMi does not do, whatever need's words it has: a
 * pet's sitter, a word's spelling, a complaint or an order gone wrong, a fault to report, a thing
 * bought or sold, staff for one's own business, a tradesperson or a repair, a university course, a need's word in another sense, news, an errand for
 * someone dear, a note to a child's teacher or coach, a hobby course, an appliance, a public office's hours,
 * a medicine's dose, a shop's own service, or nothing when asked out of curiosity. A request
 * after a turn leaves all but the animal to the model, and so does a difficulty told beside the
 * last seven («non riesce a fare l'analisi logica, è dislessica»).
 */
export function asksForOther(
  plain: string,
  beside: AskedBeside,
  /** What the message asks for by grammar (asked-object.ts, over the catalogue's words). */
  askedObjects: AskedObjectsReader,
): boolean {
  const text = ` ${plain} `;
  if ((FOR_AN_ANIMAL.test(text) && !PERSON.test(text)) || ANIMAL_WALKED.test(text)) return true;
  if (ASKED_AFTER_A_TURN.test(text)) return false;
  if (OUT_OF_CURIOSITY.test(text) || (LEGALITY_ASKED.test(text) && !SOUGHT.test(text))) return true;
  const complaint = COMPLAINT.test(text) || ORDER_GONE_WRONG.test(text);
  if (complaint && !NOT_COMPLAINING.test(text) && !ANOTHER.test(text)) return true;
  if (REPORT_ASKED.test(text) && FAULT.test(text)) return true;
  const ownWork = beside.seeksWork || OWN_WORK.test(text);
  if (
    !ownWork &&
    ((OWN_BUSINESS.test(text) && STAFF.test(text)) ||
      HIRED_FOR_PREMISES.test(text) ||
      CLEANED_PREMISES.test(text) ||
      OPENS_A_BUSINESS.test(text))
  )
    return true;
  const tradeSought = TRADESPERSON.test(text) && SOUGHT.test(text) && !REFUSED_TRADE.test(text);
  if (!ownWork && (tradeSought || REPAIR.test(text) || UNIVERSITY_STUDY.test(text))) return true;
  if (inAnotherSense(text) || toldNews(text)) return true;
  if (errandToSomeoneDear(plain, text)) return true;
  if (beside.inability) return false;
  const anotherTrade = TRAINED_FOR_ANOTHER_TRADE.test(text) && !CARE_WORK.test(text);
  if (anotherTrade && !ownWork && !LEARNING_DISORDER.test(text) && !DISABILITY.test(text))
    return true;
  if (noteToTeacherOrCoach(plain, text)) return true;
  if (asksOfLanguage(text) && !LEARNING_DISORDER.test(text)) return true;
  if (TRADE_IN_GOODS.test(text) || (DOSE.test(text) && !SOMEONE.test(text))) return true;
  if ((SHOP_DOES.test(text) || PLACE_TO_EAT.test(text)) && !FOR_OLDER_PEOPLE.test(text))
    return true;
  if (PAYMENT_TAKEN.test(text) && !A_SERVICE_NAMED.test(text)) return true;
  if (APPLIANCE.test(text) && ABOUT_A_THING.test(text)) return true;
  if (THING_TO_READ.test(text) && asksRecommendation(text)) return true;
  if (OPENING_HOURS.test(text) && PUBLIC_OFFICE.test(text) && !WEMI.test(text)) return true;
  if (OFFICE_NUMBER.test(text) && !WEMI.test(text) && !PERSON_SOUGHT.test(text)) return true;
  if (asksOnlyForOtherObjects(plain, askedObjects)) return true;
  return (
    (HOBBY_COURSE.test(text) || ANOTHER_LANGUAGE_LEARNT.test(text)) && !COURSE_AS_A_NEED.test(text)
  );
}
