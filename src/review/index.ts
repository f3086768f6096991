export {
  type Labeller,
  type LabelOutcome,
  labelExample,
  OUT_OF_SCOPE,
  openLabeller,
} from "./label.js";
export {
  type MisunderstoodKind,
  type RecordMisunderstood,
  type ReviewItem,
  ReviewQueue,
  type Sender,
} from "./queue.js";
export { redact } from "./redact.js";
export { FileReviewStore, type ReviewStore } from "./store.js";
