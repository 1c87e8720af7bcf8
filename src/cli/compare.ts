import { evaluate } from '../engine/index.js';
import { buildComparisonView } from '../report/index.js';
import { loadVariant } from './_variant.js';
import { addAppraisalOptions, addInputOptions, addOutputOptions, appraisalOptions, type AppraisalFlags } from './_options.js';
import { emit, type OutputFlags } from './_output.js';
import type { InputFlags } from './_scenario-file.js';
import { EXIT } from './io.js';
import { helpHint, type CommandContext } from './_state.js';

interface CompareFlags extends OutputFlags, AppraisalFlags, InputFlags {
  readonly variant?: string;
  readonly variantA?: string;
  readonly variantB?: string;
}

const EXAMPLES = `
Compares savings per partner, net benefit by year, NPV and payback, each with the difference B − A.
Give two files; or one file and --variant NAME to compare the scenario with one of its variants
(--variant is --variant-b). Both sides are appraised with the same options.

Exit codes: 0 ok; 2 bad input (a file, a variant or an option that cannot be used).

Examples:
  $ shared-services compare before.json after.json
  $ shared-services compare examples/tri-borough-2011/scenario.json --variant westminster-leaves
  $ shared-services compare scenario.json --variant-a low-costs --variant-b high-costs --format json
  $ shared-services compare a.json b.json --discount-rate 0.035 --years 10 --unit £000`;

/** What a side is called in the report: its title, file and variant. */
function label(title: string, file: string, variant: string | undefined): string {
  return `${title} (${file}${variant === undefined ? '' : `, variant ${variant}`})`;
}

/**
 * Registers `compare A [B]`: two scenarios, or a scenario and a variant of it, side by side.
 *
 * @param ctx - the program, the I/O and the exit code
 *
 * @example
 * ```ts
 * registerCompare(ctx); // shared-services compare examples/tri-borough-2011/scenario.json --variant westminster-leaves
 * ```
 */
export function registerCompare(ctx: CommandContext): void {
  const command = ctx.program
    .command('compare')
    .description('compare two scenarios, or a scenario and one of its variants')
    .argument('<a>', 'the base scenario file (JSON, or an .xlsx input workbook)')
    .argument('[b]', 'the scenario file compared with it (default: A again, with --variant)')
    .option('--variant <name>', 'the variant of B (or of A, when only one file is given)')
    .option('--variant-a <name>', 'a variant of A to compare')
    .option('--variant-b <name>', 'a variant of B to compare (the same as --variant)');
  addOutputOptions(command);
  addInputOptions(addAppraisalOptions(command))
    .showHelpAfterError(helpHint('compare'))
    .addHelpText('after', EXAMPLES)
    .action(async (fileA: string, fileB: string | undefined, flags: CompareFlags) => {
      if (flags.variant !== undefined && flags.variantB !== undefined && flags.variant !== flags.variantB) {
        ctx.io.stderr(`--variant ${flags.variant} and --variant-b ${flags.variantB} name different variants of B: give one of them.\n${helpHint('compare')}\n`);
        ctx.exit = EXIT.BAD_INPUT;
        return;
      }
      const variantB = flags.variantB ?? flags.variant;
      if (fileB === undefined && variantB === undefined && flags.variantA === undefined) {
        ctx.io.stderr(`compare needs a second file, or --variant NAME to compare ${fileA} with one of its variants.\n${helpHint('compare')}\n`);
        ctx.exit = EXIT.BAD_INPUT;
        return;
      }
      const a = await loadVariant(ctx.io, fileA, flags.variantA, flags);
      if ('exit' in a) return void (ctx.exit = a.exit);
      const b = await loadVariant(ctx.io, fileB ?? fileA, variantB, flags);
      if ('exit' in b) return void (ctx.exit = b.exit);
      const labels = [label(a.scenario.title, fileA, flags.variantA), label(b.scenario.title, fileB ?? fileA, variantB)] as const;
      const [ea, eb, options] = [evaluate(a.scenario), evaluate(b.scenario), { labels, appraisal: appraisalOptions(flags) }] as const;
      ctx.exit = await emit(ctx.io, { reports: [buildComparisonView(ea, eb, options)], analysis: { kind: 'comparison', a: ea, b: eb, options } }, flags);
    });
}
