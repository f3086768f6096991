import { seededRandom } from "../util/seeded-random.js";
import type { SparseVector } from "./features.js";

/**
 * Multinomial logistic regression over sparse features. natural's
 * LogisticRegressionClassifier is one-vs-rest (scores that don't sum to 1) and takes
 * seconds to train; a softmax gives probabilities comparable across messages, which is
 * what the confidence thresholds need.
 */
export interface SoftmaxModel {
  readonly classes: number;
  readonly features: number;
  /** Row-major: feature × class. Single precision halves the cached model's size. */
  readonly weights: Float32Array;
  readonly bias: Float32Array;
}

export interface TrainingOptions {
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly seed: number;
  /**
   * Training runs, each shuffling with its own seed (seed, seed + 1, …), whose weights are
   * averaged into the one model. AdaGrad's first steps are as large whatever the gradient, so
   * one run's model depends on the order it met the examples: another seed, or five examples
   * added, move about 50 of 3,257 development messages; five runs averaged, 18 between two
   * sets of seeds. One run ships: five moved knife-edge messages the tests pin
   * (`npm run eval -- --stability`, data/nlu/README.md).
   */
  readonly runs: number;
}

export const DEFAULT_TRAINING: TrainingOptions = {
  epochs: 15,
  learningRate: 0.25,
  l2: 1e-4,
  seed: 17,
  runs: 1,
};

export function predict(
  model: {
    readonly classes: number;
    readonly weights: ArrayLike<number>;
    readonly bias: ArrayLike<number>;
  },
  x: SparseVector,
  /** Where the probabilities go: a reader passes one buffer for all its rankings. */
  scores = new Float64Array(model.bias.length),
  /** How far apart features' rows lie: training keeps each row's squared gradients beside it. */
  rowLength = model.classes,
): Float64Array {
  scores.set(model.bias);
  for (let k = 0; k < x.indexes.length; k++) {
    const row = (x.indexes[k] as number) * rowLength;
    const value = x.values[k] as number;
    for (let c = 0; c < model.classes; c++) {
      scores[c] = (scores[c] as number) + (model.weights[row + c] as number) * value;
    }
  }
  let max = Number.NEGATIVE_INFINITY;
  for (const score of scores) max = Math.max(max, score);
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    const e = Math.exp((scores[c] as number) - max);
    scores[c] = e;
    sum += e;
  }
  for (let c = 0; c < scores.length; c++) scores[c] = (scores[c] as number) / sum;
  return scores;
}

/**
 * Stochastic gradient descent with AdaGrad step sizes, averaged over `options.runs` shuffles.
 * The average of linear models is one linear model: classifying costs what one run's does.
 */
export function trainSoftmax(
  examples: readonly SparseVector[],
  labels: readonly number[],
  classes: number,
  features: number,
  options: TrainingOptions = DEFAULT_TRAINING,
  /** How much each example counts (1 when absent): a step scaled, as if shown that often. */
  exampleWeights?: readonly number[],
): SoftmaxModel {
  const weights = new Float64Array(classes * features);
  const bias = new Float64Array(classes);
  const add = (into: Float64Array, from: Float64Array) => {
    for (let i = 0; i < into.length; i++)
      into[i] = (into[i] as number) + (from[i] as number) / options.runs;
  };
  for (let run = 0; run < options.runs; run++) {
    const model = trainOneRun(
      examples,
      labels,
      classes,
      features,
      options,
      options.seed + run,
      exampleWeights,
    );
    add(weights, model.weights);
    add(bias, model.bias);
  }
  return {
    classes,
    features,
    weights: Float32Array.from(weights),
    bias: Float32Array.from(bias),
  };
}

/**
 * One run of stochastic gradient descent with AdaGrad step sizes. L2 decay is applied only to
 * the weights an example touches, which keeps each step proportional to its non-zeros.
 */
function trainOneRun(
  examples: readonly SparseVector[],
  labels: readonly number[],
  classes: number,
  features: number,
  options: TrainingOptions,
  seed: number,
  exampleWeights?: readonly number[],
) {
  // Each feature's row holds its classes' weights, then their squared gradients: a step reads
  // and writes both, and side by side they come in the same cache lines (apart, 11 MB each for
  // the Italian and English model, every feature of an example cost two far reads).
  const stride = 2 * classes;
  const rowsOf = new Float64Array(stride * features);
  for (let f = 0; f < features; f++) rowsOf.fill(1e-8, f * stride + classes, (f + 1) * stride);
  const bias = new Float64Array(classes);
  // The weights as predict() reads them: each row `stride` long, the classes' weights first.
  const current = { classes, weights: rowsOf, bias };
  const biasSquaredGradients = new Float64Array(classes).fill(1e-8);
  const order = examples.map((_, i) => i);
  const random = seededRandom(seed);
  // The steps read from locals and one probabilities buffer: the same arithmetic in the same
  // order (the weights byte-identical), without reloading the model's arrays and the options
  // for each of the 4×10^8 weight steps of a training (the Italian and English model learning
  // from the older writers: 13,180 examples × 110 features × 20 classes × 15 epochs), nor a
  // buffer allocated per example.
  const { learningRate, l2 } = options;
  const probabilities = new Float64Array(classes);
  const errors = new Float64Array(classes);
  let rows = new Uint32Array(64);

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const n of order) {
      const example = examples[n] as SparseVector;
      const { indexes, values } = example;
      const nonZeros = indexes.length;
      if (rows.length < nonZeros) rows = new Uint32Array(nonZeros * 2);
      for (let k = 0; k < nonZeros; k++) rows[k] = (indexes[k] as number) * stride;
      predict(current, example, probabilities, stride);
      const label = labels[n] as number;
      const weight = exampleWeights?.[n] ?? 1;
      for (let c = 0; c < classes; c++) {
        const error = weight * ((probabilities[c] as number) - (c === label ? 1 : 0));
        errors[c] = error;
        biasSquaredGradients[c] = (biasSquaredGradients[c] as number) + error * error;
        bias[c] =
          (bias[c] as number) -
          (learningRate * error) / Math.sqrt(biasSquaredGradients[c] as number);
      }
      // Feature by feature, each row's classes in turn: no weight's step reads another's, so
      // the order of the steps changes no bit.
      for (let k = 0; k < nonZeros; k++) {
        const row = rows[k] as number;
        const value = values[k] as number;
        for (let c = 0; c < classes; c++) {
          const w = row + c;
          const gradient = (errors[c] as number) * value + l2 * (rowsOf[w] as number);
          const squared = (rowsOf[w + classes] as number) + gradient * gradient;
          rowsOf[w + classes] = squared;
          rowsOf[w] = (rowsOf[w] as number) - (learningRate * gradient) / Math.sqrt(squared);
        }
      }
    }
  }
  const weights = new Float64Array(classes * features);
  for (let f = 0; f < features; f++) {
    weights.set(rowsOf.subarray(f * stride, f * stride + classes), f * classes);
  }
  return { weights, bias };
}
