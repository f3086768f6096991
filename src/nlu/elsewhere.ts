/** What WeMi does not serve, named beside a need's words: a pet, a shop, an app, a film, schoolwork. */

import { ANIMALS_ALONE } from "./animals.js";

/**
 * Words of what WeMi does not serve, each used by no need among the it/en training examples
 * and development messages (session 8): pets (data/nlu/animals.yaml, with what their care
 * needs), business premises, apps and shops online, media, other languages to learn, banks and
 * phone companies; and the offices of documents and papers of stay (session 23: the police
 * headquarters, a consulate, a passport), where a foreigner's question about a renewal goes,
 * not to WeMi's help with forms. Italian for foreigners is a need, and "parla inglese" a wish about a carer:
 * a language name alone is not here (see LESSON).
 */
const ELSEWHERE = new Set([
  ...ANIMALS_ALONE,
  ..."animale animali veterinario vet bar gym pilates yoga pasticceria hotel albergo condominio app duolingo babbel amazon film documentario documentary podcast radio news netflix serie series libro tesi thesis essay telegiornale articolo spanish tedesco german francese french giapponese japanese banca bank vodafone tim iliad fastweb enel telefonica customer clienti questura prefettura consolato consulate ambasciata embassy passaporto passport".split(
    " ",
  ),
]);
/** A course of a language other than Italian: "corso di inglese", "English lessons". */
const LESSON = /^(cors[oi]|lezion[ei]|class[ei]|courses?|class(es)?|lessons?)$/;
const FOREIGN_LANGUAGE =
  /^(inglese|english|spagnolo|spanish|tedesco|german|francese|french|cinese|chinese|arabo|arabic|russo|russian|portoghese|portuguese|giapponese|japanese)$/;
const isLessonOf = (tokens: readonly string[], i: number) =>
  FOREIGN_LANGUAGE.test(tokens[i] as string) &&
  (LESSON.test(tokens[i + 1] ?? "") ||
    LESSON.test(tokens[i - 1] ?? "") ||
    (tokens[i - 1] === "di" && LESSON.test(tokens[i - 2] ?? "")));

/** What a theme or an essay is about: «un tema sulla famiglia», «an essay on carers». */
const ABOUT = /^(su|sul|sull|sullo|sulla|sulle|sui|sugli|about|on)$/;

/** What research is about («sulla», «sull'», «about»); not the bare «su», «on» of «su internet». */
const TOPIC = /^(sul|sull|sullo|sulla|sulle|sui|sugli|about)$/;
const ONLINE = /^(web|internet|google|sito|siti|telefono|cellulare)$/;

/**
 * Going over a subject for a test («mi fa ripetere per l'esame», «revising for my exam»); not
 * «studiare», which a child with a learning disorder needs help with («il metodo di studio»).
 */
const isRevising = (token: string | undefined) =>
  /^(ripetere|ripassare|revise|revising)$/.test(token ?? "");

const SCHOOL = /^(scuola|school|universita|university|uni|classe|class|corso|course|esame|exam)$/;

/**
 * A conditional asked of someone («sapete chi potrebbe farsi intervistare?», «qualcuno che
 * saprebbe…»): politeness, not a trouble told that would make schoolwork a need after all.
 */
export const askedPolitely = (tokens: readonly string[], i: number): boolean =>
  /ebbe(?:ro)?$/.test(tokens[i] as string) && /^(chi|che|se)$/.test(tokens[i - 1] ?? "");

/**
 * Schoolwork about a need: «una ricerca per la scuola sul lavoro», «una ricerca sulla
 * dislessia», «un tema su "la mia famiglia"», «è per un compito di educazione civica», «per un
 * esame di psicologia», «lavoro di gruppo sul welfare», «a school project on carers». A pupil learning about a service does not
 * ask for it; a child's homework said plainly («fa fatica con i compiti») is no such phrase.
 */
export function isSchoolwork(tokens: readonly string[], i: number): boolean {
  const [before2, before, token] = [tokens[i - 2], tokens[i - 1], tokens[i]];
  switch (token) {
    case "ricerca":
    case "research":
      // «una ricerca sulla dislessia», «research about ageing»: a topic studied, not a search
      // («una ricerca su internet» finds a carer, «ricerca di lavoro» looks for work).
      return (
        tokens.slice(i + 1, i + 4).some((t) => t === "scuola" || t === "school") ||
        (TOPIC.test(tokens[i + 1] ?? "") && !ONLINE.test(tokens[i + 2] ?? ""))
      );
    case "compito":
    case "esame":
    case "exam":
    case "interrogazione":
      // «per un esame di psicologia», «mi fa ripetere per l'esame», «revising for my exam».
      return (before === "un" && before2 === "per") || tokens.slice(i - 4, i).some(isRevising);
    case "statistiche":
    case "statistica":
    case "statistics":
      // Figures about a need («avete statistiche sulla dislessia?») are a student's or a
      // writer's data, not the service.
      return true;
    case "figures":
      return tokens.slice(i + 1, i + 3).some((t) => TOPIC.test(t) || t === "for");
    case "fonti":
    case "sources":
    case "bibliografia":
    case "references":
      // What is read for a paper («sources on active ageing policies», «fonti sulla dislessia»).
      return ABOUT.test(tokens[i + 1] ?? "");
    case "tesi":
    case "tesina":
    case "thesis":
    case "dissertation":
      // A pupil's or a student's paper, whatever it is about: «devo scriverlo nella tesina».
      return true;
    case "tema":
    case "essay":
      // «un tema su…», «un tema di italiano per domani sulla famiglia»; not «il tema è…».
      return tokens.slice(i + 1, i + 6).some((t) => ABOUT.test(t));
    case "gruppo":
      return before === "di" && before2 === "lavoro";
    case "civica":
      return before === "educazione";
    case "project":
    case "assignment":
      return before === "school" || before === "class";
    case "presentazione":
    case "presentation":
    case "relazione":
      // «una presentazione per l'università sui servizi per anziani», «a class presentation on…»,
      // «una presentazione sui DSA»: what it is about is its topic («del servizio» is no topic).
      return (
        tokens.slice(i + 1, i + 6).some((t) => SCHOOL.test(t)) ||
        TOPIC.test(tokens[i + 1] ?? "") ||
        before === "school" ||
        before === "class"
      );
    default:
      return false;
  }
}

/** Names what WeMi does not serve: one of ELSEWHERE's words, or a course of another language. */
export const namesElsewhere = (tokens: readonly string[], i: number): boolean =>
  ELSEWHERE.has(tokens[i] as string) || isLessonOf(tokens, i);
