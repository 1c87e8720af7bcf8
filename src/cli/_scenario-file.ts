import { safeParseScenario, type Scenario } from '../model/index.js';
import { EXIT, type CliIO } from './io.js';
import { readText } from './_files.js';
import { baselinesProblems, withBaselines } from './_baselines.js';

/** The options of every command that reads files: `--max-input-mb`, and `--baselines` where offered. */
export interface InputFlags {
  /** The largest input file read, in MiB. @defaultValue 64 */
  readonly maxInputMb?: number;
  /** A CSV file giving the scenario's services. */
  readonly baselines?: string;
}

/**
 * Reads and checks a scenario file, with the services of a baselines CSV file put into it when
 * `baselines` is given. On failure, prints every problem (one per line, with its path, and with the
 * CSV file's row and column for a problem in the services it gave).
 */
export async function loadScenario(io: CliIO, path: string, flags: InputFlags = {}): Promise<{ scenario: Scenario } | { exit: number }> {
  const bad = { exit: EXIT.BAD_INPUT };
  const text = await readText(io, path, flags.maxInputMb);
  if (text === undefined) return bad;
  const csvPath = flags.baselines;
  if (csvPath === undefined) {
    const result = safeParseScenario(text);
    if (result.success) return { scenario: result.data };
    const { issues } = result.error;
    io.stderr(`invalid: ${path} has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${issues.map((i) => `${i.message}\n`).join('')}`);
    return bad;
  }
  const csv = await readText(io, csvPath, flags.maxInputMb);
  const joined = csv === undefined ? undefined : withBaselines(io, path, text, csvPath, csv);
  if (joined === undefined) return bad;
  const result = safeParseScenario(joined.input);
  if (result.success) return { scenario: result.data };
  io.stderr(baselinesProblems(path, csvPath, result.error.issues, joined.place));
  return bad;
}
