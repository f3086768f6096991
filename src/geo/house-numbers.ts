import { typedFromText, typedToText } from "../cache/typed.js";

/**
 * One house number of a street: number, Municipio, and where known its point.
 * Only the base number is kept (12/A counts as 12): Municipio and position do
 * not change with the letter.
 */
export type HouseNumber = readonly [number: number, municipio: number, lon?: number, lat?: number];

/** Every street's house numbers side by side, one typed array per field. */
interface Register {
  readonly numbers: Int32Array;
  readonly municipi: Uint8Array;
  /**
   * lon, lat of each number in turn, in millionths of a degree (the register gives five
   * decimals: read back as the very numbers written, in half the bytes of Float64);
   * NO_POINT where the register has none.
   */
  readonly points: Int32Array;
}

const MICRO = 1e6;
const NO_POINT = -(2 ** 31);

/**
 * A street's house numbers, sorted by number, as a slice of one register shared by all
 * streets. Held as tuples they were about 85 bytes each, 4.4 MB of the bot's idle heap for
 * the city's 51,000 numbers; here 13 bytes each. A tuple is made only when one is asked for.
 */
export class HouseNumbers {
  // Private fields: not own properties, so a deep comparison of two streets compares their
  // numbers (by iterating) rather than the whole register once per street.
  readonly #register: Register;
  readonly #start: number;

  constructor(
    register: Register,
    start: number,
    readonly length: number,
  ) {
    this.#register = register;
    this.#start = start;
  }

  /** The number at `i` (0 = the lowest), or undefined past the end. */
  at(i: number): HouseNumber | undefined {
    if (i < 0 || i >= this.length) return undefined;
    const at = this.#start + i;
    const number = this.#register.numbers[at] ?? 0;
    const municipio = this.#register.municipi[at] ?? 0;
    const lon = this.#register.points[2 * at] ?? NO_POINT;
    const lat = this.#register.points[2 * at + 1] ?? NO_POINT;
    return lon === NO_POINT ? [number, municipio] : [number, municipio, lon / MICRO, lat / MICRO];
  }

  *[Symbol.iterator](): IterableIterator<HouseNumber> {
    for (let i = 0; i < this.length; i++) yield this.at(i) as HouseNumber;
  }

  /** As the data file writes them. */
  toJSON(): HouseNumber[] {
    return [...this];
  }
}

/** The house numbers of every street, one after the other, in one register. */
function registerOf(lists: readonly (readonly HouseNumber[])[]): Register {
  const total = lists.reduce((sum, numbers) => sum + numbers.length, 0);
  const register: Register = {
    numbers: new Int32Array(total),
    municipi: new Uint8Array(total),
    points: new Int32Array(2 * total).fill(NO_POINT),
  };
  let at = 0;
  for (const numbers of lists) {
    for (const [number, municipio, lon, lat] of numbers) {
      register.numbers[at] = number;
      register.municipi[at] = municipio;
      if (lon !== undefined && lat !== undefined) {
        register.points[2 * at] = Math.round(lon * MICRO);
        register.points[2 * at + 1] = Math.round(lat * MICRO);
      }
      at++;
    }
  }
  return register;
}

/** The streets, each with its slice of the register (`lengths[i]` numbers for street i). */
function sliced<Street>(
  streets: readonly Street[],
  register: Register,
  lengths: ArrayLike<number>,
): (Omit<Street, "numbers"> & { readonly numbers: HouseNumbers })[] {
  let start = 0;
  return streets.map((street, i) => {
    const numbers = new HouseNumbers(register, start, lengths[i] as number);
    start += numbers.length;
    // Not `{ ...street, numbers }`: adding a key to an object JSON.parse made that way gave
    // each street a hidden class of its own (4,039 of them, 1.2 MB of the idle heap).
    return Object.assign({}, street, { numbers }) as Omit<Street, "numbers"> & {
      readonly numbers: HouseNumbers;
    };
  });
}

/** The streets with their house numbers moved into one compact register. */
export function withCompactNumbers<Street extends { readonly numbers: readonly HouseNumber[] }>(
  streets: readonly Street[],
): (Omit<Street, "numbers"> & { readonly numbers: HouseNumbers })[] {
  const lists = streets.map((street) => street.numbers);
  return sliced(
    streets,
    registerOf(lists),
    lists.map((numbers) => numbers.length),
  );
}

/**
 * Every street's house numbers as the derived cache keeps them: the register's arrays as
 * text (see cache/typed.ts) and how many numbers each street has. As 51,000 tuples in JSON
 * they were 1.8 MB to parse at every start, then packed again.
 */
export interface StoredHouseNumbers {
  readonly lengths: string;
  readonly numbers: string;
  readonly municipi: string;
  readonly points: string;
}

export function storedHouseNumbers(
  streets: readonly { readonly numbers: HouseNumbers }[],
): StoredHouseNumbers {
  const register = registerOf(streets.map((street) => [...street.numbers]));
  return {
    lengths: typedToText(Uint32Array.from(streets, (street) => street.numbers.length)),
    numbers: typedToText(register.numbers),
    municipi: typedToText(register.municipi),
    points: typedToText(register.points),
  };
}

/** The streets with the numbers kept for them; throws when they do not fit (a damaged entry). */
export function withStoredNumbers<Street>(
  streets: readonly Street[],
  stored: StoredHouseNumbers,
): (Omit<Street, "numbers"> & { readonly numbers: HouseNumbers })[] {
  const lengths = typedFromText(stored.lengths, Uint32Array);
  const register: Register = {
    numbers: typedFromText(stored.numbers, Int32Array),
    municipi: typedFromText(stored.municipi, Uint8Array),
    points: typedFromText(stored.points, Int32Array),
  };
  const total = lengths.reduce((sum, length) => sum + length, 0);
  if (
    lengths.length !== streets.length ||
    register.numbers.length !== total ||
    register.municipi.length !== total ||
    register.points.length !== 2 * total
  )
    throw new Error("damaged house numbers");
  return sliced(streets, register, lengths);
}
