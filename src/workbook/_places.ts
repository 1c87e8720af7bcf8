import type { InputPath } from '../errors/index.js';

/**
 * A place in a workbook: a cell as Excel names it (`Lines!F12`), with its column's heading.
 *
 * @example
 * ```ts
 * const place: CellPlace = { sheet: 'Lines', cell: 'F12', heading: 'Tier' };
 * ```
 */
export interface CellPlace {
  readonly sheet: string;
  readonly cell: string;
  readonly heading: string;
}

/** Writes a place as Excel names a cell, quoting a sheet name with spaces: `'Line shares'!D4 (Value)`. */
export function placeText(place: CellPlace): string {
  const sheet = /^[A-Za-z0-9_]+$/.test(place.sheet) ? place.sheet : `'${place.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${place.cell}${place.heading === '' ? '' : ` (${place.heading})`}`;
}

/** `A`, `B`, …, `Z`, `AA`: a column's letters from its number (1 for A). */
export function columnLetters(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}

const keyOf = (path: InputPath): string => JSON.stringify(path);

/**
 * Where each part of the scenario input came from: a JSON path's cell. A path not recorded is placed at
 * the nearest recorded path above it (a rule's JSON cell for a path inside it, a row for a blank cell).
 */
export class Places {
  readonly #map = new Map<string, CellPlace>();

  /** Records the place of a path (the first place given wins). */
  set(path: InputPath, place: CellPlace): void {
    const key = keyOf(path);
    if (!this.#map.has(key)) this.#map.set(key, place);
  }

  /** The place of a path, or of the nearest path above it, with what is left of the path below that. */
  find(path: InputPath): { readonly place: CellPlace; readonly rest: InputPath } | undefined {
    for (let n = path.length; n >= 0; n--) {
      const place = this.#map.get(keyOf(path.slice(0, n)));
      if (place !== undefined) return { place, rest: path.slice(n) };
    }
    return undefined;
  }

  /** Every recorded path and its place, in the order recorded. */
  entries(): [InputPath, CellPlace][] {
    return [...this.#map].map(([k, p]) => [JSON.parse(k) as InputPath, p]);
  }
}
