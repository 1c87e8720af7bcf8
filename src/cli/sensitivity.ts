import { Option } from 'commander';
import { sensitivity } from '../analysis/index.js';
import { buildSensitivityView } from '../report/index.js';
import { loadVariant } from './_variant.js';
import { addAppraisalOptions, addInputOptions, addOutputOptions, appraisalOptions, wholeNumber, type AppraisalFlags } from './_options.js';
import { emit, type OutputFlags } from './_output.js';
import type { InputFlags } from './_scenario-file.js';
import { helpHint, type CommandContext } from './_state.js';

interface SensitivityFlags extends OutputFlags, AppraisalFlags, InputFlags {
  readonly paybackWithin?: number;
  readonly variant?: string;
}

const EXAMPLES = `
Varies each uncertain input alone over its range (the realisation of projected and possible savings
from 0 to 1, each one-off cost from 75% to 125% of its estimate, each indirect saving from its low to
its high rate, the discount rate from 1.5% to 6%) and prints the tornado table, ordered by the swing in
total NPV, with each input's break-even values: where NPV reaches zero, and where the partnership first
pays back within --payback-within years.

Exit codes: 0 ok; 2 bad input (a file, a variant or an option that cannot be used).

Examples:
  $ shared-services sensitivity examples/tri-borough-2011/scenario.json
  $ shared-services sensitivity examples/tri-borough-2011/scenario.json --payback-within 2 --format json`;

/**
 * Registers `sensitivity FILE`: the tornado table and break-even values of a scenario's appraisal.
 *
 * @param ctx - the program, the I/O and the exit code
 *
 * @example
 * ```ts
 * registerSensitivity(ctx); // shared-services sensitivity scenario.json --format json
 * ```
 */
export function registerSensitivity(ctx: CommandContext): void {
  const command = ctx.program
    .command('sensitivity')
    .description('tornado table of the appraisal: each input varied alone, with break-even values')
    .argument('<file>', 'the scenario file (JSON, or an .xlsx input workbook)')
    .addOption(new Option('--payback-within <years>', 'the payback break-even asks for payback within this many years (default: the period)').argParser(wholeNumber('years', 1, 125)))
    .option('--variant <name>', 'apply one of the scenario’s variants first');
  addOutputOptions(command);
  addInputOptions(addAppraisalOptions(command))
    .showHelpAfterError(helpHint('sensitivity'))
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, flags: SensitivityFlags) => {
      const loaded = await loadVariant(ctx.io, file, flags.variant, flags);
      if ('exit' in loaded) return void (ctx.exit = loaded.exit);
      const result = sensitivity(loaded.scenario, { ...appraisalOptions(flags), ...(flags.paybackWithin === undefined ? {} : { paybackWithin: flags.paybackWithin }) });
      ctx.exit = await emit(ctx.io, { reports: [buildSensitivityView(loaded.scenario, result)], analysis: { kind: 'sensitivity', scenario: loaded.scenario, result } }, flags);
    });
}
