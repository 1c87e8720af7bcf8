import { Decimal } from './decimal.js';

/** Number of digits after the point needed to write `d` exactly (0 for integers). */
export function decimalPlaces(d: Decimal): number {
  return d.decimalPlaces();
}

/** `d × 10^places` as an exact BigInt; `places` must be at least `decimalPlaces(d)`. */
export function scaledBigInt(d: Decimal, places: number): bigint {
  const fixed = d.toFixed(places);
  return BigInt(places === 0 ? fixed : fixed.replace('.', ''));
}

/** An exact decimal written as an integer over a power of ten: `value / 10^places`. */
export interface ScaledDecimal {
  readonly value: bigint;
  readonly places: number;
  /** Written with a minus sign, so true for `'-0'` too. */
  readonly negative: boolean;
}

const PLAIN = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/**
 * Reads a decimal written plainly (`'1234.56'`, `'-0.5'`, `'+7'`) with at most 40 digits, without building
 * a Decimal. Returns `undefined` for anything else (exponents, `'.5'`, `'5.'`, more digits, junk), which
 * callers then read through `tryParseAmount`. Every string read here is one `tryParseAmount` accepts, with
 * the same value: it has no exponent and at most 40 digits, so at most 40 significant ones.
 */
export function readPlainDecimal(text: string): ScaledDecimal | undefined {
  if (text.length > 42) return undefined;
  const m = PLAIN.exec(text);
  if (m === null) return undefined;
  const whole = m[2]!;
  const fraction = m[3] ?? '';
  if (whole.length + fraction.length > 40) return undefined;
  const negative = m[1] === '-';
  const magnitude = BigInt(fraction === '' ? whole : whole + fraction);
  return { value: negative ? -magnitude : magnitude, places: fraction.length, negative };
}

