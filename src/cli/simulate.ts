import { InvalidArgumentError, Option } from 'commander';
import { isSharedServicesError } from '../errors/index.js';
import { simulate, simulateParallel, type Simulation } from '../analysis/index.js';
import { buildSimulationView } from '../report/index.js';
import { loadVariant } from './_variant.js';
import { addAppraisalOptions, addInputOptions, addOutputOptions, appraisalOptions, parseSeed, wholeNumber, type AppraisalFlags } from './_options.js';
import { emit, type OutputFlags } from './_output.js';
import type { InputFlags } from './_scenario-file.js';
import { progressBar } from './_progress.js';
import { CliRefusal, helpHint, type CommandContext } from './_state.js';

interface SimulateFlags extends OutputFlags, AppraisalFlags, InputFlags {
  readonly runs: number;
  readonly seed: string;
  readonly threads?: number | 'auto';
  readonly variant?: string;
}

const EXAMPLES = `
Draws the uncertain inputs (the realisation of each tier, one-off cost overruns, where each indirect
saving falls in its range) from the scenario's default distributions, and gives P10, P50, P90 and the
mean of NPV and net benefit per partner and in total, the payback year, and the probability of ending
up worse off. The same seed gives the same output, to the byte, with any number of threads. A progress
bar is drawn on standard error when it is a terminal and the run takes more than a second.

Limits, checked before any run: --runs from 1 to 10,000,000; runs × (partners + 1) at most 50,000,000
(the values kept in memory, about 900 MB); runs × (partners + 1) × years at most 2,000,000,000.
--threads is capped to the machine's cores. By default (auto) the runs are shared among threads only
where there are enough of them to pay for starting a thread (about 40,000 runs of the tri-borough
example a thread) and the machine has cores to spare (not busy with other work: a load average under 2 a
core); otherwise they run in this thread alone.

Exit codes: 0 ok; 2 bad input (a file, a variant or an option that cannot be used).

Examples:
  $ shared-services simulate examples/tri-borough-2011/scenario.json --runs 10000 --seed 2011
  $ shared-services simulate examples/tri-borough-2011/scenario.json --runs 1000000 --seed 2011 --threads 4
  $ shared-services simulate examples/tri-borough-2011/scenario.json --runs 10000 --seed 7 --format json --out sim.json`;

/** Reads `--threads`: auto, or a whole number from 1 to 256. */
function parseThreads(value: string): number | 'auto' {
  if (value.trim() === 'auto') return 'auto';
  try {
    return wholeNumber('threads', 1, 256)(value);
  } catch {
    throw new InvalidArgumentError('expected auto, or a whole number of threads from 1 to 256.');
  }
}

/**
 * A problem with an option the simulation refused (`runs: expected at most 49,950 runs …`), said as the
 * command line's option (`--runs 10000000: expected …`); any other error as it is.
 */
function asOptionProblem(error: unknown): unknown {
  if (!isSharedServicesError(error) || error.issues.length === 0) return error;
  const options = error.issues.filter((i) => i.path.length === 1 && (i.path[0] === 'runs' || i.path[0] === 'threads'));
  if (options.length !== error.issues.length) return error;
  return new CliRefusal(options.map((i) => `--${String(i.path[0])} ${i.received}: expected ${i.expected}.\n${helpHint('simulate')}`).join('\n'));
}

/**
 * Registers `simulate FILE --runs N --seed S`: a seeded Monte Carlo simulation of the appraisal, in
 * this thread or shared among worker threads (`--threads`), with a progress bar on a terminal.
 *
 * @param ctx - the program, the I/O and the exit code
 *
 * @example
 * ```ts
 * registerSimulate(ctx); // shared-services simulate scenario.json --runs 10000 --seed 2011
 * ```
 */
export function registerSimulate(ctx: CommandContext): void {
  const command = ctx.program
    .command('simulate')
    .description('Monte Carlo simulation of the appraisal: P10, P50, P90 of NPV, payback and net benefit')
    .argument('<file>', 'the scenario file (JSON, or an .xlsx input workbook)')
    .addOption(new Option('--runs <n>', 'how many runs, 1 to 10,000,000').argParser(wholeNumber('runs', 1, 10_000_000)).default(10_000))
    .addOption(new Option('--seed <seed>', 'the seed: a whole number, such as 2011 (required: the same seed gives the same output)').argParser(parseSeed).makeOptionMandatory())
    .addOption(new Option('--threads <n>', 'share the runs among this many threads, 1 to 256, capped to the machine’s cores; auto: a second thread only where the runs pay for it (default: auto)').argParser(parseThreads))
    .option('--variant <name>', 'apply one of the scenario’s variants first');
  addOutputOptions(command);
  addInputOptions(addAppraisalOptions(command))
    .showHelpAfterError(helpHint('simulate'))
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, flags: SimulateFlags) => {
      const loaded = await loadVariant(ctx.io, file, flags.variant, flags);
      if ('exit' in loaded) return void (ctx.exit = loaded.exit);
      const bar = progressBar(ctx.io, 'runs');
      const options = { ...appraisalOptions(flags), runs: flags.runs, seed: flags.seed, onProgress: bar.update };
      const asked = flags.threads ?? 'auto';
      const threads = asked === 'auto' ? asked : Math.min(asked, ctx.io.cores ?? Infinity);
      if (threads !== asked) ctx.io.stderr(`--threads ${asked}: this machine has ${threads} core${threads === 1 ? '' : 's'}; using ${threads}.\n`);
      let result: Simulation;
      try {
        result = threads === 1 ? simulate(loaded.scenario, options) : await simulateParallel(loaded.scenario, { ...options, threads });
      } catch (error) {
        throw asOptionProblem(error);
      } finally {
        bar.finish();
      }
      ctx.exit = await emit(ctx.io, { reports: [buildSimulationView(loaded.scenario, result)], analysis: { kind: 'simulation', scenario: loaded.scenario, result } }, flags);
    });
}
