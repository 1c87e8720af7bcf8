/**
 * What the CLI learns of a file from {@link CliIO.stat}: enough to refuse one that is too large, and to
 * tell two paths that name the same file apart from two that do not.
 *
 * @example
 * ```ts
 * const facts: FileFacts = { size: 1024, dev: 2049, ino: 131, isFile: true };
 * ```
 */
export interface FileFacts {
  /** Its size in bytes (0 for a device or a pipe, whose size is not known in advance). */
  readonly size: number;
  /** The device it is on: with `ino`, its identity, shared by every hard link and symbolic link to it. */
  readonly dev: number | bigint;
  /** Its inode number on that device. */
  readonly ino: number | bigint;
  /** A regular file (not a folder, a device such as `/dev/null`, a pipe or a socket). */
  readonly isFile: boolean;
  /** Its permission bits (`0o644`), kept when the CLI replaces it. @defaultValue unknown: a new file's */
  readonly mode?: number;
}

/**
 * What the CLI reads from and writes to. `main.ts` passes the process's streams and the file system;
 * tests pass strings in memory. The optional capabilities make the CLI safer when given: without
 * `stat` and `realpath` an output is compared with the inputs by its path as written; without `rename`
 * an output is written in place rather than through a temporary file.
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
  /**
   * Reads a file: its bytes (decoded by the CLI, which refuses any that are not UTF-8), or text already
   * decoded. Given `maxBytes`, it may stop reading once the file is longer and reject with
   * `code: 'EFBIG'` (a pipe or a device, whose size `stat` cannot tell). Rejects with a Node-style error
   * (`code: 'ENOENT'`, …) when it cannot read.
   */
  readFile(path: string, maxBytes?: number): Promise<string | Uint8Array>;
  /**
   * Writes a file: text as UTF-8, or bytes. With `exclusive`, creates a new file and rejects
   * (`code: 'EEXIST'`) if one is there; with `mode`, gives it those permission bits. Rejects with a
   * Node-style error when it cannot.
   */
  writeFile(path: string, data: string | Uint8Array, options?: { readonly exclusive?: boolean; readonly mode?: number }): Promise<void>;
  /** What is at a path, following symbolic links. Rejects (`code: 'ENOENT'`, …) when nothing is. */
  stat?(path: string): Promise<FileFacts>;
  /** The absolute path with every symbolic link resolved. Rejects when nothing is at the path. */
  realpath?(path: string): Promise<string>;
  /** Renames a file, replacing the file at `to` in one step (both in the same folder). */
  rename?(from: string, to: string): Promise<void>;
  /** Deletes a file (a temporary one the CLI wrote and could not finish). */
  remove?(path: string): Promise<void>;
  /** Whether standard output is a terminal (binary formats are then refused). @defaultValue false */
  readonly stdoutIsTTY?: boolean;
  /** Whether standard error is a terminal (a progress bar is then drawn on it). @defaultValue false */
  readonly stderrIsTTY?: boolean;
  /** The width of the terminal on standard error, in characters. @defaultValue 80 */
  readonly stderrColumns?: number;
  /** The processor cores the machine offers: `--threads` is capped to it. @defaultValue no cap */
  readonly cores?: number;
  /** Print an internal error's stack trace (`SHARED_SERVICES_DEBUG=1`), not one line. @defaultValue false */
  readonly debug?: boolean;
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
  /** The model ran, but reconciliation (with `--strict`) or an internal check failed; or an internal error. */
  FAILED: 1,
  /** Bad input: a scenario that breaks the format, an unreadable file, an unknown option, an output that cannot be written. */
  BAD_INPUT: 2,
} as const;
