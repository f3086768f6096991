import { asActiveAgeing } from "./ageing.js";
import { asCarerRoleTold, asCarersOwnNeed, asWornCarer } from "./carer.js";
import { asChildcare } from "./childcare.js";
import { asChoreNeed, withSecondChore } from "./chores.js";
import type { Classification, Ranking } from "./decision.js";
import { asDiagnosisTold } from "./diagnosis.js";
import {
  asNeedAfterGreeting,
  withoutGreetingBesideQuestion,
  withoutGreetingBesideWhere,
} from "./greeting.js";
import { asTradeHired, toldHiring } from "./hiring.js";
import { asHomeCare } from "./home-care.js";
import { asInPlace } from "./in-place.js";
import { asItalianCourse } from "./learner.js";
import { asPensionAsked } from "./pension.js";
import { asPersonAsked } from "./person-asked.js";
import type { ReadWords } from "./read-words.js";
import type { ReadWord } from "./reading.js";
import { refusedOutright, refusesCarer, withoutRefused } from "./refused.js";
import { asResolved } from "./resolved.js";
import { withAgreedStory, withStoryNeed } from "./story.js";
import { asThanks } from "./thanks.js";
import { asNeedSettled, asToldNotAsked } from "./told-not-asked.js";
import { withoutUnsaidSecond } from "./two-needs.js";
import {
  asCareTraining,
  asWorkAfterLoss,
  asWorkSought,
  asWorkToEarn,
  asWorkWished,
} from "./work.js";

/** What every story reader is handed besides the decision the readers before it left. */
export interface StoryContext {
  /** The whole message's ranking. */
  readonly ranking: Ranking;
  /** What reading found in the message: its story sentences and what the story tells. */
  readonly words: ReadWords;
  /** Ranks one part of the message (a sentence of the story, a refusal) on its own. */
  readonly rankSegment: (segment: readonly ReadWord[]) => Ranking;
  /** The rankings of the message's pieces that neither tell nor refuse (classifier.ts). */
  readonly segments: readonly Ranking[];
  /** The model of every language reads the message (not Italian or English). */
  readonly otherLanguage: boolean;
}

/** Reads what a story tells and may turn the decision to the need it implies. */
export type StoryReader = (decision: Classification, context: StoryContext) => Classification;

/**
 * The story readers in the order they run; each sees the decision the ones before it left, so
 * the order is part of the outcome (a worker's reading comes before a carer's own need, the
 * chore after work lost, thanks, then a need told as over).
 */
export const STORY_READERS: readonly StoryReader[] = [
  // A greeting that opens a question, in another language: the question (Italian and English
  // greet in words their model weighs as little).
  // A greeting beside a recommendation asked is not what is asked, in any language.
  (decision, { ranking, segments, otherLanguage, words }) =>
    otherLanguage
      ? withoutGreetingBesideQuestion(
          asNeedAfterGreeting(decision, ranking, segments),
          words.recommendationAsked,
        )
      : withoutGreetingBesideWhere(decision),
  // The sentence that says what has become hard names the need.
  (decision, { ranking, words, rankSegment }) =>
    words.story.length === 0
      ? decision
      : withStoryNeed(
          decision,
          ranking,
          words.story.map(rankSegment),
          words.refused.map(rankSegment),
        ),
  // Whose need it is: a worker's, a carer's own (asked or told as strain), an older person's, a working parent's
  // children's, an older relative's who is not to be left alone, a newcomer's held back by the language, a worker's who lost their work or
  // offers themselves for a post.
  (decision, { ranking, words, otherLanguage }) =>
    asWorkSought(decision, ranking, words.seeksWork, otherLanguage),
  // A family hiring in another language asks for the trade, not for work.
  (decision, { ranking, words, otherLanguage }) =>
    asTradeHired(decision, ranking, otherLanguage && !words.seeksWork && toldHiring(decision.text)),
  (decision, { ranking, words }) => asCarersOwnNeed(decision, ranking, words.asksAsCarer),
  (decision, { ranking, words }) => asWornCarer(decision, ranking, words),
  (decision, { ranking, words }) => asActiveAgeing(decision, ranking, words),
  (decision, { ranking, words }) => asChildcare(decision, ranking, words),
  (decision, { ranking, words }) => asHomeCare(decision, ranking, words),
  (decision, { ranking, words, otherLanguage }) =>
    asItalianCourse(
      decision,
      ranking,
      words.languageBarrier,
      words.notUnderstood,
      otherLanguage,
      words.requests,
      words.asks && !words.requests,
    ),
  (decision, { ranking, otherLanguage }) => asCareTraining(decision, ranking, otherLanguage),
  (decision, { ranking, words, otherLanguage }) =>
    asPensionAsked(decision, ranking, otherLanguage, words.satisfied || words.onlyTells),
  (decision, { ranking, words, otherLanguage }) =>
    asWorkAfterLoss(decision, ranking, words, otherLanguage),
  (decision, { ranking }) => asWorkWished(decision, ranking),
  (decision, { ranking, otherLanguage }) => asWorkToEarn(decision, ranking, otherLanguage),
  // A person asked for in so many words: a number to call, someone to ring back.
  (decision, { ranking, words }) => asPersonAsked(decision, ranking, words),
  // The one chore the story names.
  (decision, { ranking, words }) => asChoreNeed(decision, ranking, words),
  // A story the model left below the bar, where one of its asking pieces agrees on the need: in
  // the other languages only. The Italian and English model learns from the older writers, and
  // on the writers it never saw this reading took 3 needs nobody asked (dev-hard-33, -34, -35)
  // for 1 need read (dev-hard-31) (data/nlu/README.md, session 38, eng-nlu).
  (decision, { ranking, words, segments, otherLanguage }) =>
    !otherLanguage
      ? decision
      : withAgreedStory(
          decision,
          ranking,
          segments,
          words.satisfied || words.employed || words.elsewhere,
        ),
  // A second chore the story tells hard, in a piece of its own: after the agreed story too, whose
  // need was below the bar when the chores were read.
  (decision) => withSecondChore(decision),
  // Thanks that ask nothing.
  (decision, { ranking, words }) => asThanks(decision, ranking, words),
  // A need told as over asks for nothing, whichever need the readers before found.
  (decision, { words }) => asResolved(decision, words.onlyTells),
  // A service told as had, got or done asks for nothing either, nor a diagnosis told with how it
  // was found, nor a carer's role told.
  (decision, { words }) => asInPlace(decision, !words.asks),
  // Nor a need told as met by whose it is or how it went: the family's worker, someone doing
  // a provider's work, a procedure gone through.
  (decision, { words }) => asToldNotAsked(decision, !words.asks, words.metWords),
  // Nor a need the family sees to itself or settles as it is, though it tells what someone
  // can no longer do.
  (decision, { words }) => asNeedSettled(decision, !words.requests),
  (decision, { words }) => asDiagnosisTold(decision, !words.asks),
  (decision, { words }) => asCarerRoleTold(decision, words.asks),
  // Nor is a greeting, a trade beside work sought or a course no word asks for.
  (decision, { otherLanguage }) => withoutUnsaidSecond(decision, !otherLanguage),
  // What the message refuses by name is offered by none of the readers' outcomes.
  (decision, { words, rankSegment }) =>
    withoutRefused(
      decision,
      words.refused.map(rankSegment),
      refusedOutright(refusesCarer(words.segments, words.refused), words.personRefused),
    ),
];

/** The decision after every story reader, in order, has read the message. */
export function readStory(decision: Classification, context: StoryContext): Classification {
  return STORY_READERS.reduce((read, reader) => reader(read, context), decision);
}
