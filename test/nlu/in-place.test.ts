import { beforeAll, describe, expect, it } from "vitest";
import { toldInPlace } from "../../src/nlu/in-place.js";
import { type IntentClassifier, loadClassifier } from "../../src/nlu/index.js";

let classifier: IntentClassifier;
beforeAll(async () => {
  classifier = await loadClassifier();
});

// Messages written for these tests, in my own words.
describe("a citizen who tells of a service they already have is not offered it", () => {
  it.each([
    ["Mia cugina va a un gruppo di genitori di ragazzi disabili ogni sabato.", "disabilita"],
    ["Mio fratello prende la pensione di invalidità dal 2015.", "caf_patronato"],
    ["My sister attends a support group for parents of disabled kids.", "disabilita"],
    ["Dad receives hot meals from the Comune on weekdays.", "pasti_domicilio"],
    // A parents' evening told by how many came (session 29).
    [
      "Giovedì al gruppo per genitori di bimbi autistici eravamo in quindici, che bella serata.",
      "disabilita",
    ],
    // Ease told by a trouble denied is no trouble (session 26, second round).
    ["Mio zio prende la pensione di invalidità da anni, nessun problema.", "caf_patronato"],
  ])("%j is refused, its need first in the ranking", (text, need) => {
    // Offered as «Intendevi…?» until session 36: the model that learns from the older writers'
    // stories that tell rather than ask (session 37) refuses some of these itself, too surely
    // to ask; none is taken for a request, and the need read still leads the ranking.
    const read = classifier.classify(text);
    expect(read.intent).toBeNull();
    expect(read.alternatives[0]).toMatchObject({ intent: need });
  });

  it.each([
    // A service had, beside what is missing, hard or asked: a need.
    [
      "Mia madre riceve già i pasti, ma la spesa non riesce più a farla: chi gliela porta?",
      "spesa_domicilio",
    ],
    [
      "My son goes to a nursery in the mornings, I need a babysitter for the afternoons.",
      "babysitter",
    ],
  ])("%j keeps its need", (text, need) => {
    expect(classifier.classify(text).intent).toBe(need);
  });

  it.each([
    // A complaint told with an English «n't» or chat Italian «nn» is a negation like «non».
    "Mum has had the meals delivered for a year and she doesn't like them.",
    "Mia madre riceve i pasti del Comune da un anno e nn le piacciono.",
  ])("%j tells something missing: not a service told as in place", (text) => {
    expect(toldInPlace(text)).toBe(false);
  });
});

describe("a service already had, then a turn to another need: the need asked is read", () => {
  it.each([
    [
      "Mio padre ha già la badante tutte le mattine, però ci servirebbe aiuto per il 730",
      "caf_patronato",
    ],
    ["My dad already has a carer, but we need help filling in his ISEE", "caf_patronato"],
    ["Mi papá ya tiene badante, pero necesito ayuda con el ISEE", "caf_patronato"],
  ])("%j is read as %s, not as the service had", (text, need) => {
    expect(classifier.classify(text).intent).toBe(need);
  });

  it("more of the service had, asked after the turn, is still that service", () => {
    const text = "mia madre ha già la badante ma non basta, ne serve un'altra per la notte";
    expect(classifier.classify(text).intent).toBe("badante");
  });
});

describe("a family that tells when its home help comes is asking for none", () => {
  it.each([
    "My mother's home help comes twice a week",
    "My grandad's home help comes every morning to wash him",
  ])("%j is not read as a need", (text) => {
    // «home help» names the worker; it is no «help» asked (read as a colf or a carer before).
    expect(classifier.classify(text).intent).toBeNull();
  });
});

describe("a family that tells how a group helped is asking for none", () => {
  // Written for this test, in my own words (session 30, third round): «helpful» and «auto mutuo
  // aiuto» praise or name the help; they ask for none (read as a need before).
  it.each([
    "The support group for parents of disabled children was so helpful, we are going back in May",
    "The carers' support group was really helpful for my mum last winter",
    "Il gruppo di auto mutuo aiuto del giovedì mi ha fatto bene, ci torno volentieri.",
  ])("%j is not read as a need", (text) => {
    expect(classifier.classify(text).intent).toBeNull();
  });

  it.each([
    ["ci sono gruppi di auto mutuo aiuto per genitori di ragazzi disabili a Milano?", "disabilita"],
    ["Can you help me find a support group for parents of autistic kids?", "disabilita"],
  ])("%j, asking for the group, is still read as that need", (text, need) => {
    expect(classifier.classify(text).intent).toBe(need);
  });
});

