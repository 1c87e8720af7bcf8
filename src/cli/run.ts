import { Command, CommanderError } from 'commander';
import { isScenarioError, isSharedServicesError, ErrorCode } from '../errors/index.js';
import { EXIT, type CliIO } from './io.js';
import type { CommandContext } from './_state.js';
import { registerValidate } from './validate.js';
import { registerReport } from './report.js';
import { registerSchema } from './schema.js';
import { registerCompare } from './compare.js';
import { registerSimulate } from './simulate.js';
import { registerSensitivity } from './sensitivity.js';
import pkg from '../../package.json' with { type: 'json' };

/** The program, with output going to `io` and errors thrown rather than exiting. */
function program(io: CliIO): Command {
  return new Command('shared-services')
    .description('Exact models of council shared-services business cases: who saves what, when.')
    .version(pkg.version)
    .configureOutput({ writeOut: (t) => io.stdout(t), writeErr: (t) => io.stderr(t) })
    .exitOverride()
    .showHelpAfterError('Run `shared-services --help` for the commands.')
    .addHelpText(
      'after',
      `
Exit codes: 0 ok; 1 the model ran but reconciliation (with --strict) or an internal check failed; 2 bad input.

Examples:
  $ shared-services validate examples/tri-borough-2011/scenario.json
  $ shared-services report examples/tri-borough-2011/scenario.json --view services --unit £000
  $ shared-services report examples/tri-borough-2011/scenario.json --view appraisal --discount-rate 0.035
  $ shared-services compare scenario.json --variant cow-leaves
  $ shared-services simulate examples/tri-borough-2011/scenario.json --runs 10000 --seed 2011
  $ shared-services sensitivity examples/tri-borough-2011/scenario.json
  $ shared-services schema > scenario.schema.json`,
    );
}

/** The exit code for an error thrown while a command ran, after saying what happened. */
function failure(error: unknown, io: CliIO): number {
  if (error instanceof CommanderError) {
    // Help and version end with 0; every other parse error is bad input, already explained.
    return error.exitCode === 0 ? EXIT.OK : EXIT.BAD_INPUT;
  }
  if (isScenarioError(error)) {
    io.stderr(`invalid: ${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}:\n${error.issues.map((i) => `${i.message}\n`).join('')}`);
    return EXIT.BAD_INPUT;
  }
  if (isSharedServicesError(error) && error.code === ErrorCode.INVARIANT) {
    io.stderr(`internal check failed: ${error.message}\nThis is a bug in shared-services-model, not in the scenario; please report it with the scenario file.\n`);
    return EXIT.FAILED;
  }
  if (isSharedServicesError(error) && error.issues.length > 0) {
    io.stderr(`${error.issues.map((i) => `${i.message}\n`).join('')}`);
    return EXIT.BAD_INPUT;
  }
  io.stderr(`unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT.FAILED;
}

/**
 * Runs the command line: parses `argv` (the arguments after the program name), runs the command, and
 * returns the exit code. It never exits the process and touches nothing but `io`, so tests call it
 * directly.
 *
 * @param argv - the arguments, e.g. `['report', 'scenario.json', '--view', 'services']`
 * @param io - where to read files from and write text to
 * @returns 0 ok; 1 the model ran but reconciliation (with `--strict`) or an internal check failed; 2 bad input
 *
 * @example
 * ```ts
 * await runCli(['validate', 'examples/tri-borough-2011/scenario.json'], nodeIO);
 * //=> 0
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const ctx: CommandContext = { program: program(io), io, exit: EXIT.OK };
  registerValidate(ctx);
  registerReport(ctx);
  registerCompare(ctx);
  registerSimulate(ctx);
  registerSensitivity(ctx);
  registerSchema(ctx);
  try {
    await ctx.program.parseAsync([...argv], { from: 'user' });
    return ctx.exit;
  } catch (error) {
    return failure(error, io);
  }
}
