import type { ReadText, TextReader } from "./classifier.js";

/**
 * The Italian and English reader when its model learns from the older writers (dataset.ts):
 * that model decides which need a message asks for, and a need it reads is refused after all
 * when the model of the catalogue alone refuses the message and its no need outweighs the
 * learnt model's confidence in that need. The learnt model's gain is in which need (the
 * writers taught it how citizens tell one); its loss was in whether one was asked at all
 * (their many lines of no need in a need's words). On development writers neither model saw
 * this kept most of the first and took back part of the second, with no threshold to choose
 * (data/nlu/README.md, session 34, eng-nlu).
 */
export function refusalReadsBoth(learnt: TextReader, catalogueOnly: TextReader): TextReader {
  return {
    intentIds: learnt.intentIds,
    read: (text, places): ReadText => {
      const reading = learnt.read(text, places);
      return {
        ...reading,
        classify: () => {
          const need = reading.classify();
          // Most messages ask for a need: only then is the second model read.
          if (need.intent === null) return need;
          const other = catalogueOnly.read(text, places);
          const refused = other.classify();
          return refused.intent === null && other.rank().outOfScope > need.confidence
            ? refused
            : need;
        },
      };
    },
  };
}
