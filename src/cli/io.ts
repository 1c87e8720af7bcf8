/**
 * What the CLI reads from and writes to. `main.ts` passes the process's streams and the file system;
 * tests pass strings in memory.
 *
 * @example
 * ```ts
 * const out: string[] = [];
 * const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => out.push(t), readFile: async () => '{}', writeFile: async () => {} };
 * ```
 */
export interface CliIO {
  /** Writes text to standard output (reports, the schema). */
  stdout(text: string): void;
  /** Writes text to standard error (problems, confirmations). */
  stderr(text: string): void;
  /** Reads a text file (UTF-8). Rejects with a Node-style error (`code: 'ENOENT'`, …) when it cannot. */
  readFile(path: string): Promise<string>;
  /** Writes a text file (UTF-8). Rejects with a Node-style error when it cannot. */
  writeFile(path: string, text: string): Promise<void>;
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
