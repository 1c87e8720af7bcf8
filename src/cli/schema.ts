import { scenarioJsonSchema } from '../schema/index.js';
import { EXIT } from './io.js';
import { helpHint, type CommandContext } from './_state.js';

/**
 * Registers `schema`: prints the JSON Schema of the scenario file.
 *
 * @param ctx - the program, the I/O and the exit code
 *
 * @example
 * ```ts
 * registerSchema(ctx); // shared-services schema > scenario.schema.json
 * ```
 */
export function registerSchema(ctx: CommandContext): void {
  ctx.program
    .command('schema')
    .description('print the JSON Schema of the scenario file')
    .showHelpAfterError(helpHint('schema'))
    .addHelpText(
      'after',
      `
Example:
  $ shared-services schema > scenario.schema.json`,
    )
    .action(() => {
      ctx.io.stdout(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
      ctx.exit = EXIT.OK;
    });
}
