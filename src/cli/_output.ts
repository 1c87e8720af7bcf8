import type { MoneyUnit } from '../money/index.js';
import { OUTPUT_FORMATS, type FormatInput } from './_formats.js';
import { writeText } from './_files.js';
import { EXIT, type CliIO } from './io.js';

/** What `--format`, `--unit` and `--out` read into. */
export interface OutputFlags {
  readonly format: string;
  readonly unit?: MoneyUnit;
  readonly out?: string;
}

/**
 * Writes what a command built in the format asked for, to standard output or to `--out`; returns the
 * exit code. A binary format is refused on a terminal (it would garble it) unless written to a file.
 */
export async function emit(io: CliIO, input: FormatInput, flags: OutputFlags): Promise<number> {
  const format = OUTPUT_FORMATS[flags.format]!;
  if (format.binary && flags.out === undefined && io.stdoutIsTTY === true) {
    io.stderr(`${flags.format} is a binary format: give --out FILE.${flags.format}, or redirect standard output to a file.\n`);
    return EXIT.BAD_INPUT;
  }
  const data = await format.write(input, flags.unit === undefined ? {} : { unit: flags.unit });
  if (flags.out === undefined) {
    io.stdout(data);
    return EXIT.OK;
  }
  if (!(await writeText(io, flags.out, data))) return EXIT.BAD_INPUT;
  io.stderr(`wrote ${flags.out}\n`);
  return EXIT.OK;
}
