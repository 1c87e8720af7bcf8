/**
 * What the CLI reads from and writes to. `main.ts` passes the process's streams and the file system;
 * tests pass strings in memory.
 *
 * @example
 * ```ts
 * const out: string[] = [];
 * const io: CliIO = { stdout: (t) => out.push(String(t)), stderr: (t) => out.push(t), readFile: async () => '{}', writeFile: async () => {} };
 * ```
 */
export interface CliIO {
  /** Writes to standard output (reports, the schema): text, or the bytes of a binary format. */
  stdout(data: string | Uint8Array): void;
  /** Writes text to standard error (problems, confirmations, the progress bar). */
  stderr(text: string): void;
  /** Reads a text file (UTF-8). Rejects with a Node-style error (`code: 'ENOENT'`, …) when it cannot. */
  readFile(path: string): Promise<string>;
  /** Writes a file: text as UTF-8, or bytes. Rejects with a Node-style error when it cannot. */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** Whether standard output is a terminal (binary formats are then refused). @defaultValue false */
  readonly stdoutIsTTY?: boolean;
  /** Whether standard error is a terminal (a progress bar is then drawn on it). @defaultValue false */
  readonly stderrIsTTY?: boolean;
  /** The width of the terminal on standard error, in characters. @defaultValue 80 */
  readonly stderrColumns?: number;
  /** Milliseconds from a fixed point, for the progress bar's timing. @defaultValue `Date.now` */
  now?(): number;
}

/**
 * The CLI's exit codes.
 *
 * @example
 * ```ts
 * EXIT.BAD_INPUT;
 * //=> 2
 * ```
 */
export const EXIT = {
  /** Everything ran and checked out. */
  OK: 0,
  /** The model ran, but reconciliation (with `--strict`) or an internal check failed. */
  FAILED: 1,
  /** Bad input: a scenario that breaks the format, an unreadable file, an unknown option. */
  BAD_INPUT: 2,
} as const;
