import { type Found, ROLES, type Role } from "./cue-index.js";
import { DANGER_KINDS } from "./kinds.js";
import { isCry, openingCry, type Reading } from "./reading.js";
import { NOT_SERIOUS, reportsSpeech, sequenceBetween, turnBetween } from "./sentences.js";
import { namesTeller } from "./whose.js";

/**
 * Which alarm cues of a message are heard, and whether the message is silenced for the readers
 * that cannot name a cue (the model, the classifier): what is told as over, long ago, at times,
 * as a figure of speech, about a topic, as a joke or around a request for a service.
 */

const ALARMS: ReadonlySet<Role> = new Set(DANGER_KINDS);
/**
 * `over`, `ended`, `not_now`, `request` and `resolved` silence these kinds only: violence and suicide
 * stay dangerous.
 */
const SILENCED_WHEN_OVER: ReadonlySet<Role> = new Set(["collapse", "distress"]);

const byRole = (role: Role) => ROLES.indexOf(role);
/**
 * What makes a collapse or a crisis told after a request news rather than its background: this
 * morning's («stamattina»), or a silence lasting up to now («da tre giorni non apre»).
 */
const NEWS: ReadonlySet<Role> = new Set(["today", "since"]);

/** The alarm cues heard, the most serious kind first. */
export function heardAlarms(r: Reading): Found[] {
  const { found, has, sentence, words } = r;
  // "Ho visto un film sulla violenza" is about the film; "mi picchia. Stasera ho il corso di
  // italiano" is not: a topic silences the cues of its own sentence only, and not across a
  // word of contrast or a turn («a volte mi picchia quando beve, ma io volevo chiedere un
  // corso di italiano»: the course is what she turns to, not what the blows are about).
  // Nor what the citizen tells as happening to them next («ho visto un film con mio marito e
  // poi mi ha picchiata»): a plot told on («… e poi la uccide») stays the topic's.
  const topics = found.filter((t) => t.cue.role === "not_danger");
  const toldNext = (t: Found, f: Found) =>
    t.end <= f.start &&
    sequenceBetween(words, t.end, f.start) &&
    namesTeller(words, { language: f.cue.language, start: f.start, end: f.end });
  const aboutTopic = (f: Found) =>
    topics.some(
      (t) =>
        sentence(t) === sentence(f) &&
        !turnBetween(words, Math.min(t.end, f.end), Math.max(t.start, f.start)) &&
        !toldNext(t, f),
    );
  // A finished past covers what was told up to it ("mi picchiava. È successo anni fa"), not
  // what comes after ("Mio padre è morto anni fa. Mio marito mi picchia"), nor a danger told in
  // the present before it: «mio marito mi picchia, anni fa era un uomo dolce» puts him in the
  // past, not the blows.
  const longAgo = has("still") ? -1 : Math.max(-1, ...r.sentencesWith("long_ago"));
  const pasts = found.filter((p) => p.cue.role === "long_ago");
  const presents = found.filter((p) => p.cue.role === "present");
  const toldNow = (f: Found) =>
    presents.some((p) => p.start < f.end && f.start < p.end) &&
    !pasts.some((p) => sentence(p) === sentence(f) && p.start < f.start);
  const told = (f: Found) => sentence(f) <= longAgo && !toldNow(f);
  const idioms = found.filter((f) => f.cue.role === "idiom");
  const inIdiom = (f: Found) =>
    idioms.some(
      (i) =>
        i.start < f.end &&
        f.start < i.end &&
        !reportsSpeech(words, { source: i.cue.source, start: i.start, end: i.end }, f),
    );
  // A request is the background of the collapse or crisis told around it («è caduta a terra
  // in cucina, avrei bisogno di una badante», «cerco qualcuno, non si alza da solo dopo
  // l'operazione»), unless it is told after the request as today's news («avrei bisogno di
  // una badante, stamattina l'ho trovata a terra e non riesce a parlare bene») or as a silence
  // lasting up to now («volevo sapere per il custode sociale, mia zia da tre giorni non apre»).
  const request = r.lastOf("request");
  const news = (f: Found) =>
    f.start > request &&
    found.some((t) => NEWS.has(t.cue.role) && t.start > request && t.start <= f.start);
  const asked = (f: Found) => !has("still") && request >= 0 && !news(f);
  // "Ho avuto un attacco di panico stanotte, ora dorme tranquilla": over now, whatever came
  // before; what is told after it is heard as new. A verdict that names what it resolves holds
  // it too: «il medico dice che il dolore al petto è muscolare».
  const resolvedAt = r.lastOf("resolved");
  const resolutions = found.filter((t) => t.cue.role === "resolved");
  const resolved = (f: Found) =>
    f.start < resolvedAt || resolutions.some((t) => t.start <= f.start && f.end <= t.end);
  // A usual routine set against a silence lasting up to now («di solito la vedo ogni mattina,
  // ma da due giorni niente») is what has broken, not what happens at times.
  const since = r.sentencesWith("since");
  const notNow = r.sentencesWith("not_now");
  const mildNotNow = (f: Found) =>
    SILENCED_WHEN_OVER.has(f.cue.role) &&
    notNow.has(sentence(f)) &&
    !since.has(sentence(f)) &&
    !has("still");
  // A collapse or a crisis told as over or ended is over whatever the order; one told long ago
  // is over only up to that past (`told`): «da giovane aveva l'asma. Adesso non respira» is now.
  const over = (has("over") || has("ended")) && !has("still");
  // Today's news told after a request is not covered by what was over before the request
  // («da mesi cerchiamo aiuto per la spesa… però adesso la vicina dice che la mamma non apre e
  // da dentro si sente un lamento»): the request closed that story.
  const overBefore = (f: Found) =>
    news(f) && request > Math.max(r.lastOf("over"), r.lastOf("ended"));
  // A cry that opens a message and goes on is what the writer feels, not what happens: the
  // words after it say whether anyone is in danger (reading.ts, openingCry).
  const cried = openingCry(r) ?? 0;
  // Despair that is only a cry («I can't take it anymore, my mum needs a carer»), told with a
  // request for a service, is the request's background, as a crisis is (`asked`); a danger told
  // beside it in other words keeps the alarm.
  const cries = found.filter(isCry);
  const despairAsked = (f: Found) =>
    asked(f) && cries.some((c) => c.start <= f.start && f.end <= c.end);
  return (
    found
      .filter(
        (f) =>
          ALARMS.has(f.cue.role) &&
          !(((over && !overBefore(f)) || asked(f)) && SILENCED_WHEN_OVER.has(f.cue.role)),
      )
      .filter((f) => !inIdiom(f) && !aboutTopic(f) && !told(f) && !mildNotNow(f))
      .filter((f) => f.end > cried)
      .filter((f) => !despairAsked(f))
      // "Over now" quiets a collapse or a crisis told before it; a beating or a wish to die
      // is not over because the citizen is fine tonight ("ieri mi ha picchiata, ora sto bene").
      .filter((f) => !joking(r) && !(SILENCED_WHEN_OVER.has(f.cue.role) && resolved(f)))
      .sort((a, b) => byRole(a.cue.role) - byRole(b.cue.role))
  );
}

