/**
 * Typed arrays in the derived cache's JSON, as base64 text: a list of 70,000 numbers in JSON
 * made as many values for JSON.parse to read (tens of milliseconds of a start, and garbage
 * for the collector), where one string decodes at memory speed into the very bytes written.
 * The cache never leaves the machine that wrote it, so the machine's byte order is the one read.
 */
type TypedArray = Float64Array | Int32Array | Uint32Array | Uint16Array | Uint8Array;

export const typedToText = (array: TypedArray): string =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString("base64");

/**
 * The array written by typedToText. Throws on text of the wrong length (a damaged entry),
 * which the cache reads as missing.
 */
export function typedFromText<T extends TypedArray>(
  text: string,
  Kind: { new (length: number): T; readonly BYTES_PER_ELEMENT: number },
): T {
  const bytes = Buffer.from(text, "base64");
  if (bytes.length % Kind.BYTES_PER_ELEMENT !== 0) throw new Error("damaged typed array");
  const array = new Kind(bytes.length / Kind.BYTES_PER_ELEMENT);
  // Copied into an array of its own: aligned, and not holding the decoding buffer.
  new Uint8Array(array.buffer).set(bytes);
  return array;
}
