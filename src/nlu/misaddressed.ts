/**
 * Messages with a need's words that are not asking WeMi anything: news told or checked, an errand
 * written to someone dear or a note to a child's teacher sent here by mistake. Read on the
 * message as plainWords gives it (accents and marks gone, lower case), Italian and English;
 * other-request.ts weighs them beside what else is asked.
 */

/**
 * News or a report seen, read or heard, told or checked («ho letto che l'ISEE aumenta, è vero?»,
 * «ieri ho visto un servizio in tv sui custodi sociali», «I read an article about carers»): an
 * opinion of the world, not a need. Not when anything is asked of the bot beside «is it true?»
 * («ho sentito che fate corsi di italiano, quando iniziano?»), nor a need said beside it.
 */
const NEWS =
  /\b(?:ho (?:letto|visto|sentito)|abbiamo (?:letto|visto|sentito)|i (?:read|saw|heard)|(?:i ve|i have|we ve) (?:read|seen|heard))\b(?: \w+){0,5}? (?:in tv|alla tv|al tg|al telegiornale|sul giornale|alla radio|un servizio|un articolo|un documentario|una notizia|un reportage|on (?:the )?(?:tv|news|radio)|an? (?:article|report|documentary|piece)|in the (?:paper|news))\b|\b(?:ho letto|ho sentito|i read|i heard) (?:\w+ ){0,2}?(?:che|that)\b/u;
/**
 * The same news asked of the reader («hai visto il servizio sulle colf in nero?», «did you see
 * the news about…»), or told by its source («al tg hanno detto che…», «it was on the news»,
 * «secondo il telegiornale…»).
 */
const NEWS_BY_ITS_SOURCE =
  /\b(?:(?:hai|avete) (?:visto|letto|sentito) (?:il servizio|la notizia|l articolo|il tg|il telegiornale)|did you (?:see|read|hear) (?:the|that|about)|(?:al tg|al telegiornale|in tv|alla tv|alla radio|sul giornale|on the news|on tv|in the news|on the radio|in the paper) (?:hanno detto|dicono|ha detto|said|say)|(?:it was|e passato|era) (?:on|in|al|alla|sul) (?:the )?(?:news|tg|telegiornale|radio|giornale|paper)|(?:secondo|according to) (?:il |la |the )?(?:tg|telegiornale|giornale|radio|news|paper))\b/u;
const ASKED_BESIDE_NEWS =
  /\b(?:quando|dove|come|chi|quale|quali|quanto|cosa|posso|potete|si puo|c e|ci sono|serve|servirebbe|cerc\w*|vorrei|bisogno|when|where|how|who|which|what|can|could|need|looking|want|would)\b/u;
const IS_IT_TRUE = /\b(?:ma )?(?:e vero|davvero|is (?:it|that|this) true|really)\b/gu;

/** News told or checked, nothing else asked (see NEWS). */
export const toldNews = (text: string): boolean =>
  (NEWS.test(text) || NEWS_BY_ITS_SOURCE.test(text)) &&
  !ASKED_BESIDE_NEWS.test(text.replace(IS_IT_TRUE, " "));

/**
 * An errand written to someone dear, sent here by mistake («senti amore ricordati di prendere il
 * latte…», «ciao amore compra il pane tornando a casa», «babe can you grab milk on the way
 * home»): a partner called by name of love at the start, and an errand asked of them.
 */
const TO_SOMEONE_DEAR =
  /^(?:(?:ciao|senti|hey|hi|ok|oh) )?(?:amore|tesoro|amo|love|babe|honey|darling)\b/u;
const ERRAND =
  /\b(?:compra|comprare|prendi|prendere|ricordati|passa|porta|buy|get|grab|pick up|remember)\b/u;

/** An errand written to someone dear (see TO_SOMEONE_DEAR); `text` is `plain` padded with spaces. */
export const errandToSomeoneDear = (plain: string, text: string): boolean =>
  TO_SOMEONE_DEAR.test(plain) && ERRAND.test(text);

/**
 * A note to a child's teacher or coach, sent here by mistake («ciao mister, stasera non viene
 * all'allenamento, ha la febbre», «maestra, domani c'è la gita?»): the teacher or coach called
 * at the start, and the child's day (school, training, a match, a trip, being ill) in the note.
 */
const TO_TEACHER_OR_COACH =
  /^(?:(?:ciao|buongiorno|buonasera|salve|gentile|cara|caro|hi|hello|dear) )?(?:mister|maestra|maestro|maestre|prof|professoressa|professore|coach|teacher)\b/u;
const CHILDS_DAY =
  /\b(?:allenamento|partita|gita|compiti|scuola|lezione|classe|assente|febbre|training|practice|match|trip|homework|school|class|absent|fever)\b/u;

/** A note to a child's teacher or coach (see TO_TEACHER_OR_COACH). */
export const noteToTeacherOrCoach = (plain: string, text: string): boolean =>
  TO_TEACHER_OR_COACH.test(plain) && CHILDS_DAY.test(text);
