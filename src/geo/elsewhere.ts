/**
 * Words saying a place is not a home (where one comes from, works, studies, shops or is treated),
 * on normalised tokens, with the uses of the same words that still leave it a home: a pharmacy on
 * duty, a shop one lives beside, a job sought there. Kept apart from owner.ts, which reads whose
 * home a place is.
 */

import { jobSought } from "./employer.js";
import { MOVED, moverAt } from "./moving.js";
import { cyrillic } from "./normalize.js";

/** Words saying a place is not a home: where one comes from, works, studies or is treated. */
const ELSEWHERE: ReadonlySet<string> = new Set([
  "vengo",
  "viene",
  "veniamo",
  "venuto",
  "venuta",
  "nato",
  "nata",
  "nati",
  "arrivato",
  "arrivata",
  "arrivati",
  "originario",
  "originaria",
  "lavoro",
  "lavora",
  "lavoriamo",
  "lavorato",
  "lavoravo",
  "lavorava",
  "studio",
  "studia",
  "ricoverato",
  "ricoverata",
  "ricovero",
  "dimesso",
  "dimessa",
  "operato",
  "operata",
  "vado",
  "va",
  "andare",
  "andiamo",
  "porto",
  "portare",
  "accompagnare",
  // Medical visits, and who goes with one to them: «qualcuno che mi accompagna alle visite al
  // San Carlo» is treated at the hospital, not living there.
  "accompagna",
  "visite",
  "work",
  "works",
  "from",
  "born",
  "study",
  // Working, in the other languages the bot reads, in forms that are only verbs (es «trabajo»,
  // pt «trabalho» are also «a job», sought where one lives): es «trabaja», fr «travaille»,
  // pt «trabalha», ro «lucrez», sq «punoj», tl «nagtatrabaho», uk «працюю», ru «работаю».
  "trabaja",
  "trabajan",
  "travaille",
  "travaillons",
  "trabalha",
  "lucrez",
  "lucreaza",
  "lucram",
  "punoj",
  "punon",
  "nagtatrabaho",
  ...cyrillic("працюю працює працюємо работаю работает работаем"),
  // The same typed in Latin letters, as the passport and chat spell them: «sestra pratsiuie colf
  // u simji v Brera».
  "pratsiuiu",
  "pratsiuie",
  "pratsyuyu",
  "pratsyuye",
  "rabotaiu",
  "rabotayu",
  "rabotaet",
  // Come out of a hospital, in the other languages: «salió del hospital San Carlo», «a ieșit
  // din spital», «saiu do hospital», «sorti de l'hôpital», as Italian «dimesso» (not «sortie»,
  // also the exit where one lives: «près de la sortie du métro Loreto»).
  "salio",
  "salieron",
  "discharged",
  "iesit",
  "externat",
  "externata",
  "saiu",
  "sorti",
  // A shop, bank or firm named before the place is where one works or shops, not a home: «lavoro
  // in un negozio di scarpe in corso Genova», «a bank in Porta Nuova», «io negozio tutto giorno
  // via Paolo Sarpi». Not «ufficio», «office»: «the WeMi office near Loreto» asks for a space
  // near where one is.
  "negozio",
  "tienda",
  "negocio",
  "magazin",
  "loja",
  ...cyrillic("магазин крамниця"),
  "banca",
  "azienda",
  "fabbrica",
  "shop",
  "bank",
  "company",
  "factory",
  // A market or supermarket, and what is sold there: «vende frutta in via Vigevano», «ho un
  // banco al mercato di piazzale Lagosta», «un supermercado de via Bovisasca»; the home of whom
  // is not said («il supermercato di piazzale Corvetto per lui è lontano»).
  "mercato",
  "mercado",
  "market",
  "supermercato",
  "supermercado",
  "supermarket",
  "vende",
  "vendo",
  "vendiamo",
  "sells",
  // A bar or restaurant, a trade or a shift named before the place is where one works too:
  // «apriamo il bar in via Teodosio», «sono infermiera al Besta», «faccio il postino in zona
  // Ortica», «empiezo turno en el hospital Sacco».
  "bar",
  "barista",
  "ristorante",
  "restaurant",
  // es, pt «restaurante»; a pizzeria, in every language: «trabajo de noche en una pizzeria de
  // viale Monza».
  "restaurante",
  "pizzeria",
  // A hairdresser's or a salon: «trabalho num salão na Sarpi» (pt «trabalho» is also a job).
  "salao",
  "parrucchiere",
  "parrucchiera",
  "peluqueria",
  "hairdresser",
  "farmacista",
  "infermiera",
  "infermiere",
  "nurse",
  "postino",
  "postina",
  "turno",
  "turni",
  "shift",
  "shifts",
]);

