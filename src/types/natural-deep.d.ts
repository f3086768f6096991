// The top-level `natural` entry takes ~0.8 s to load and prints through dotenv, so the
// project imports only the pieces it uses. Those deep paths ship without types.
declare module "natural/lib/natural/stemmers/porter_stemmer_it.js" {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
declare module "natural/lib/natural/stemmers/porter_stemmer.js" {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
declare module "natural/lib/natural/util/stopwords_it.js" {
  export const words: readonly string[];
}
declare module "natural/lib/natural/util/stopwords.js" {
  export const words: readonly string[];
}