describe("a family that belongs to a group, or meets as a habit, asks for none", () => {
  // Written for this test, in my own words (session 36): a group's words (disabled children,
  // carers) beside belonging to it were read as the group asked for.
  it.each([
    "Facciamo parte di un'associazione di genitori di ragazzi autistici da anni.",
    "My daughter has Down syndrome and we've been members of a parents' association since 2019.",
    "Con altri papà di bambini disabili ci vediamo ogni domenica al parco.",
  ])("%j is not read as a need", (text) => {
    expect(classifier.classify(text).intent).toBeNull();
  });

  it.each([
    ["Mio figlio è autistico, vorrei far parte di un'associazione di genitori.", "disabilita"],
    [
      "Con altre mamme di ragazzi disabili ci troviamo il sabato, ma non basta: c'è un gruppo con un educatore?",
      "disabilita",
    ],
  ])("%j, wishing for the group or more, is still read as that need", (text, need) => {
    expect(classifier.classify(text).intent).toBe(need);
  });
});

describe("a service told as in place", () => {
  it.each([
    "mia nonna prende la pensione di reversibilità dal 2019",
    "We did the ISEE at the CAF in the spring, it took an hour.",
    "la vicina ha trovato una tata tramite la parrocchia",
    "my uncle attends a day centre near Piazza Napoli",
    "Our little one started psychomotor sessions at the nursery after Easter.",
    "The WeMi space near Piazza Prealpi helped my sister with her papers.",
    // A group one belongs to (session 26).
    "nel nostro gruppo di caregiver del giovedì siamo ormai in dodici",
    "In our group for parents of autistic kids we swap lifts to school.",
    // The family's own service, told with a time that comes back (session 26, second round).
    "La nostra colf viene il lunedì e il giovedì.",
    "my mum's cleaner comes twice a week",
    // Praised by comparison; gone to or brought, as a habit; a group joined (session 27).
    "Our nanny comes on Mondays and the kids have never been so calm.",
    "Al doposcuola della parrocchia ci vanno da due anni.",
    "la spesa gliela portano i ragazzi del quartiere il sabato",
    "my aunt joined a choir for pensioners last spring",
    // A meeting attended, told by who was there or how it went (session 29).
    "sabato all'incontro per i familiari che assistono qualcuno c'erano anche due psicologhe",
    "the carers' meeting at the parish was really useful, we're going back next month",
    // Help had, told with thanks or as the best that happened (session 30).
    "the parents' group at the WeMi space really helped us this winter",
    "l'ISEE è andato a buon fine, grazie a chi ci ha aiutati allo sportello",
    "il corso di italiano del martedì è la cosa migliore di quest'anno, per me",
    // A course attended told in the first person, as «frequenta» is in the third (session 41).
    "frequento il corso di italiano serale, sono già al livello B1",
    "We attend the parents' group at the WeMi space on Saturdays.",
  ])("%j", (text) => {
    expect(toldInPlace(text)).toBe(true);
  });

  it.each([
    // Not had yet, wanted, owed, asked, hard, or one's own trade done.
    "non abbiamo ancora trovato la badante",
    "I have to do my ISEE before June",
    "how did you get a carer for your mum?",
    "prende i pasti a domicilio ma è sempre sola",
    "ho fatto la badante per dieci anni a Brescia",
    "nel nostro gruppo di genitori nessuno sa a chi chiedere per la psicomotricità",
    "mio padre prende i pasti a domicilio, nessun problema con quelli, ma non riesce a cucinare",
    // A service jotted down with its hours is asked for, not had.
    "cleaner for my flat, once a week",
    "una colf il giovedì per il nostro appartamento",
    // Gone to, but something is missing.
    "al gruppo ci andiamo ma nessuno ci ascolta",
    "frequento il corso di italiano ma non capisco niente",
  ])("%j is not", (text) => {
    expect(toldInPlace(text)).toBe(false);
  });
});
