import { evaluate } from '../engine/index.js';
import { loadScenario, type InputFlags } from './_scenario-file.js';
import { addInputOptions } from './_options.js';
import { EXIT } from './io.js';
import { helpHint, type CommandContext } from './_state.js';

const _count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;

/**
 * Registers `validate FILE [--baselines CSV]`: checks a scenario file (with the services of a baselines
 * CSV file put into it, when given) and evaluates it, printing
 * `valid: N partners, M lines, K published figures`, or every problem, one per line, with its path.
 *
 * @param ctx - the program, the I/O and the exit code
 *
 * @example
 * ```ts
 * registerValidate(ctx); // shared-services validate examples/tri-borough-2011/scenario.json
 * ```
 */
export function registerValidate(ctx: CommandContext): void {
  const command = ctx.program
    .command('validate')
    .description('check a scenario file against the format and evaluate it')
    .argument('<file>', 'the scenario file (JSON, or an .xlsx input workbook)');
  addInputOptions(command)
    .option('--baselines <file.csv>', 'read the services and their baselines from a CSV file (the scenario must state none)')
    .showHelpAfterError(helpHint('validate'))
    .addHelpText(
      'after',
      `
Exit codes: 0 valid; 2 invalid (each problem on stderr, one per line, with its path).

Example:
  $ shared-services validate examples/tri-borough-2011/scenario.json
  valid: 3 partners, 15 lines, 305 published figures
  $ shared-services validate scenario.json --baselines baselines.csv`,
    )
    .action(async (file: string, flags: InputFlags) => {
      const loaded = await loadScenario(ctx.io, file, flags);
      if ('exit' in loaded) {
        ctx.exit = loaded.exit;
        return;
      }
      const s = loaded.scenario;
      evaluate(s);
      ctx.io.stdout(`valid: ${_count(s.partners.length, 'partner')}, ${_count(s.lines.length, 'line')}, ${_count(s.published.length, 'published figure')}\n`);
      ctx.exit = EXIT.OK;
    });
}
