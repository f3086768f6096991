import { describe, expect, it } from "vitest";
import type { SparseVector } from "../../src/nlu/features.js";
import { DEFAULT_TRAINING, predict, trainSoftmax } from "../../src/nlu/softmax.js";

const vector = (indexes: number[]): SparseVector => ({
  indexes: Uint32Array.from(indexes),
  values: Float64Array.from(indexes.map(() => 1)),
});
// Two needs and "no need", each with a word of its own and words shared with the others.
const examples = [
  [0, 3],
  [0, 4],
  [1, 3],
  [1, 5],
  [2, 4],
  [2, 5],
  [0, 5],
  [1, 4],
].map(vector);
const labels = [0, 0, 1, 1, 2, 2, 0, 1];

describe("training averaged over several shuffles", () => {
  it("is one model whose weights are the mean of each shuffle's", () => {
    const train = (seed: number, runs: number) =>
      trainSoftmax(examples, labels, 3, 6, { ...DEFAULT_TRAINING, seed, runs });
    const [a, b, both] = [train(5, 1), train(6, 1), train(5, 2)];
    expect(both.weights.length).toBe(a.weights.length);
    both.weights.forEach((w, i) => {
      expect(w).toBeCloseTo(((a.weights[i] as number) + (b.weights[i] as number)) / 2, 5);
    });
    expect(predict(both, vector([0]))[0]).toBeGreaterThan(0.5);
  });
});

describe("an example that counts less", () => {
  // The same words said once as a need and three times as no need: what wins is how much
  // each counts, so the older writers' lines of no need can weigh less than the catalogue's.
  const said = [vector([0, 1]), vector([0, 1]), vector([0, 1]), vector([0, 1])];
  const told = [0, 1, 1, 1];
  const need = (weights?: number[]) => {
    const model = trainSoftmax(said, told, 2, 2, DEFAULT_TRAINING, weights);
    const [asNeed = 0, asNoNeed = 0] = predict(model, vector([0, 1]));
    return asNeed > asNoNeed;
  };

  it("is outweighed when every example counts the same", () => {
    expect(need()).toBe(false);
  });

  it("loses its pull when the examples of no need count a tenth", () => {
    expect(need([1, 0.1, 0.1, 0.1])).toBe(true);
  });
});
