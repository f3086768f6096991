/**
 * A person asked for in so many words: a number to call, someone to ring back, a real person
 * to speak with («is there a phone number I can call instead?», «can someone ring me?», «mi
 * richiamate?», «voglio parlare con una persona vera», «put me through to a human»; not «sei un
 * robot o una persona vera?»).
 * Writers of every set ask it this way while the model, which learnt it from fewer words,
 * leaves it below the bar. Italian and English here; the other languages' words are in
 * locales/<lang>/reading.yaml (person_asked), read beside these in read-words.ts.
 */
import type { Classification, Ranking } from "./decision.js";
import { OPERATOR_INTENT } from "./need.js";
import type { OtherWords } from "./negation-languages.js";
import { plainOf, turnedTo } from "./told-need.js";

const PERSON_ASKED =
  /\b(?:(?:a|the|your|un|il) (?:phone|telephone|contact) number|number (?:i|we) (?:can|could) (?:call|ring|phone)|numero (?:di telefono|(?:\w+ ){0,2}(?:da|per) chiamare)|(?:ring|call|phone) me|call me back|richiamat\w*|chiamatemi|mi (?:puo|potete|possono) (?:chiamare|telefonare)|(?:telefonate|chiamate) me|con (?:una |un )?persona vera|(?:to|with) (?:a |an )?(?:real|actual) person|(?:to|with) (?:a |an )?(?:real |actual )?human|(?:put|get) me through|connect me (?:to|with))\b/u;

/** Whether words, as plainWords gives them, name a person to speak with, in any language. */
export const saysPerson = (plain: string, other: OtherWords): boolean =>
  PERSON_ASKED.test(` ${plain} `) || other.personAsked(plain);

/** Chinese words are read apart (wordsOf) but its phrases are written unspaced. */
const HAN_GAP = /(\p{Script=Han}) (?=\p{Script=Han})/gu;

/**
 * How a piece of a message (reading.ts) speaks of a person: not at all, asking for one, or
 * refusing one — said, but no longer once what a negated wanting refuses is taken out
 * (negation.ts, with the message's own language's negations). «je ne veux pas parler à
 * quelqu'un», «non voglio essere richiamato», «I don't want anyone to call me» refuse the
 * person; «non riesco a parlare con una persona vera» tells an inability, and «no no… voglio
 * parlare con un operatore» a «no» that wants nothing away: both ask.
 */
export function personInPiece(
  piece: string,
  tokens: readonly string[],
  { negated, wantingNegated }: { negated: readonly boolean[]; wantingNegated: readonly boolean[] },
  other: OtherWords,
): "asked" | "refused" | undefined {
  if (!saysPerson(plainOf(piece), other)) return undefined;
  const joined = (words: readonly string[]) => words.join(" ").replace(HAN_GAP, "$1");
  // «我不想和工作人员说话»: a negation fused with its wanting refuses the person said after it.
  const fused = tokens.findIndex((token) => other.refusing.has(token));
  if (!wantingNegated.some(Boolean))
    return fused < 0 || saysPerson(joined(tokens.slice(0, fused)), other) ? "asked" : "refused";
  // A phrase the reader's words no longer spell (a dialect or learner's word made standard)
  // cannot be told refused from them: asked, as before this reading.
  if (!saysPerson(joined(tokens), other)) return "asked";
  const kept = joined(tokens.filter((_, i) => !negated[i] && !wantingNegated[i]));
  return saysPerson(kept, other) ? "asked" : "refused";
}

/**
 * A refused or unsure reading of a message that asks for a person is the person to talk to,
 * however low the model ranks it; a need read surely is kept (the person is offered with it
 * elsewhere), and so is a message that asks nothing WeMi does («assistenza caldaia, qualcuno
 * ha un numero?»: ReadWords.satisfied).
 */
export function asPersonAsked(
  decision: Classification,
  ranking: Ranking,
  /**
   * The message as read: asks nothing WeMi does (satisfied), tells a story, asks a person, asks
   * to be called about something named (asked-object.ts).
   */
  words: {
    readonly satisfied: boolean;
    readonly story: readonly unknown[];
    readonly personAsked: boolean;
    readonly callsAbout: boolean;
  },
): Classification {
  if (words.satisfied) return decision;
  if (decision.intent !== null && !decision.ambiguous) return decision;
  // Already offered beside a need («una badante, ma preferisco parlarne al telefono»).
  if (decision.also === OPERATOR_INTENT) return decision;
  // Read only here, for a need still open (ReadWords).
  if (!words.personAsked) return decision;
  const tellsAStory = words.story.length > 0;
  // A story's need, even unsure, is kept: in «Nu mai am viață… să vorbesc cu cineva care
  // înțelege prin ce trec» the someone is a carer's listener, not the office. The person read
  // first but unsure («je voudrais parler à quelqu'un», 0.57) is made sure: offered at once.
  if (tellsAStory && decision.intent !== null && decision.intent !== OPERATOR_INTENT)
    return decision;
  if (words.callsAbout) return decision;
  // A need beside the person keeps its place: «can someone call me? … meal delivery».
  return turnedTo(decision, ranking, OPERATOR_INTENT, decision.also, ranking.ranked.length);
}
