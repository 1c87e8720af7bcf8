import { Option } from 'commander';
import { evaluate } from '../engine/index.js';
import { reconcile } from '../analysis/index.js';
import { RECONCILIATION_GROUPS, RECONCILIATION_GROUP_WORDS, VIEW_NAMES, VIEW_SUMMARIES, buildView, type ReconciliationGroup, type ViewName } from '../report/index.js';
import { loadVariant } from './_variant.js';
import { addAppraisalOptions, addDisplayOptions, addInputOptions, addOutputOptions, appraisalOptions, parseOnly, type AppraisalFlags } from './_options.js';
import type { InputFlags } from './_scenario-file.js';
import { chooseFormat, emit, type OutputFlags } from './_output.js';
import { EXIT } from './io.js';
import { helpHint, type CommandContext } from './_state.js';

interface ReportFlags extends OutputFlags, AppraisalFlags, InputFlags {
  readonly view: ViewName;
  readonly strict?: boolean;
  readonly variant?: string;
  readonly only?: readonly ReconciliationGroup[];
}

/** The longest group name, so the descriptions line up. */
const WIDEST_GROUP = Math.max(...RECONCILIATION_GROUPS.map((g) => g.length));

/** Why `--only` cannot be used with these flags, or undefined when it can. */
function onlyProblem(flags: ReportFlags): string | undefined {
  if (flags.only === undefined) return undefined;
  if (flags.view !== 'reconcile') return `--only lists groups of the reconcile view: give --view reconcile (the view is ${flags.view}).`;
  const format = chooseFormat(flags, true);
  if (typeof format === 'string' && format !== 'md' && format !== 'csv' && format !== 'json') {
    return `--only applies to md, csv and json; the ${format} report shows every figure, the discrepancies first (leave out --only).`;
  }
  return undefined;
}

/** The longest view name, so the summaries line up beside every name. */
const WIDEST = Math.max(...VIEW_NAMES.map((v) => v.length));

const EXAMPLES = `
Views:
${VIEW_NAMES.map((v) => `  ${v.padEnd(WIDEST + 2)}${VIEW_SUMMARIES[v]}`).join('\n')}
Every view ends with the caveats: unquantified costs, unquantified or unconfirmed funding.
The reconcile view lists the figures in groups, what matters first; --only lists just some of them
(comma-separated) and counts the rest in one line:
${RECONCILIATION_GROUPS.map((g) => `  ${g.padEnd(WIDEST_GROUP + 2)}${RECONCILIATION_GROUP_WORDS[g].description}`).join('\n')}
The appraisal options apply to the appraisal, years and fairness views.

Exit codes: 0 ok; 1 with --strict, a published figure differs from the model beyond rounding;
2 bad input (each problem on stderr, one per line, with its path).

Examples:
  $ shared-services report examples/tri-borough-2011/scenario.json
  $ shared-services report examples/tri-borough-2011/scenario.json --view services --unit £000
  $ shared-services report examples/tri-borough-2011/scenario.json --unit £m --decimals 1
  $ shared-services report examples/tri-borough-2011/scenario.json --unit £000 --negatives minus
  $ shared-services report examples/tri-borough-2011/scenario.json --view appraisal --discount-rate 0.035 --years 10
  $ shared-services report examples/tri-borough-2011/scenario.json --view appraisal --risk-weights projected=0.8,possible=0.5
  $ shared-services report examples/tri-borough-2011/scenario.json --variant westminster-leaves --view partners
  $ shared-services report examples/tri-borough-2011/scenario.json --view reconcile --format csv --out reconcile.csv
  $ shared-services report examples/tri-borough-2011/scenario.json --view reconcile --only discrepancies
  $ shared-services report examples/tri-borough-2011/scenario.json --view reconcile --only discrepancies,arithmetic --format json
  $ shared-services report examples/tri-borough-2011/scenario.json --strict
  $ shared-services report scenario.json --baselines baselines.csv --view services`;

/**
 * Registers `report FILE`: evaluates a scenario (or one of its variants) and prints a view of it, in any
 * of the output formats; the appraisal options apply to the views that use the appraisal.
 *
 * @param ctx - the program, the I/O and the exit code
 *
 * @example
 * ```ts
 * registerReport(ctx); // shared-services report scenario.json --view appraisal --discount-rate 0.035
 * ```
 */
export function registerReport(ctx: CommandContext): void {
  const command = ctx.program
    .command('report')
    .description('evaluate a scenario and print a view of it')
    .argument('<file>', 'the scenario file (JSON, or an .xlsx input workbook)')
    .addOption(new Option('--view <view>', 'what to show').choices(VIEW_NAMES).default('partners'));
  addDisplayOptions(addOutputOptions(command, true));
  addInputOptions(addAppraisalOptions(command))
    .option('--variant <name>', 'apply one of the scenario’s variants first')
    .option('--baselines <file.csv>', 'read the services and their baselines from a CSV file (the scenario must state none)')
    .option('--strict', 'exit 1 when a published figure differs from the model beyond rounding')
    .addOption(new Option('--only <groups>', `with --view reconcile: list only these groups (${RECONCILIATION_GROUPS.join(', ')}), comma-separated`).argParser(parseOnly))
    .showHelpAfterError(helpHint('report'))
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, flags: ReportFlags) => {
      const problem = onlyProblem(flags);
      if (problem !== undefined) {
        ctx.io.stderr(`${problem}\n`);
        ctx.exit = EXIT.BAD_INPUT;
        return;
      }
      const loaded = await loadVariant(ctx.io, file, flags.variant, flags);
      if ('exit' in loaded) {
        ctx.exit = loaded.exit;
        return;
      }
      const evaluation = evaluate(loaded.scenario);
      const appraisal = appraisalOptions(flags);
      const report = buildView(evaluation, flags.view, { appraisal, ...(flags.only === undefined ? {} : { reconcile: { only: flags.only } }) });
      ctx.exit = await emit(ctx.io, { reports: [report], evaluation, view: flags.view, appraisal }, flags);
      if (ctx.exit !== EXIT.OK || flags.strict !== true) return;
      const found = reconcile(evaluation).counts.discrepancy;
      if (found > 0) {
        ctx.io.stderr(`strict: ${found} published figure${found === 1 ? ' differs' : 's differ'} from the model beyond rounding; \`--view reconcile --only discrepancies\` lists them.\n`);
        ctx.exit = EXIT.FAILED;
      }
    });
}
