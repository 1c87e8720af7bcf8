import type { Command } from 'commander';
import { EXIT, type CliIO } from './io.js';

/** What every command is registered with: the program, the I/O, and where to leave the exit code. */
export interface CommandContext {
  readonly program: Command;
  readonly io: CliIO;
  /** The exit code the command ended with. */
  exit: number;
}

/** The line printed after a usage error, naming the command's own help. */
export function helpHint(command: string): string {
  return `Run \`shared-services ${command} --help\` for its usage and an example.`;
}

/** A command refused before it did any work: its message is printed as it is, and it exits with `exit`. */
export class CliRefusal extends Error {
  override readonly name = 'CliRefusal';
  constructor(
    message: string,
    readonly exit: number = EXIT.BAD_INPUT,
  ) {
    super(message);
  }
}
