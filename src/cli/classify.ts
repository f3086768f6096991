import { loadClassifier } from "../nlu/index.js";
import { runJsonLines } from "./json-lines.js";

await runJsonLines("classify", async () => {
  const classifier = await loadClassifier();
  return (text) => {
    const { intent, confidence, alternatives, ambiguous } = classifier.classify(text);
    return { text, intent, confidence, alternatives, ambiguous };
  };
});
