import { beforeAll, describe, expect, it } from "vitest";
import { isContentWord } from "../../src/nlu/features.js";
import { NO_OTHER_WORDS, type OtherWords } from "../../src/nlu/negation-languages.js";
import { readMessage } from "../../src/nlu/reading.js";
import { catalogueOtherWords } from "../support/other-words.js";

// The words of every language, as the catalogue gives them to the model that reads them.
let otherWords: OtherWords = NO_OTHER_WORDS;
beforeAll(async () => {
  otherWords = await catalogueOtherWords();
});

const read = (text: string) => readMessage(text, isContentWord);

describe("good news about a service is told, not asked", () => {
  it.each([
    "la tata di mio figlio è fantastica, siamo contentissimi",
    "our babysitter is brilliant, the kids love her",
    "we used the home meals for grandma last winter, it was fine",
    "il servizio pasti di mia zia funziona benissimo",
    // What follows the last turn is how it ends.
    "mia nipote ha la disgrafia, però adesso col computer scrive benissimo",
    "mia figlia ha la discalculia ma in matematica adesso va alla grande",
    "la colf di mia suocera è una signora gentilissima",
    "al centro anziani di zona sono tutti molto accoglienti",
    // A matter settled at last.
    "il bonus per la badante di papà è arrivato, finalmente",
    "lavoro come badante da quindici anni e mi piace il mio lavoro",
    // A request granted (session 17, in my own words).
    "la richiesta di assegno di cura per papà è stata approvata la settimana scorsa",
    "my mum's disability allowance was granted in June",
    // Coping, said as how things go now.
    "papà ha l'Alzheimer, è pesante ma ce la stiamo facendo",
    "looking after my dad is hard work but we're managing",
    // A «though» that ends the message turns to nothing (session 21).
    "my daughter has dyslexia, she's doing fine at school now though",
  ])("%j is satisfied", (text) => {
    expect(read(text).cues.has("satisfied")).toBe(true);
  });

  it.each([
    // Trouble, a turn or a request beside the good news: the need may be real.
    "la badante è bravissima ma a giugno torna in Romania",
    "mamma sta bene, però è sempre da sola",
    "she's fine but she keeps forgetting to eat",
    "mia madre sta bene, vorrei qualcosa da farle fare con altri anziani",
    "la badante non serve, mamma sta bene, è la casa che è troppo grande da pulire per lei",
    "mia madre non sta bene",
    "il nonno sta benissimo, però gli farebbe bene stare con altra gente",
    "cerco lavoro come badante, mi piace stare con gli anziani",
    "la domanda di invalidità non è stata accolta, cosa posso fare?",
    "con mia madre non ce la stiamo facendo più",
    // A wish is not yet so (session 31, in my own words).
    "mia moglie vuole parlare meglio l'italiano, ci sono lezioni la sera",
    "mio figlio vuole diventare bravo in matematica, ci sono corsi in zona",
  ])("%j is not", (text) => {
    expect(read(text).cues.has("satisfied")).toBe(false);
  });
});

