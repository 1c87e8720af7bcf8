import { Option } from 'commander';
import { simulate, simulateParallel, type Simulation } from '../analysis/index.js';
import { buildSimulationView } from '../report/index.js';
import { loadVariant } from './_variant.js';
import { addAppraisalOptions, addOutputOptions, appraisalOptions, parseSeed, wholeNumber, type AppraisalFlags } from './_options.js';
import { emit, type OutputFlags } from './_output.js';
import { progressBar } from './_progress.js';
import { helpHint, type CommandContext } from './_state.js';

interface SimulateFlags extends OutputFlags, AppraisalFlags {
  readonly runs: number;
  readonly seed: string;
  readonly threads?: number;
  readonly variant?: string;
}

const EXAMPLES = `
Draws the uncertain inputs (the realisation of each tier, one-off cost overruns, where each indirect
saving falls in its range) from the scenario's default distributions, and gives P10, P50, P90 and the
mean of NPV and net benefit per partner and in total, the payback year, and the probability of ending
up worse off. The same seed gives the same output, to the byte, with any number of threads. A progress
bar is drawn on standard error when it is a terminal and the run takes more than a second.

Exit codes: 0 ok; 2 bad input (a file, a variant or an option that cannot be used).

Examples:
  $ shared-services simulate examples/tri-borough-2011/scenario.json --runs 10000 --seed 2011
  $ shared-services simulate examples/tri-borough-2011/scenario.json --runs 1000000 --seed 2011 --threads 4
  $ shared-services simulate examples/tri-borough-2011/scenario.json --runs 10000 --seed 7 --format json --out sim.json`;

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
    .argument('<file>', 'the scenario file (JSON)')
    .addOption(new Option('--runs <n>', 'how many runs, 1 to 10,000,000').argParser(wholeNumber('runs', 1, 10_000_000)).default(10_000))
    .addOption(new Option('--seed <seed>', 'the seed: a whole number, such as 2011 (required: the same seed gives the same output)').argParser(parseSeed).makeOptionMandatory())
    .addOption(new Option('--threads <n>', 'share the runs among this many worker threads, 1 to 256 (default: 1, in this thread)').argParser(wholeNumber('threads', 1, 256)))
    .option('--variant <name>', 'apply one of the scenario’s variants first');
  addOutputOptions(command);
  addAppraisalOptions(command)
    .showHelpAfterError(helpHint('simulate'))
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, flags: SimulateFlags) => {
      const loaded = await loadVariant(ctx.io, file, flags.variant);
      if ('exit' in loaded) return void (ctx.exit = loaded.exit);
      const bar = progressBar(ctx.io, 'runs');
      const options = { ...appraisalOptions(flags), runs: flags.runs, seed: flags.seed, onProgress: bar.update };
      let result: Simulation;
      try {
        result = flags.threads === undefined || flags.threads === 1 ? simulate(loaded.scenario, options) : await simulateParallel(loaded.scenario, { ...options, threads: flags.threads });
      } finally {
        bar.finish();
      }
      ctx.exit = await emit(ctx.io, { reports: [buildSimulationView(loaded.scenario, result)] }, flags);
    });
}
