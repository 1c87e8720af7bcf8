import { Option } from 'commander';
import { evaluate } from '../engine/index.js';
import { reconcile } from '../analysis/index.js';
import { VIEW_NAMES, RENDER_FORMATS, buildView, render, type RenderFormat, type ViewName } from '../report/index.js';
import type { MoneyUnit } from '../money/index.js';
import { loadScenario, writeText } from './_files.js';
import { parseUnit } from './_unit.js';
import { EXIT } from './io.js';
import { helpHint, type CommandContext } from './_state.js';

interface ReportFlags {
  readonly view: ViewName;
  readonly format: RenderFormat;
  readonly unit?: MoneyUnit;
  readonly out?: string;
  readonly strict?: boolean;
}

const EXAMPLES = `
Exit codes: 0 ok; 1 with --strict, a published figure differs from the model beyond rounding;
2 bad input (each problem on stderr, one per line, with its path).

Examples:
  $ shared-services report examples/tri-borough-2011/scenario.json
  $ shared-services report examples/tri-borough-2011/scenario.json --view services --unit £000
  $ shared-services report examples/tri-borough-2011/scenario.json --view reconcile --format csv --out reconcile.csv
  $ shared-services report examples/tri-borough-2011/scenario.json --strict`;

/**
 * Registers `report FILE`: evaluates a scenario and prints a view of it as markdown, CSV or JSON.
 *
 * @param ctx - the program, the I/O and the exit code
 *
 * @example
 * ```ts
 * registerReport(ctx); // shared-services report scenario.json --view services --format json
 * ```
 */
export function registerReport(ctx: CommandContext): void {
  ctx.program
    .command('report')
    .description('evaluate a scenario and print a view of it')
    .argument('<file>', 'the scenario file (JSON)')
    .addOption(new Option('--view <view>', 'what to show').choices(VIEW_NAMES).default('partners'))
    .addOption(new Option('--format <format>', 'md (markdown), csv or json').choices(RENDER_FORMATS).default('md'))
    .addOption(new Option('--unit <unit>', 'print money in £, £000 or £m (aliases gbp, k, m); default: the scenario unit').argParser(parseUnit))
    .option('--out <path>', 'write to this file instead of standard output')
    .option('--strict', 'exit 1 when a published figure differs from the model beyond rounding')
    .showHelpAfterError(helpHint('report'))
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, flags: ReportFlags) => {
      const loaded = await loadScenario(ctx.io, file);
      if ('exit' in loaded) {
        ctx.exit = loaded.exit;
        return;
      }
      const evaluation = evaluate(loaded.scenario);
      const text = render(buildView(evaluation, flags.view), flags.format, flags.unit === undefined ? {} : { unit: flags.unit });
      if (flags.out === undefined) ctx.io.stdout(text);
      else if (await writeText(ctx.io, flags.out, text)) ctx.io.stderr(`wrote ${flags.out}\n`);
      else {
        ctx.exit = EXIT.BAD_INPUT;
        return;
      }
      ctx.exit = EXIT.OK;
      if (flags.strict === true) {
        const found = reconcile(evaluation).counts.discrepancy;
        if (found > 0) {
          ctx.io.stderr(`strict: ${found} published figure${found === 1 ? ' differs' : 's differ'} from the model beyond rounding; \`--view reconcile\` lists them.\n`);
          ctx.exit = EXIT.FAILED;
        }
      }
    });
}
