/**
 * Questions about language itself, not a need (other-request.ts asks them first): a word's
 * spelling, translation or grammar, a subject studied or its exam, a word puzzle, a text of one's
 * own to correct. Read on
 * the message as plainWords gives it, with a space at each end.
 */

/**
 * A word asked about, not a need: its spelling («come si scrive caregiver?»), a grammar
 * exercise («analisi logica di…»), or a word named beside a word of language study («the
 * word badante in my grammar homework»).
 */
const A_WORD_STUDIED =
  /\b(?:come si (?:scrive|pronuncia)|how (?:do you|to|do i) (?:spell|pronounce)|spelled|analisi (?:logica|grammaticale)|complemento (?:oggetto|di \w+))\b/u;
/**
 * A word's translation or its right form asked («come si dice babysitter in italiano corretto?»,
 * «is it il problema or la problema?», «is the Italian for nanny tata or bambinaia?»); not «come si dice» dropped mid-sentence by a learner
 * looking for the word («cerco niñera… come si dice, babysitter per 2 bambini»).
 */
const A_WORD_ASKED =
  /\b(?:(?:come si dice|how do you say|how to say) (?:\w+ ){1,3}in (?:italiano|inglese|italian|english)|the (?:italian|english) (?:word )?for \w+ (?:\w+ )?(?:or|is)\b|(?:is it|si dice|si scrive) (?:il|la|lo|l|un|una|uno|a|an|the) \w+ (?:or|o) (?:il|la|lo|l|un|una|uno|a|an|the) \w+)\b/u;
/**
 * A subject of study asked about («la psicomotricità è una materia che si studia all'università?»,
 * «is there a degree in social work?»): a student's question, not a service wanted.
 */
const A_SUBJECT_STUDIED =
  /\b(?:materia (?:che si studia|universitaria)|si studia (?:all|a|in) (?:universita|scuola|liceo)|corso di laurea|laurea (?:in|triennale|magistrale)|(?:degree|major) in|(?:study|studying|studiare) (?:\w+ ){0,2}(?:at|all) (?:uni|university|universita|college))\b/u;
/**
 * A student's exam or a word puzzle («è per l'esame di diritto tributario di domani», «l'esame di
 * psicomotricità è difficile?», «for my pharmacology exam», «cruciverba: 7 lettere»): a need's
 * word studied or guessed, not a service wanted. Not the Italian exam a newcomer sits for the
 * permit («devo fare l'esame A2 per il permesso»), which is the courses' need.
 */
const AN_EXAM_OR_PUZZLE =
  /\b(?:(?:per|for) (?:l |un |the |an |my |his |her |our )?(?:\w+ )?(?:esame|exam)|(?:l|un) esame di|cruciverba|parole crociate|crossword|\d+ (?:lettere|letters))\b/u;
const THE_ITALIAN_EXAM =
  /\b(?:italian\w*|lingua|livello|level|a1|a2|b1|b2|permesso|cittadinanza|citizenship)\b/u;
/**
 * A grammar question: a term of grammar named («quando si usa il congiuntivo?», «still hopeless
 * with the subjunctive», «conjugate andare in the passato remoto»); not doubled letters, a
 * dyslexic child's sign. Beside a course asked for it is a newcomer's Italian, left to the model.
 */
const GRAMMAR_TERM =
  /\b(?:congiuntiv\w*|condizionale|indicativo|imperfetto|passato (?:remoto|prossimo)|trapassato|participi\w*|gerundi\w*|pronom\w* (?:relativ|personal|dirett|indirett)\w*|preposizioni articolate|coniug\w*|subjunctive|past participle|gerund|conjugat\w*|verb tenses?)\b/u;
const A_COURSE = /\b(?:cors[oi]|lezion[ei]|class(?:es)?|courses?|lessons?|scuola|school)\b/u;
const A_WORD_NAMED = /\b(?:la parola|il termine|the word|the term) (?!problem)/u;
/** A learning disorder told: the homework is the child's difficulty («word problems make her cry»). */
export const LEARNING_DISORDER =
  /\b(?:disless\w*|dyslex\w*|dsa|disgraf\w*|dysgraph\w*|discalcul\w*|dyscalcul\w*)\b/u;
const LANGUAGE_STUDY =
  /\b(?:compit\w*|homework|grammatic\w*|grammar|eserciz\w*|exercise|aggettiv\w*|adjective|noun|sostantiv\w*|verb|verbo|plural\w*|sinonim\w*|synonym|dizionario|dictionary|etimologia|etymology|scrive|spell\w*)\b/u;

/**
 * A text of one's own asked to be corrected («devo scrivere una mail formale in italiano al mio
 * capo, me la correggi?», «can you proofread my cover letter?»): the bot asked to do it, not a
 * course; «la maestra corregge…» tells, and a learning disorder told makes it the child's need.
 * Not a CV, which a job seeker may bring to WeMi's work desk.
 */
const TO_CORRECT =
  /\b(?:me (?:la|lo|le|li) correggi|correggi(?:mi|la|lo)?|correggere|correggermi|proofread|correct (?:my|this|it))\b/u;
const A_TEXT =
  /\b(?:(?:e ?)?mail|lettera|testo|messaggio|frase|frasi|tema|letter|text|message|sentences?|essay)\b/u;

/** Whether the message asks about language itself (the caller sets a learning disorder aside). */
export const asksOfLanguage = (text: string): boolean =>
  A_WORD_STUDIED.test(text) ||
  A_WORD_ASKED.test(text) ||
  A_SUBJECT_STUDIED.test(text) ||
  (AN_EXAM_OR_PUZZLE.test(text) && !THE_ITALIAN_EXAM.test(text)) ||
  (A_WORD_NAMED.test(text) && LANGUAGE_STUDY.test(text)) ||
  (GRAMMAR_TERM.test(text) && !A_COURSE.test(text)) ||
  (TO_CORRECT.test(text) && A_TEXT.test(text));