describe("a short fact of one's own people, with no trouble, tells of a need met", () => {
  it.each([
    "mio padre la dichiarazione la fa al patronato vicino a casa",
    "my dad's tax return is done by the CAF every year",
    "con mia sorella abbiamo trovato un gruppo di famiglie in parrocchia",
    // What one does or where one lives, said first.
    "faccio la colf da vent'anni nella stessa famiglia",
    "I work as a nanny for a family in Isola",
    "abito vicino a Loreto e il custode sociale passa il giovedì",
    // Someone's work told, however long it runs on about where and since when.
    "la mia vicina fa la badante per una signora di corso Lodi da quasi dodici anni, la adorano tutti",
    "my cousin works as a nanny for two families in Isola and has done so since she finished school",
  ])("%j is settled", (text) => {
    expect(read(text).cues.has("settled")).toBe(true);
  });

  it.each([
    // Trouble, something hard, a turn, a request, a refusal: the need may be real.
    "mio padre è solo tutto il giorno",
    "mia figlia è impacciata nei movimenti, ha 4 anni",
    "mia madre fa fatica a cucinare",
    "mio padre ha la badante ma la sera è solo",
    "mio padre ha bisogno di una badante",
    "mia madre non ha bisogno della badante",
    // A story of several sentences tells what has become hard, or leaves it unsure.
    "Mio figlio ha 4 anni. All'asilo inciampa sempre.",
    // Nobody's own: a bare need, however it is worded.
    "sostegno per chi ha un familiare con handicap",
    // Said first, what one does still asks when it goes on to ask, or says what is hard.
    "faccio la badante da dieci anni e cerco lavoro a Milano",
    "lavoro fino alle sette, chi prende mio figlio all'asilo?",
    "vivo da sola e non riesco più a fare la spesa",
    "I work nights and I need someone for my kids",
    // Short, or a condition told: the need is named («mio figlio è dislessico»).
    "mio figlio ha la dislessia, abitiamo in zona Bovisa",
    "mia figlia ha la discalculia e in matematica va malissimo",
    "my brother has a learning disability and our family feels isolated",
    "mio marito è ucraino e vuole fare un corso di italiano",
    "abito a Baggio",
    // Someone's work told at length, then what is hard.
    "la mia vicina fa la badante per una signora di corso Lodi da dodici anni, ma adesso è stanca",
    // A job asked for in few words, not one told of.
    "lavoro part time zona Lorenteggio per mia figlia",
    // Albanian "djali im" (my son) is read as English "i am" once normalised.
    "Djali im ka autizëm, duam të njohim familje të tjera si ne.",
  ])("%j is not", (text) => {
    expect(read(text).cues.has("settled")).toBe(false);
  });
});

describe("what WeMi does not serve, named beside a need's words", () => {
  it.each([
    "cerco qualcuno che dia da mangiare al gatto",
    "pulizie per il mio bar, la sera",
    "I'd like a German course for myself",
    "ho ordinato la spesa con l'app",
    "vorrei un corso di spagnolo per me",
    "I'm after English lessons for work",
    "come parlo con la mia banca?",
    "sto imparando l'italiano su Duolingo, sono al livello 12",
    // A course of a sport or a craft.
    "un corso di pilates la sera",
    // Any animal of data/nlu/animals.yaml, the list the pet-sitter rule reads too.
    "cerco qualcuno che dia da mangiare al criceto quando parto",
    "someone to look after our parrot in August",
    // Papers of stay and passports are the police's or a consulate's, not WeMi's forms.
    "scusate, per rinnovare il permesso di soggiorno vado in questura o in posta?",
    "how do I get my passport renewed at the consulate?",
  ])("%j is elsewhere", (text) => {
    expect(read(text).cues.has("elsewhere")).toBe(true);
  });

  it.each([
    "non per il gatto, ma per mia madre che non cammina",
    "mia madre non sa usare l'app della spesa",
    // A language said of a person is no course: the need is theirs.
    "cerco una badante che parli inglese",
    "corso di italiano per mia moglie, parla solo cinese",
    "the app is too hard for mum, she needs someone to bring the shopping",
  ])("%j is not: a turn, a trouble or a person sets it aside", (text) => {
    expect(read(text).cues.has("elsewhere")).toBe(false);
  });

  it("is not an English walking stick read as an Italian dog", () => {
    const text = "my father walks with a cane, he needs a carer in the mornings";
    expect(read(text).cues.has("elsewhere")).toBe(false);
  });
});