/** Told as over, or long ago, and not brought back to now. */
const toldAsPast = ({ has }: Reading) =>
  (has("over") || has("ended") || has("long_ago")) && !has("still");

const joking = ({ has, text }: Reading) => has("joke") || NOT_SERIOUS.test(text);

/** How the message frames what it tells, for the readers that cannot name a cue. */
export interface Framing {
  /** Silenced for the classifier, which reads the whole message, topic and all. */
  readonly quiet: boolean;
  /** Silenced for the model, which does not read the sentences about a topic. */
  readonly modelQuiet: boolean;
  /**
   * Silenced by the citizen's own framing, a joke, which even a model sure of danger is not
   * heard over (a silencer that matched by chance is). A request for a service is heard over
   * from MODEL_SURE_ODDS: someone not answering for two days beside a question on the custode
   * sociale, a husband who locks her in beside an Italian course. Each danger writer left out
   * as the bot reads, 2,981 → 2,984 of 3,029 dangers caught (danger-dev-34, -45), false alarms
   * 61 of 5,645 unchanged; from odds 20, one false alarm more (data/nlu/README.md, session 39).
   */
  readonly framed: boolean;
  /** Told as over or long ago, and not brought back to now. */
  readonly past: boolean;
  /**
   * Silenced for the model only by readings that hold a clause (a figure of speech, a past, a
   * resolution): the model still reads the rest (clauses.ts).
   */
  readonly byClause: boolean;
}

export function framingOf(r: Reading): Framing {
  const { has } = r;
  const past = toldAsPast(r);
  const byClause = past || r.lastOf("resolved") >= 0 || has("idiom");
  const whole =
    (has("request") && !has("still")) || joking(r) || has("whom_to_ask") || has("nuisance");
  return {
    quiet: byClause || whole || has("not_danger"),
    modelQuiet: byClause || whole,
    framed: joking(r),
    past,
    byClause: byClause && !whole,
  };
}