/** The Decimal `n / 10^places`, built from digits so that no arithmetic rounds (the general way). */
function fromScaledBigIntByText(n: bigint, places: number): Decimal {
  if (places === 0) return new Decimal(n.toString());
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString().padStart(places + 1, '0');
  const text = `${negative ? '-' : ''}${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return new Decimal(text);
}

// decimal.js holds a finite value as a sign `s`, the base-10 exponent `e` of its leading digit, and the
// digits in words of seven (`d`), aligned so that word boundaries fall at exponents that are multiples of
// seven, with no trailing zero word; each instance also carries its constructor as an own property.
// Building that here from an integer's digits skips decimal.js's string parsing, which otherwise
// dominates the cost of apportionment. The layout is checked against the string parser once, when this
// module loads; if a release of decimal.js ever differs, every value is built the general way instead.
const LOG_BASE = 7;
const WORD = 1e7;
const DECIMAL_PROTOTYPE = Object.getPrototypeOf(new Decimal(0)) as object;
const SMALL_POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16];

interface DecimalFields {
  constructor: unknown;
  s: number;
  e: number;
  d: number[];
}

function make(s: number, e: number, d: number[]): Decimal {
  const x = Object.create(DECIMAL_PROTOTYPE) as DecimalFields;
  // The same own properties, in the same order, as decimal.js's constructor gives.
  x.constructor = Decimal;
  x.s = s;
  x.e = e;
  x.d = d;
  return x as unknown as Decimal;
}

/** `v / 10^places` for a safe integer `v`, by arithmetic on numbers below 2^53 (exact). */
function fromSafeIntegerByWords(v: number, places: number): Decimal {
  if (v === 0) return make(1, 0, [0]);
  const s = v < 0 ? -1 : 1;
  let m = v < 0 ? -v : v;
  while (m % 10 === 0) {
    m /= 10;
    places--;
  }
  let len = 1;
  while (len < SMALL_POWERS.length && m >= SMALL_POWERS[len]!) len++;
  const e = len - 1 - places;
  // The same alignment as decimal.js's parseDecimal: the first word holds i digits.
  let i = (e + 1) % LOG_BASE;
  if (e < 0) i += LOG_BASE;
  if (i >= len) return make(s, e, [m * SMALL_POWERS[i - len]!]);
  // The last word holds the last r digits, padded with zeros on the right.
  const r = (len - i) % LOG_BASE || LOG_BASE;
  const tail = m % SMALL_POWERS[r]!;
  m = (m - tail) / SMALL_POWERS[r]!;
  const words = [tail * SMALL_POWERS[LOG_BASE - r]!];
  for (let c = len - r; c > i; c -= LOG_BASE) {
    const word = m % WORD;
    words.push(word);
    m = (m - word) / WORD;
  }
  if (i) words.push(m);
  return make(s, e, words.reverse());
}

/** `n / 10^places` for any BigInt, from its digit string. */
function fromBigIntByWords(n: bigint, places: number): Decimal {
  if (n === 0n) return make(1, 0, [0]);
  const negative = n < 0n;
  let str = (negative ? -n : n).toString();
  const e = str.length - 1 - places;
  let len = str.length;
  while (str.charCodeAt(len - 1) === 48) len--;
  if (len !== str.length) str = str.slice(0, len);
  // The same steps as decimal.js's parseDecimal.
  const d: number[] = [];
  let i = (e + 1) % LOG_BASE;
  if (e < 0) i += LOG_BASE;
  if (i < len) {
    if (i) d.push(+str.slice(0, i));
    for (len -= LOG_BASE; i < len; ) d.push(+str.slice(i, (i += LOG_BASE)));
    str = str.slice(i);
    i = LOG_BASE - str.length;
  } else {
    i -= len;
  }
  while (i-- > 0) str += '0';
  d.push(+str);
  return make(negative ? -1 : 1, e, d);
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function fromScaledBigIntByWords(n: bigint, places: number): Decimal {
  return n <= MAX_SAFE && n >= -MAX_SAFE ? fromSafeIntegerByWords(Number(n), places) : fromBigIntByWords(n, places);
}

/** Same prototype, same own properties with the same values, in the same order. */
function sameDecimal(a: Decimal, b: Decimal): boolean {
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => {
    const va = (a as unknown as Record<string, unknown>)[k];
    const vb = (b as unknown as Record<string, unknown>)[k];
    if (Array.isArray(va) && Array.isArray(vb)) return va.length === vb.length && va.every((x, i) => x === vb[i]);
    return va === vb;
  });
}

/**
 * What the check on load tries: the decimal point at the start, middle and end of decimal.js's 7-digit
 * words and far to the right, on magnitudes of one word, of two, at the edge of a safe integer and beyond
 * it. The tests (test/money/integers.test.ts and a property test) check every alignment and size against
 * the pinned decimal.js; this check guards against another decimal.js at run time, whose different
 * representation would show on any of these. It runs on every load (by the CLI at each start), so it is
 * kept to a hundred-odd cases (a fortieth of a millisecond each).
 */
const CHECKED_PLACES = [0, 1, 6, 7, 8, 14, 50];
const CHECKED_MAGNITUDES = [7n, 1234567n, 12345678n, 9007199254740991n, 9007199254740992n, 10n ** 41n + 3n];

/** Whether decimals built from words match decimal.js's own parsing; checked once, on load. */
export const WORDS_MATCH_PARSER = ((): boolean => {
  try {
    for (const m of CHECKED_MAGNITUDES) {
      for (const places of CHECKED_PLACES) {
        for (const n of [m, -m]) {
          if (!sameDecimal(fromScaledBigIntByWords(n, places), fromScaledBigIntByText(n, places))) return false;
          if (n <= MAX_SAFE && n >= -MAX_SAFE && !sameDecimal(fromBigIntByWords(n, places), fromScaledBigIntByText(n, places))) return false;
        }
      }
    }
    return sameDecimal(fromScaledBigIntByWords(0n, 2), fromScaledBigIntByText(0n, 2));
  } catch {
    return false;
  }
})();

/** The Decimal `n / 10^places`, exactly: no arithmetic on the value, so nothing rounds. */
export const fromScaledBigInt: (n: bigint, places: number) => Decimal = WORDS_MATCH_PARSER ? fromScaledBigIntByWords : fromScaledBigIntByText;

/**
 * The Decimal `v / 10^places` for a safe integer `v` (|v| ≤ 2^53 − 1), exactly, without going through a
 * BigInt.
 */
export const fromSafeInteger: (v: number, places: number) => Decimal = WORDS_MATCH_PARSER
  ? fromSafeIntegerByWords
  : (v, places) => new Decimal(`${v}e${-places}`);

/** Powers of ten as BigInt, cached. */
const POWERS: bigint[] = [1n];
export function pow10(n: number): bigint {
  while (POWERS.length <= n) POWERS.push(POWERS[POWERS.length - 1]! * 10n);
  return POWERS[n]!;
}
