// natural ships types only for its top-level entry, which is slow to load and prints to stdout.
declare module "natural/lib/natural/distance/levenshtein_distance.js" {
  interface DistanceOptions {
    insertion_cost?: number;
    deletion_cost?: number;
    substitution_cost?: number;
    transposition_cost?: number;
    restricted?: boolean;
  }
  const distances: {
    DamerauLevenshteinDistance(source: string, target: string, options?: DistanceOptions): number;
  };
  export default distances;
}
