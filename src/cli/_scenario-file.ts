import * as z from 'zod';
import { safeParseScenario, type Scenario } from '../model/index.js';
import { EXIT, type CliIO } from './io.js';
import { DEFAULT_MAX_INPUT_MB, readText } from './_files.js';
import { baselinesProblems, withBaselines } from './_baselines.js';

/** The options of every command that reads files: `--max-input-mb`, and `--baselines` where offered. */
export interface InputFlags {
  /** The largest input file read, in MiB. @defaultValue 64 */
  readonly maxInputMb?: number;
  /** A CSV file giving the scenario's services. */
  readonly baselines?: string;
}

/** Whether a path names an input workbook (`.xlsx`, any case): read as one, not as JSON text. */
export function isWorkbookPath(path: string): boolean {
  return /\.xlsx$/i.test(path);
}

const MIB = 1024 * 1024;

// A command reads one scenario and stops, so zod's compiled fast path for each object schema (made with
// `new Function` at the schema's first use) costs more than it saves: without it the tri-borough report
// starts about 4% sooner, a file of 6,380 published figures validates 5% sooner and one of 10,000 lines
// 2% (bench/README.md, "Start-up"). The CLI's zod is its own copy, bundled into it, so this setting
// reaches no one else's schemas.
z.config({ jitless: true });

/** A file's bytes, or undefined once the reason it cannot be read is said (as for a text file). */
async function readBytes(io: CliIO, path: string, maxInputMb = DEFAULT_MAX_INPUT_MB): Promise<Uint8Array | undefined> {
  try {
    const data = await io.readFile(path, maxInputMb * MIB);
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    if (bytes.length <= maxInputMb * MIB) return bytes;
  } catch {
    // Said below, in the words every command uses.
  }
  await readText(io, path, maxInputMb);
  return undefined;
}

function problemsText(path: string, messages: readonly string[]): string {
  return `invalid: ${path} has ${messages.length} problem${messages.length === 1 ? '' : 's'}:\n${messages.map((m) => `${m}\n`).join('')}`;
}

/**
 * Reads and checks a scenario file, with the services of a baselines CSV file put into it when
 * `baselines` is given. A file named `.xlsx` is read as an input workbook (the same checks; each problem
 * named by its sheet and cell). Gives the scenario and the input it was read from (the JSON text, the
 * workbook's input object, or the scenario with the baselines' services). On failure, prints every problem (one per line, with its path or cell,
 * and with the CSV file's row and column for a problem in the services it gave).
 */
export async function loadScenario(io: CliIO, path: string, flags: InputFlags = {}): Promise<{ scenario: Scenario; input: unknown } | { exit: number }> {
  const bad = { exit: EXIT.BAD_INPUT };
  const csvPath = flags.baselines;
  if (isWorkbookPath(path)) {
    if (csvPath !== undefined) {
      io.stderr(`--baselines reads services into a JSON scenario; the workbook ${path} states its services on its Services, Budgets and Budget positions sheets: leave out --baselines.\n`);
      return bad;
    }
    const bytes = await readBytes(io, path, flags.maxInputMb);
    if (bytes === undefined) return bad;
    // The workbook reader loads only for a workbook: a JSON scenario never needs it.
    const { safeParseScenarioWorkbook } = await import('../workbook/index.js');
    const result = await safeParseScenarioWorkbook(bytes);
    if (result.success) return { scenario: result.data, input: result.input };
    io.stderr(problemsText(path, result.error.issues.map((i) => i.message)));
    return bad;
  }
  const text = await readText(io, path, flags.maxInputMb);
  if (text === undefined) return bad;
  if (csvPath === undefined) {
    const result = safeParseScenario(text);
    if (result.success) return { scenario: result.data, input: text };
    io.stderr(problemsText(path, result.error.issues.map((i) => i.message)));
    return bad;
  }
  const csv = await readText(io, csvPath, flags.maxInputMb);
  const joined = csv === undefined ? undefined : withBaselines(io, path, text, csvPath, csv);
  if (joined === undefined) return bad;
  const result = safeParseScenario(joined.input);
  if (result.success) return { scenario: result.data, input: joined.input };
  io.stderr(baselinesProblems(path, csvPath, result.error.issues, joined.place));
  return bad;
}
