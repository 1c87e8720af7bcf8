import { safeParseScenario, type Scenario } from '../model/index.js';
import { EXIT, type CliIO } from './io.js';
import { withBaselines } from './_baselines.js';

/** What to tell the user when a file cannot be read or written, by the error's code. */
function advice(code: string | undefined, action: 'read' | 'write'): string {
  switch (code) {
    case 'ENOENT':
      return action === 'read' ? 'no such file. Check the path and the folder you run from.' : 'its folder does not exist. Create the folder first, or choose another path.';
    case 'EISDIR':
      return action === 'read' ? 'it is a folder. Give the path of a scenario .json file.' : 'it is a folder. Give a file name, such as report.md.';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied. Check the permissions of the file and its folder.';
    default:
      return 'the file system refused.';
  }
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Reads a file's text, or says which file could not be read and what to do; returns undefined then. */
export async function readText(io: CliIO, path: string): Promise<string | undefined> {
  try {
    const text = await io.readFile(path);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    const code = errorCode(error);
    io.stderr(`cannot read ${path}: ${advice(code, 'read')}${code === undefined ? ` (${String((error as Error)?.message ?? error)})` : ''}\n`);
    return undefined;
  }
}

/** Writes a file, or says which file could not be written and what to do; returns whether it was written. */
export async function writeText(io: CliIO, path: string, data: string | Uint8Array): Promise<boolean> {
  try {
    await io.writeFile(path, data);
    return true;
  } catch (error) {
    io.stderr(`cannot write ${path}: ${advice(errorCode(error), 'write')}\n`);
    return false;
  }
}

/**
 * Reads and checks a scenario file, with the services of a baselines CSV file put into it when
 * `baselines` is given. On failure, prints every problem (one per line, with its path).
 */
export async function loadScenario(io: CliIO, path: string, baselines?: string): Promise<{ scenario: Scenario } | { exit: number }> {
  const text = await readText(io, path);
  if (text === undefined) return { exit: EXIT.BAD_INPUT };
  let input: unknown = text;
  if (baselines !== undefined) {
    const csv = await readText(io, baselines);
    input = csv === undefined ? undefined : withBaselines(io, path, text, baselines, csv);
  }
  if (input === undefined) return { exit: EXIT.BAD_INPUT };
  const result = safeParseScenario(input);
  if (result.success) return { scenario: result.data };
  const { issues } = result.error;
  io.stderr(`invalid: ${path} has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${issues.map((i) => `${i.message}\n`).join('')}`);
  return { exit: EXIT.BAD_INPUT };
}
