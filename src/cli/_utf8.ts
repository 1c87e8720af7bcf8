/** Where a file stops being UTF-8: the byte offset of the first bad sequence, its line, and the bytes there. */
export interface Utf8Problem {
  /** From 0, the offset of the first byte of the sequence that is not UTF-8. */
  readonly offset: number;
  /** From 1, the line it is on (line feeds before it, plus one). */
  readonly line: number;
  /** The bad sequence in hex: a byte that cannot begin a character (`0xff`), or a character cut short (`0xe2 0x82`). */
  readonly bytes: string;
}

/** The bytes a lead byte may be followed by first (its second byte's range) and how many follow it. */
function expectation(lead: number): { readonly length: number; readonly low: number; readonly high: number } | undefined {
  if (lead < 0x80) return { length: 1, low: 0, high: 0 };
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, low: 0x80, high: 0xbf };
  // E0 and F0 would allow overlong forms below their ranges; ED would allow the UTF-16 surrogates; F4 above U+10FFFF.
  if (lead === 0xe0) return { length: 3, low: 0xa0, high: 0xbf };
  if (lead === 0xed) return { length: 3, low: 0x80, high: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { length: 3, low: 0x80, high: 0xbf };
  if (lead === 0xf0) return { length: 4, low: 0x90, high: 0xbf };
  if (lead >= 0xf1 && lead <= 0xf3) return { length: 4, low: 0x80, high: 0xbf };
  if (lead === 0xf4) return { length: 4, low: 0x80, high: 0x8f };
  return undefined;
}

/**
 * The first sequence that is not well-formed UTF-8, as [start, end): its lead byte and the continuation
 * bytes that follow it before the byte that breaks it (or the end of the file); undefined if there is none.
 */
function firstInvalid(bytes: Uint8Array): [number, number] | undefined {
  let i = 0;
  while (i < bytes.length) {
    const e = expectation(bytes[i]!);
    if (e === undefined) return [i, i + 1];
    for (let k = 1; k < e.length; k++) {
      const next = bytes[i + k];
      const [low, high] = k === 1 ? [e.low, e.high] : [0x80, 0xbf];
      if (next === undefined) return [i, bytes.length];
      if (next < low || next > high) return [i, i + k];
    }
    i += e.length;
  }
  return undefined;
}

/**
 * Decodes UTF-8 bytes strictly: a leading byte-order mark is dropped, and bytes that are not UTF-8 are
 * refused rather than replaced with U+FFFD (which would change a name or an amount without saying so).
 * Returns the text, or where the first bad sequence is.
 */
export function decodeUtf8(bytes: Uint8Array): { readonly text: string } | { readonly problem: Utf8Problem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const [offset, end] = firstInvalid(bytes) ?? [0, 0];
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    const shown = [...bytes.subarray(offset, end)].map((b) => `0x${b.toString(16).padStart(2, '0')}`);
    return { problem: { offset, line, bytes: shown.join(' ') } };
  }
}
