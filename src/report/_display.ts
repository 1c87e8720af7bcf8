import type { Report } from './report.js';
import type { RenderOptions } from './render-options.js';
import type { CellContext } from './_cell.js';

/**
 * The cell context of the formats for people: the one resolved from the options and the report, with
 * how a negative is written (the option, else the report's, from the scenario, else brackets).
 */
export function displayContext(ctx: CellContext, report: Report | undefined, options: RenderOptions = {}): CellContext {
  return { ...ctx, negatives: options.negatives ?? report?.negatives ?? 'brackets' };
}
