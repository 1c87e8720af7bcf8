import type { MoneyUnit } from '../money/index.js';
import { OUTPUT_FORMATS, formatNames, type FormatInput, type TextPieces } from './_formats.js';
import { writeText } from './_files.js';
import { EXIT, type CliIO } from './io.js';

/** What `--format`, `--unit` and `--out` read into. */
export interface OutputFlags {
  /** Absent: the format `--out`'s extension names, else markdown. */
  readonly format?: string;
  readonly unit?: MoneyUnit;
  readonly out?: string;
  /** CSV only: false leaves out the byte-order mark. @defaultValue true */
  readonly bom?: boolean;
  /** Digits after the point money is shown to in the formats for people (`--decimals`, where a command offers it). */
  readonly decimals?: number;
  /** How the formats for people write a negative (`--negatives`, beside `--decimals`). */
  readonly negatives?: 'brackets' | 'minus';
}

/**
 * The byte-order mark a CSV file starts with, so that Excel reads it as UTF-8 ("£m", not "Â£m"); other
 * tools read past it (pandas with encoding "utf-8-sig", Power BI by itself).
 */
const BOM = '\uFEFF';

/** The format an extension names (lower case), from the formats' own lists of extensions. */
function formatOfExtension(extension: string): string | undefined {
  return Object.entries(OUTPUT_FORMATS).find(([, f]) => f.extensions?.includes(extension) === true)?.[0];
}

/**
 * The format to write: `--format` when given, else the one `--out`'s extension names, else markdown. A
 * file named for one format is never written in another (`--out report.xlsx --format md` is refused, as
 * is `--out report.xlsx` from a command that cannot write a workbook): the file would not open.
 */
export function chooseFormat(flags: OutputFlags, withEvaluation: boolean): string | { readonly problem: string } {
  const extension = flags.out === undefined ? undefined : /\.([A-Za-z]+)$/.exec(flags.out)?.[1]?.toLowerCase();
  const named = extension === undefined ? undefined : formatOfExtension(extension);
  if (flags.format !== undefined) {
    if (named !== undefined && named !== flags.format) return { problem: `--out ${flags.out} names ${named}, but --format is ${flags.format}: give a file name ending .${flags.format}, or leave out --format.` };
    return flags.format;
  }
  if (named === undefined) return 'md';
  const offered = formatNames(withEvaluation);
  if (!offered.includes(named)) return { problem: `--out ${flags.out} names ${named}, which this command does not write (${offered.join(', ')}): give --format and a file name to match.` };
  return named;
}

/**
 * Writes what a command built in the format asked for, to standard output or to `--out`; returns the
 * exit code. A binary format is refused on a terminal (it would garble it) unless written to a file.
 */
export async function emit(io: CliIO, input: FormatInput, flags: OutputFlags): Promise<number> {
  const chosen = chooseFormat(flags, input.evaluation !== undefined);
  if (typeof chosen !== 'string') {
    io.stderr(`${chosen.problem}\n`);
    return EXIT.BAD_INPUT;
  }
  const format = OUTPUT_FORMATS[chosen]!;
  if (format.binary && flags.out === undefined && io.stdoutIsTTY === true) {
    io.stderr(`${chosen} is a binary format: give --out FILE.${chosen}, or redirect standard output to a file.\n`);
    return EXIT.BAD_INPUT;
  }
  const written = await format.write(input, { ...(flags.unit === undefined ? {} : { unit: flags.unit }), ...(flags.decimals === undefined ? {} : { decimals: flags.decimals }), ...(flags.negatives === undefined ? {} : { negatives: flags.negatives }) });
  const bom = chosen === 'csv' && flags.bom !== false ? BOM : '';
  if (typeof written === 'object' && 'pieces' in written) return emitPieces(io, written, bom, flags.out);
  const data = typeof written === 'string' ? bom + written : written;
  if (flags.out === undefined) {
    io.stdout(data);
    return EXIT.OK;
  }
  if (!(await writeText(io, flags.out, data))) return EXIT.BAD_INPUT;
  io.stderr(`wrote ${flags.out}\n`);
  return EXIT.OK;
}

/** The longest text written to a file as one string: a string cannot be much longer (about 2^29 characters). */
const LONGEST_STRING = 2 ** 28;

/** Pieces of text as one string, or, where that would be too long for a string, as their UTF-8 bytes. */
function textOrBytes(pieces: readonly string[]): string | Uint8Array {
  if (pieces.reduce((n, p) => n + p.length, 0) <= LONGEST_STRING) return pieces.join('');
  const encoder = new TextEncoder();
  const parts = pieces.map((p) => encoder.encode(p));
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return bytes;
}

/**
 * Writes text made in pieces: to standard output each piece as it is made, so that text longer than one
 * string can hold is never held whole; to `--out` as the file's bytes, written in one step as every file is.
 */
async function emitPieces(io: CliIO, written: TextPieces, first: string, out: string | undefined): Promise<number> {
  // The first piece carries what goes before the text (a CSV file's byte-order mark): nothing is written
  // before the text is begun, so a renderer that refuses its options writes nothing.
  let before = first;
  const piece = (text: string): string => {
    const t = before + text;
    before = '';
    return t;
  };
  if (out === undefined) {
    written.pieces((text) => io.stdout(piece(text)));
    return EXIT.OK;
  }
  const pieces: string[] = [];
  written.pieces((text) => pieces.push(piece(text)));
  if (!(await writeText(io, out, textOrBytes(pieces)))) return EXIT.BAD_INPUT;
  io.stderr(`wrote ${out}\n`);
  return EXIT.OK;
}
