import { loadClassifier } from "../nlu/index.js";
import { detectLanguage } from "../nlu/language.js";
import { runJsonLines } from "./json-lines.js";

await runJsonLines("classify", async () => {
  const classifier = await loadClassifier();
  return (text) => {
    const { intent, confidence, alternatives, ambiguous, also } = classifier.classify(text);
    const { language } = detectLanguage(text);
    return {
      text,
      intent,
      confidence,
      alternatives,
      ambiguous,
      language,
      ...(also === undefined ? {} : { also }),
    };
  };
});