/** «la farmacia di turno a Lambrate»: a pharmacy on duty, not a shift worked there. */
const onDuty = (tokens: readonly string[], at: number) =>
  tokens[at] === "turno" && tokens[at - 1] === "di";

/** Premises among ELSEWHERE's words: where one works or shops, unless one lives beside them. */
const PREMISES: ReadonlySet<string> = new Set([
  ...["negozio", "banca", "azienda", "fabbrica", "shop", "bank", "company", "factory"],
  ...["tienda", "negocio", "magazin", "loja", ...cyrillic("магазин крамниця")],
  ...["mercato", "mercado", "market", "supermercato", "supermercado", "supermarket"],
  ...["bar", "ristorante", "restaurant", "restaurante", "pizzeria"],
  ...["salao", "parrucchiere", "peluqueria"],
]);
/** Words of nearness just before premises: «abito vicino al mercato di piazza Wagner». */
const NEAR: ReadonlySet<string> = new Set([
  ...["vicino", "accanto", "dietro", "davanti", "sopra", "sotto", "near", "next", "behind"],
  ...["opposite", "above", "cerca", "junto", "encima", "langa", "perto", "pres", "afer"],
]);
/** Premises named as a landmark beside a home, not as a workplace or a shop one goes to. */
const beside = (tokens: readonly string[], at: number) =>
  PREMISES.has(tokens[at] ?? "") &&
  (NEAR.has(tokens[at - 1] ?? "") ||
    NEAR.has(tokens[at - 2] ?? "") ||
    NEAR.has(tokens[at - 3] ?? ""));

/** «ufficio», «office» and the articles that may stand between them and «in», «at». */
const OFFICE: ReadonlySet<string> = new Set(["ufficio", "office"]);
const OFFICE_ARTICLES: ReadonlySet<string> = new Set(["un", "l", "an", "the", "my"]);
const IN_OR_AT: ReadonlySet<string> = new Set(["in", "at"]);
/**
 * An office one is in is at work: «ho ripreso a lavorare, in ufficio a Garibaldi», «part-time in
 * un ufficio a Lambrate», «me in an office in Porta Nuova». An office asked about is a space
 * near the citizen (not in ELSEWHERE): «l'ufficio WeMi vicino a Loreto», «is there a WeMi office
 * in Lambrate?» have no «in» or «at» before the office.
 */
const atTheOffice = (tokens: readonly string[], at: number) =>
  OFFICE.has(tokens[at] ?? "") &&
  (IN_OR_AT.has(tokens[at - 1] ?? "") ||
    (OFFICE_ARTICLES.has(tokens[at - 1] ?? "") && IN_OR_AT.has(tokens[at - 2] ?? "")));

/**
 * Working somewhere, in the infinitive, right before where: «ho ricominciato a lavorare al
 * Niguarda» (the hospital). Not further back: «voglio imparare italiano per lavorare, dove fanno
 * scuola vicino metro Abbiategrasso?» asks near home.
 */
const TO_WORK_AT: ReadonlySet<string> = new Set(["al", "alla", "allo", "nel", "nella", "presso"]);
const workingAt = (tokens: readonly string[], at: number) =>
  tokens[at] === "lavorare" && TO_WORK_AT.has(tokens[at + 1] ?? "");

/**
 * Taken somewhere, not moved house: «è stata trasferita al Policlinico», «l'hanno trasferito in
 * RSA». A reflexive move («mi sono trasferita a Baggio») is a home: see moving.ts.
 */
const transferred = (tokens: readonly string[], at: number) =>
  MOVED.has(tokens[at] ?? "") && moverAt(tokens, at) === undefined;

/** Whether the word at `at` says the place after it is no home (a word of ELSEWHERE, here). */
export const saysElsewhere = (tokens: readonly string[], at: number) =>
  atTheOffice(tokens, at) ||
  workingAt(tokens, at) ||
  transferred(tokens, at) ||
  (ELSEWHERE.has(tokens[at] ?? "") &&
    !onDuty(tokens, at) &&
    !beside(tokens, at) &&
    !jobSought(tokens, at));
