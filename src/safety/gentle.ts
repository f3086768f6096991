import { clauseOfWords } from "./clauses.js";
import type { Found } from "./cue-index.js";
import type { Reading } from "./reading.js";
import { happensToOthers, namesTeller } from "./whose.js";

/**
 * Which heard alarm is the background of a request, answered with the need and one gentle line
 * giving 112 and 1522 (a caution), and which is an alarm: what is told before an end, someone
 * else's story told calmly, blows denied, blows an illness explains.
 */

/** Kinds whose alarm stays whoever they happen to: a collapse or a crisis is silenced apart. */
const FULL_ANSWER_KINDS: ReadonlySet<string> = new Set(["collapse", "distress"]);

/** Words between a cue and a time that still belongs to its clause («aggredito per strada a Loreto l'anno scorso»). */
const CLAUSE_WORDS = 6;

/** The first heard cue that alarms, and the first that is only background. */
export function alarmOrBackground(
  r: Reading,
  heard: readonly Found[],
): { alarm: Found | undefined; background: Found | undefined } {
  const { has, all, found, negatedAt, words, sentenceOf, sentence, lastOf } = r;
  // What is told before a situation ended, in a message asking for an everyday service ("mi
  // picchiava, ci siamo separati, ora cerco lavoro", "I used to be in an abusive
  // relationship, it's over, now I'm looking for cleaning work"), is the request's
  // background: violence and suicide there get the need's answer and one gentle line with
  // 112 and 1522 (a caution), not the full danger answer; what comes after the end is heard
  // as new ("ci siamo separati ma mi segue"). Either alone is not enough: over the 19
  // development writers 2 of 1,399 dangers ask for a service, neither saying it has ended.
  // Fine now (`resolved`) is not ended: «ieri mi ha stretto le mani al collo, ora sto bene,
  // cerco lavoro» keeps the full answer (he may still be there).
  const endedAt = has("request") && !has("still") ? lastOf("ended") : -1;
  const notNow = r.sentencesWith("not_now");
  // Someone else's violence or wish to die told calmly, as happening at times (in its own
  // sentence), before an end, or before a request for a service it is the background of
  // («mia madre ogni tanto dice che è stanca di vivere, poi ride», «mio padre con la demenza
  // grida che lo vogliono ammazzare, cerchiamo un gruppo per familiari»), is answered with
  // the gentle line, not the full answer; the citizen's own («a volte penso che sarebbe
  // meglio morire») keeps the rules above, and so does a story told after the request
  // («cercavo una badante, ma volevo dire che mio fratello picchia la mamma»). Over the 20
  // development writers, leaving one out: 8 fewer false alarms of 2,522, no danger fewer.
  // Before an end, or told before a request as its background.
  const storyBefore = Math.max(lastOf("ended"), lastOf("request"));
  // Or placed months or years back by a time said next to it («un mio amico è stato
  // aggredito per strada l'anno scorso, ora ha paura a uscire»): someone else's past. Next
  // to it, not anywhere in the sentence: «la controlla sul telefono e le ha rotto un dente
  // l'anno scorso» places the tooth back, not the control, which goes on.
  const backThen = found.filter((b) => b.cue.role === "back_then");
  const placedBack = (f: Found) =>
    backThen.some(
      (b) =>
        sentence(b) === sentence(f) &&
        (b.start >= f.end ? b.start - f.end : f.start - b.end) <= CLAUSE_WORDS,
    );
  const theirs = (f: Found) =>
    !has("still") &&
    !FULL_ANSWER_KINDS.has(f.cue.role) &&
    (notNow.has(sentence(f)) || placedBack(f) || f.start < storyBefore) &&
    happensToOthers(
      words,
      { sentenceOf, clauseOf: clauseOfWords(r) },
      { language: f.cue.language, start: f.start, end: f.end },
    );
  // Blows the citizen denies («non mi ha mai picchiata», «lui non mi picchia, ma…»), in a
  // message asking for an everyday service: the control or the insults told beside them are
  // the request's background, answered with the need and the gentle line. Over the 20
  // development writers, leaving one out: 2 fewer false alarms of 2,521, no danger fewer.
  const deniesBlows =
    has("request") &&
    !has("still") &&
    all.some((f) => f.cue.role === "violence" && negatedAt.has(f.start));
  const besideDenial = (f: Found) => deniesBlows && f.cue.role === "violence";
  // Blows from someone whose illness explains them (dementia, autism), told by the carer
  // they fall on as happening at times, or as the background of a request for a carer or a
  // group («mio padre con l'Alzheimer la sera mi spinge, cerco una badante»): the need's
  // answer and the gentle line. Tonight, right now, again (`still`) keep the alarm, and so
  // does a blow told after the request or falling on someone else.
  const fromIllness = (f: Found) =>
    f.cue.role === "violence" &&
    has("illness") &&
    !has("still") &&
    (notNow.has(sentence(f)) || f.start < lastOf("request")) &&
    namesTeller(words, { language: f.cue.language, start: f.start, end: f.end });
  // A story placed months or years back, then told as over now («hace años mi ex me
  // maltrataba, pero ya estoy bien», «il mese scorso ho pensato di farla finita, poi ho
  // iniziato la terapia»): what is told from the sentence placing it back up to the end is a
  // past the citizen came through, answered with the need (if any) and the gentle line. Either
  // alone is not enough: a beating last year may still go on, and «ieri mi ha picchiata, ora
  // sto bene» is no distant past; a cue after the end, or `still`, keeps the alarm. Both are
  // read in one language, so that a word of another («dati», Tagalog «once», Italian «data»)
  // does not place an Italian story back.
  const ends = found.filter((f) => f.cue.role === "resolved" || f.cue.role === "ended");
  const spans = backThen.map((back) => ({
    since: sentence(back),
    closed: Math.max(
      -1,
      ...ends
        .filter((end) => end.cue.language === back.cue.language && end.start > back.start)
        .map((end) => end.start),
    ),
  }));
  const cameThrough = (f: Found) =>
    !has("still") && spans.some((s) => sentence(f) >= s.since && f.end <= s.closed);
  const gentle = (f: Found) => theirs(f) || besideDenial(f) || fromIllness(f) || cameThrough(f);
  return {
    alarm: heard.find((f) => f.start >= endedAt && !gentle(f)),
    background: heard.find((f) => f.start < endedAt || gentle(f)),
  };
}