describe("schoolwork about a need asks for nothing", () => {
  it.each([
    "devo fare una ricerca per la scuola sulle badanti, chi sono?",
    "mia figlia deve scrivere un tema sulla spesa a domicilio",
    "è per un compito di educazione civica: cos'è il patronato?",
    "I have a school project on home care for the elderly",
    "mia nipote ha un tema di storia per lunedì sulle badanti",
    "cos'è il custode sociale? è per un esame di sociologia",
    "mio nipote fa una ricerca sull'assistenza agli anziani, avete dei numeri?",
    "I'm doing research about carers in Milan for my degree",
    "sto scrivendo la tesi sulle badanti dell'est, mi servono dei dati",
    "my cousin's dissertation is on meals on wheels in Lombardy",
    // A presentation for school; a conditional asked politely is no trouble (session 26).
    "sto preparando una presentazione per la scuola sui custodi sociali, avete materiale?",
    "mio figlio fa la tesina sulle colf, sapete chi potrebbe rispondere a qualche domanda?",
    // A paper named, whatever it is about (session 27).
    "che differenza c'è tra colf e badante? mi serve per la tesina",
    "what does a social custodian do? I have to put it in my thesis",
    // A presentation's topic, figures about a need, a test revised for (session 28).
    "la mia amica deve fare una presentazione sui DSA, avete statistiche sulla dislessia?",
    "do you have statistics on home care in Lombardy? it's for a newspaper piece",
    "mi fa ripetere per l'esame: la disgrafia è un disturbo della scrittura o del calcolo?",
    // A trouble named as the work's topic is none of the writer's own (session 28).
    "I'm writing a school essay about elderly people living alone in big cities, any figures?",
    // Sources read for a paper (session 29).
    "mi servono fonti sul lavoro di cura delle badanti per la tesina di maturità",
    "I need good sources on childcare costs for my economics class",
  ])("%j is schoolwork", (text) => {
    expect(read(text).cues.has("schoolwork")).toBe(true);
  });

  it.each([
    // A child's homework, said plainly, is a child's need; so is a trouble beside a project.
    "mio figlio è dislessico e ci mette ore a fare i compiti",
    "my son has dyslexia, he needs help with homework",
    "mio figlio ha un tema sulla famiglia ma è dislessico e non riesce a scriverlo",
    "ho la tesi sulla psicomotricità da finire, mia madre da sola non potrebbe più stare",
    // A search on the web finds a need; it studies none.
    "ho fatto una ricerca sul web ma non trovo una badante in zona",
    // A learning disorder's study method before a test is the child's need (session 28).
    "mia figlia ha la disgrafia, vorremmo un supporto per il metodo di studio in vista dell'esame",
    "vorrei una presentazione del servizio di custode sociale per mia madre",
  ])("%j is not", (text) => {
    expect(read(text).cues.has("schoolwork")).toBe(false);
  });
});

describe("a word asked of a language, in the other languages, asks for no need", () => {
  const readElsewhere = (text: string) => readMessage(text, isContentWord, otherWords);

  it.each([
    "Comment on dit « aide-soignante » en italien ?",
    "¿cómo se dice limpiadora en italiano?",
    "як буде італійською «доглядальниця»?",
    "cum se spune in italiana la femeia care face curat?",
    "как перевести на итальянский слово «няня»?",
  ])("%j only asks for a word", (text) => {
    expect(readElsewhere(text).cues.has("settled")).toBe(true);
  });

  it.each([
    // The word asked, and the person wanted too: a need.
    "comment on dit aide-soignante en italien ? j'en cherche une pour mon père",
    // No language named: «how to tell mum» is no word asked.
    "как сказать маме, что ей нужна сиделка?",
  ])("%j is not", (text) => {
    expect(readElsewhere(text).cues.has("settled")).toBe(false);
  });
});

describe("a word JavaScript objects know is read as a word", () => {
  it("keeps «constructor» as itself, not as a regional word", () => {
    const words = read("the constructor of the ramp said no, I need a carer for my mother")
      .segments.flat()
      .map((w) => w.word);
    expect(words).toContain("constructor");
    expect(words).toContain("carer");
  });
});
