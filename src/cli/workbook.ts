import type { ScenarioInput } from '../schema/index.js';
import { scenarioWorkbook, scenarioWorkbookTemplate } from '../workbook/index.js';
import { writeText } from './_files.js';
import { addInputOptions } from './_options.js';
import { isWorkbookPath, loadScenario, type InputFlags } from './_scenario-file.js';
import { EXIT } from './io.js';
import { helpHint, type CommandContext } from './_state.js';

interface WorkbookFlags extends InputFlags {
  readonly out?: string;
  readonly template?: boolean;
}

/**
 * Registers `workbook FILE --out X.xlsx` (a scenario written as an input workbook) and `workbook
 * --template --out blank.xlsx` (the blank workbook with one worked row per sheet). `--out` is required
 * and never one of the command's inputs; the file is written whole or not at all.
 *
 * @param ctx - the program, the I/O and the exit code
 *
 * @example
 * ```ts
 * registerWorkbook(ctx); // shared-services workbook examples/tri-borough-2011/scenario.json --out tri-borough.xlsx
 * ```
 */
export function registerWorkbook(ctx: CommandContext): void {
  const command = ctx.program
    .command('workbook')
    .description('write a scenario as an input workbook (.xlsx) to fill in and read back, or the blank template')
    .argument('[file]', 'the scenario file (JSON, or an input workbook to write afresh)');
  addInputOptions(command)
    .option('--template', 'write the blank workbook: every sheet, its drop-down lists and one worked row')
    .option('--out <file.xlsx>', 'the workbook to write (required; never the scenario file itself)')
    .showHelpAfterError(helpHint('workbook'))
    .addHelpText(
      'after',
      `
The workbook has a README sheet explaining each sheet and column, a Settings sheet, and one long table
per part of the scenario (Partners, Metrics, Services, Budgets, Lines, Phasing, Costs, Funding, Indirect,
Staffing, Context, Published, Agreements, Variants, Coalitions, …). validate, report, compare, simulate
and sensitivity read a .xlsx scenario wherever they read JSON, with each problem named by its cell,
such as Lines!F12 (Tier). Amounts are read as the cell shows them (see docs/workbook.md).

Exit codes: 0 written; 2 bad input (an invalid scenario, no --out, or --out naming the input).

Examples:
  $ shared-services workbook --template --out blank.xlsx
  $ shared-services validate blank.xlsx
  $ shared-services workbook examples/tri-borough-2011/scenario.json --out tri-borough.xlsx
  $ shared-services report tri-borough.xlsx --view partners`,
    )
    .action(async (file: string | undefined, flags: WorkbookFlags) => {
      const refuse = (text: string): void => {
        ctx.io.stderr(`${text}\n`);
        ctx.exit = EXIT.BAD_INPUT;
      };
      if (flags.out === undefined) return refuse('workbook needs --out FILE.xlsx: a workbook is a binary file.');
      if (!isWorkbookPath(flags.out)) return refuse(`--out ${flags.out}: give a file name ending .xlsx.`);
      if ((file === undefined) === (flags.template !== true)) return refuse('give a scenario file, or --template for the blank workbook (not both).');
      let bytes: Uint8Array;
      if (file === undefined) bytes = await scenarioWorkbookTemplate();
      else {
        const loaded = await loadScenario(ctx.io, file, flags);
        if ('exit' in loaded) {
          ctx.exit = loaded.exit;
          return;
        }
        bytes = await scenarioWorkbook(loaded.input as ScenarioInput | string);
      }
      if (!(await writeText(ctx.io, flags.out, bytes))) {
        ctx.exit = EXIT.BAD_INPUT;
        return;
      }
      ctx.io.stderr(`wrote ${flags.out}\n`);
      ctx.exit = EXIT.OK;
    });
}
