import { basename, dirname, join } from 'node:path';
import type { CliIO, FileFacts } from './io.js';
import { decodeUtf8 } from './_utf8.js';

/** The largest input file read unless `--max-input-mb` says otherwise, in MiB. */
export const DEFAULT_MAX_INPUT_MB = 64;
/** The most `--max-input-mb` may allow, in MiB: past it the text would not fit in one JavaScript string. */
export const MAX_INPUT_MB = 512;

const MIB = 1024 * 1024;

/** What to tell the user when a file cannot be read or written, by the error's code. */
function advice(code: string | undefined, action: 'read' | 'write'): string {
  switch (code) {
    case 'ENOENT':
      return action === 'read' ? 'no such file. Check the path and the folder you run from.' : 'its folder does not exist. Create the folder first, or choose another path.';
    case 'EISDIR':
      return action === 'read' ? 'it is a folder. Give the path of a scenario .json file.' : 'it is a folder. Give a file name, such as report.md.';
    case 'EACCES':
    case 'EPERM':
      return action === 'read' ? 'permission denied. Check the permissions of the file and its folder.' : 'permission denied. Check the permissions of the file and of its folder (a temporary file is written there first).';
    case 'ENOSPC':
    case 'EDQUOT':
      return `${systemErrorText({ code })}. Free some space; any file already there is left as it was.`;
    default:
      return 'the file system refused.';
  }
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

const SYSTEM_ERRORS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EIO: 'input/output error',
  EFBIG: 'file too large',
  EBADF: 'it is closed',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EPIPE: 'the reader has gone',
};

/**
 * A system error in a few words, for one line on standard error: `no space left on device` for
 * `ENOSPC`; else Node's own words without the code and the call, else the code.
 */
export function systemErrorText(error: unknown): string {
  const code = errorCode(error);
  if (code !== undefined && SYSTEM_ERRORS[code] !== undefined) return SYSTEM_ERRORS[code];
  const message = String((error as { message?: unknown } | null)?.message ?? '');
  const words = /^[A-Z0-9_]+: ([^,]+)/.exec(message)?.[1];
  return words ?? code ?? (message === '' ? String(error) : message);
}

/** What is at a path, or undefined when the I/O cannot say (nothing there, or no `stat`). */
export async function statOf(io: CliIO, path: string): Promise<FileFacts | undefined> {
  try {
    return await io.stat?.(path);
  } catch {
    return undefined;
  }
}

const tooLarge = (path: string, limitMb: number, size?: number): string => {
  const how = size === undefined ? `it is over the ${limitMb} MiB limit for an input file` : `it is ${(size / MIB).toFixed(1)} MiB, over the ${limitMb} MiB limit for an input file`;
  const need = size === undefined ? undefined : Math.ceil(size / MIB);
  const fix =
    need === undefined
      ? `Give a larger --max-input-mb (at most ${MAX_INPUT_MB}) to read it anyway.`
      : need <= MAX_INPUT_MB
        ? `Give --max-input-mb ${need} (at most ${MAX_INPUT_MB}) to read it anyway.`
        : `The CLI reads at most ${MAX_INPUT_MB} MiB: check it is the file you meant.`;
  return `cannot read ${path}: ${how}. ${fix}\n`;
};

/**
 * Reads a file's text, or says which file could not be read and what to do; returns undefined then. A
 * file over `maxInputMb` MiB is refused before it is read; bytes that are not UTF-8 are refused with the
 * offset and line of the first bad sequence; a byte-order mark is dropped.
 */
export async function readText(io: CliIO, path: string, maxInputMb = DEFAULT_MAX_INPUT_MB): Promise<string | undefined> {
  const maxBytes = maxInputMb * MIB;
  const facts = await statOf(io, path);
  if (facts !== undefined && facts.isFile && facts.size > maxBytes) return void io.stderr(tooLarge(path, maxInputMb, facts.size));
  let data: string | Uint8Array;
  try {
    data = await io.readFile(path, maxBytes);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EFBIG') return void io.stderr(tooLarge(path, maxInputMb));
    io.stderr(`cannot read ${path}: ${advice(code, 'read')}${code === undefined ? ` (${String((error as Error)?.message ?? error)})` : ''}\n`);
    return undefined;
  }
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  if (bytes.length > maxBytes) return void io.stderr(tooLarge(path, maxInputMb, bytes.length));
  if (typeof data === 'string') return data.charCodeAt(0) === 0xfeff ? data.slice(1) : data;
  const decoded = decodeUtf8(data);
  if ('text' in decoded) return decoded.text;
  const { offset, line, bytes: shown } = decoded.problem;
  io.stderr(`cannot read ${path}: it is not UTF-8 text: at byte offset ${offset} (line ${line}), ${shown} is not a UTF-8 character. Save the file as UTF-8 (text saved as Latin-1 or Windows-1252 has such bytes).\n`);
  return undefined;
}

/** A name for a temporary file beside `target`, hidden, and unlikely to be any other file's. */
const temporaryBeside = (target: string): string => join(dirname(target), `.${basename(target)}.${Math.random().toString(36).slice(2, 10)}.tmp`);

/**
 * Writes a whole file or nothing: to a new temporary file in the same folder, then renamed over the
 * target in one step, so a failed or interrupted write leaves any file already there as it was. A
 * symbolic link is followed (the file it names is replaced, the link kept); a device or a pipe
 * (`/dev/null`, `/dev/stdout`) is written in place, never replaced.
 */
async function writeWhole(io: CliIO, path: string, data: string | Uint8Array): Promise<void> {
  if (io.rename === undefined) return io.writeFile(path, data);
  let target = path;
  try {
    target = (await io.realpath?.(path)) ?? path;
  } catch {
    // Nothing there yet: the file is created.
  }
  const facts = await statOf(io, target);
  if (facts !== undefined && !facts.isFile) return io.writeFile(target, data);
  const temporary = temporaryBeside(target);
  try {
    // The file it replaces keeps its permissions (a report others may read stays readable).
    await io.writeFile(temporary, data, facts?.mode === undefined ? { exclusive: true } : { exclusive: true, mode: facts.mode });
    await io.rename(temporary, target);
  } catch (error) {
    // A file already there under that name (EEXIST) is not ours: only a file this write created is removed.
    if (errorCode(error) !== 'EEXIST') await io.remove?.(temporary).catch(() => undefined);
    throw error;
  }
}

/** Writes a file whole (or not at all), or says which file could not be written and what to do; returns whether it was written. */
export async function writeText(io: CliIO, path: string, data: string | Uint8Array): Promise<boolean> {
  try {
    await writeWhole(io, path, data);
    return true;
  } catch (error) {
    io.stderr(`cannot write ${path}: ${advice(errorCode(error), 'write')}\n`);
    return false;
  }
}
