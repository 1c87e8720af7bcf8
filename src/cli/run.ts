import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { isScenarioError, isSharedServicesError, ErrorCode } from '../errors/index.js';
import { EXIT, type CliIO } from './io.js';
import { CliRefusal, type CommandContext } from './_state.js';
import { overwritesInput, type NamedInput } from './_own-inputs.js';

/**
 * Each command's module, by the command's name, in the order `--help` lists them. A module's code runs
 * only when the command line names its command (or when every command is needed: help, a mistyped
 * command), so `report` never sets up the simulation, the workbook writer or the JSON Schema generator.
 * (In the CLI's one-file program, dist/cli-program.cjs, the bundler keeps each such module's top level
 * in a function run at its first import.)
 */
const COMMANDS = {
  validate: async () => (await import('./validate.js')).registerValidate,
  report: async () => (await import('./report.js')).registerReport,
  compare: async () => (await import('./compare.js')).registerCompare,
  simulate: async () => (await import('./simulate.js')).registerSimulate,
  sensitivity: async () => (await import('./sensitivity.js')).registerSensitivity,
  workbook: async () => (await import('./workbook.js')).registerWorkbook,
  schema: async () => (await import('./schema.js')).registerSchema,
} as const satisfies Readonly<Record<string, () => Promise<(ctx: CommandContext) => void>>>;

type CommandName = keyof typeof COMMANDS;

/**
 * The commands to register for `argv`: the one its first word names, else all of them. Only a first word
 * that is a command's name makes commander run that command, so what it then parses, prints and refuses
 * is the same as with every command registered; a first word `--version` (or `-V`) prints the version
 * before anything else is read, and needs none; anything else (`--help`, `help report`, a mistyped name)
 * gets them all, as the program always had.
 */
function commandsFor(argv: readonly string[]): CommandName[] {
  const first = argv[0];
  if (first === '--version' || first === '-V') return [];
  return first !== undefined && Object.hasOwn(COMMANDS, first) ? [first as CommandName] : (Object.keys(COMMANDS) as CommandName[]);
}

/**
 * The package's version, from its own package.json, read as the program is built. The file is found by
 * the package's own name (a package may import itself so), which finds the same file from the clone's
 * src/ and dist/ and from an install; no bundle carries a copy of it.
 */
function packageVersion(): string {
  const pkg = createRequire(import.meta.url)('shared-services-model/package.json') as { readonly version: string };
  return pkg.version;
}

/** The program, with output going to `io` and errors thrown rather than exiting. */
function program(io: CliIO): Command {
  return new Command('shared-services')
    .description('Exact models of council shared-services business cases: who saves what, when.')
    .version(packageVersion())
    .configureOutput({ writeOut: (t) => io.stdout(t), writeErr: (t) => io.stderr(t) })
    .exitOverride()
    .showHelpAfterError('Run `shared-services --help` for the commands.')
    .addHelpText(
      'after',
      `
Exit codes: 0 ok; 1 the model ran but reconciliation (with --strict) or an internal check failed; 2 bad input.

Input files must be UTF-8 and at most 64 MiB (--max-input-mb N allows up to N MiB, at most 512).
--out never writes over a file the command reads, and writes the whole output or nothing.

Examples:
  $ shared-services validate examples/tri-borough-2011/scenario.json
  $ shared-services report examples/tri-borough-2011/scenario.json --view services --unit £000
  $ shared-services report examples/tri-borough-2011/scenario.json --view appraisal --discount-rate 0.035
  $ shared-services compare examples/tri-borough-2011/scenario.json --variant westminster-leaves
  $ shared-services simulate examples/tri-borough-2011/scenario.json --runs 10000 --seed 2011
  $ shared-services sensitivity examples/tri-borough-2011/scenario.json
  $ shared-services schema > scenario.schema.json`,
    );
}

/** The exit code for an error thrown while a command ran, after saying what happened in a line or a list, never a stack trace. */
function failure(error: unknown, io: CliIO): number {
  if (error instanceof CommanderError) {
    // Help and version end with 0; every other parse error is bad input, already explained.
    return error.exitCode === 0 ? EXIT.OK : EXIT.BAD_INPUT;
  }
  if (error instanceof CliRefusal) {
    io.stderr(`${error.message}\n`);
    return error.exit;
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
  if (io.debug === true && error instanceof Error && error.stack !== undefined) io.stderr(`${error.stack}\n`);
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  io.stderr(`internal error: ${message}. This is a bug in shared-services-model; please report it with the command and its files (SHARED_SERVICES_DEBUG=1 shows where it happened).\n`);
  return EXIT.FAILED;
}

/**
 * Before any command runs: refuses an `--out` that is one of the command's own inputs (its file
 * arguments and `--baselines`), so that no command can write over what it reads. Every command's
 * positional arguments are files.
 */
async function guardOutput(io: CliIO, command: Command): Promise<void> {
  const flags = command.opts<{ out?: unknown; baselines?: unknown }>();
  if (typeof flags.out !== 'string') return;
  const inputs: NamedInput[] = command.processedArgs.filter((a): a is string => typeof a === 'string').map((path) => ({ path, what: 'the scenario file' }));
  if (typeof flags.baselines === 'string') inputs.push({ path: flags.baselines, what: 'the baselines file' });
  const problem = await overwritesInput(io, flags.out, inputs);
  if (problem !== undefined) throw new CliRefusal(problem);
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
  ctx.program.hook('preAction', (_program, command) => guardOutput(io, command));
  try {
    for (const register of await Promise.all(commandsFor(argv).map((name) => COMMANDS[name]()))) register(ctx);
    await ctx.program.parseAsync([...argv], { from: 'user' });
    return ctx.exit;
  } catch (error) {
    try {
      return failure(error, io);
    } catch {
      return EXIT.FAILED; // Standard error itself failed: nothing more can be said.
    }
  }
}
