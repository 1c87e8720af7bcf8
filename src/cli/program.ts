// The command-line program: the only place that touches the real process (streams, files, exit status).
// Built as one CommonJS file (dist/cli-program.cjs) that the bin (src/cli/main.ts) compiles from V8's code
// cache: see src/cli/program-loader.ts.
import { chmod, open, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { unlinkSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { runCli } from './run.js';
import { systemErrorText } from './_files.js';
import type { CliIO } from './io.js';

/** Files created new (`exclusive`: the CLI's temporary files) and not yet renamed or removed. */
const pending = new Set<string>();

/** Reads a whole file, or rejects with `EFBIG` as soon as it is longer than `maxBytes` (a pipe, `/dev/zero`). */
async function readBytes(path: string, maxBytes = Number.MAX_SAFE_INTEGER): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    const buffer = Buffer.allocUnsafe(1 << 20);
    let total = 0;
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return Buffer.concat(chunks, total);
      total += bytesRead;
      if (total > maxBytes) throw Object.assign(new Error(`${path} is longer than ${maxBytes} bytes`), { code: 'EFBIG' });
      chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
    }
  } finally {
    await file.close();
  }
}

/** The real process's files and streams, as the commands see them. */
function processIO(): CliIO {
  return {
    stdout: (data) => void process.stdout.write(data),
    stderr: (text) => void process.stderr.write(text),
    readFile: readBytes,
    writeFile: async (path, data, options) => {
      if (options?.exclusive === true) pending.add(path);
      try {
        await writeFile(path, data, { flag: options?.exclusive === true ? 'wx' : 'w' });
      } catch (error) {
        // Another file has that name: it is not ours to delete.
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') pending.delete(path);
        throw error;
      }
      if (options?.mode !== undefined) await chmod(path, options.mode);
    },
    stat: async (path) => {
      const s = await stat(path, { bigint: true });
      return { size: Number(s.size), dev: s.dev, ino: s.ino, isFile: s.isFile(), mode: Number(s.mode & 0o7777n) };
    },
    realpath: (path) => realpath(path),
    rename: async (from, to) => {
      await rename(from, to);
      pending.delete(from);
    },
    remove: async (path) => {
      await rm(path, { force: true });
      pending.delete(path);
    },
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stderrColumns: process.stderr.columns ?? 80,
    cores: availableParallelism(),
    debug: process.env.SHARED_SERVICES_DEBUG === '1',
    now: () => performance.now(),
  };
}

/**
 * Runs the command line `argv` (the words after the program's name) in this process: reads and writes its
 * files, prints to the process's streams and sets the exit code. Also deletes unfinished temporary files
 * whatever ends the process, and turns a failed standard output or an uncaught error into one line.
 *
 * @param argv - the command line, without `node` and the script
 *
 * @example
 * ```ts
 * main(['report', 'examples/tri-borough-2011/scenario.json']); // prints the report, exit code 0
 * ```
 */
export function main(argv: readonly string[]): void {
  const io = processIO();
  // Deletes the temporary files of writes that did not finish, whatever ends the process.
  process.on('exit', () => {
    for (const path of pending) {
      try {
        unlinkSync(path);
      } catch {
        // Already gone.
      }
    }
  });
  for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]] as const) process.on(signal, () => process.exit(128 + number));

  // A reader that stops early (`| head`) is not an error; any other failure of standard output (a full
  // disk, `> /dev/full`) is bad output: one line, exit 2.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`cannot write standard output: ${systemErrorText(error)}\n`);
    process.exit(2);
  });
  // If standard error fails there is nowhere left to say so: the exit status still tells.
  process.stderr.on('error', () => undefined);
  // Nothing should reach here (runCli catches every error); if something does, one line, not a stack trace.
  process.on('uncaughtException', (error) => {
    process.stderr.write(io.debug === true && error.stack !== undefined ? `${error.stack}\n` : `internal error: ${error.message}. This is a bug in shared-services-model; please report it (SHARED_SERVICES_DEBUG=1 shows where it happened).\n`);
    process.exit(1);
  });

  void runCli(argv, io).then((code) => {
    process.exitCode = code;
  });
}

export { runCli };
