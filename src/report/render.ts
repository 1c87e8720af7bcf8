import { ErrorCode, InputError, makeIssue } from '../errors/index.js';
import type { RenderInput, RenderOptions } from './render-options.js';
import { RENDER_FORMATS, type RenderFormat } from './formats.js';
import { renderMarkdown } from './markdown.js';
import { renderCsv } from './csv.js';
import { renderJson } from './json.js';

/**
 * Prints a table or a report in a format. Renderers only format the exact values they are given: money
 * in the unit asked for (by default the scenario's), to the precision of the scenario's quantum in that
 * unit, never rounded away; FTE to at least 2 decimals; a Total row and a Total column.
 *
 * @param input - a table, the reconciliation, or a report
 * @param format - `md`, `csv` or `json`
 * @param options - unit and decimals
 * @returns the text
 * @throws {@link InputError} (`E_OPTION`) for a format that is not one of {@link RENDER_FORMATS}
 *
 * @example
 * ```ts
 * render(buildView(evaluate(scenario), 'partners'), 'md', { unit: '£m' });
 * render(pivot(evaluation, { rows: 'line', columns: 'partner' }), 'csv', { unit: '£000' });
 * ```
 */
export function render(input: RenderInput, format: RenderFormat, options?: RenderOptions): string {
  switch (format) {
    case 'md':
      return renderMarkdown(input, options);
    case 'csv':
      return renderCsv(input, options);
    case 'json':
      return renderJson(input, options);
    default: {
      // Every format of the type is handled above (a new one fails to compile here); a caller without
      // the types may still pass any string.
      const unknown: never = format;
      throw new InputError(makeIssue(ErrorCode.OPTION, ['format'], `one of ${RENDER_FORMATS.join(', ')}`, unknown));
    }
  }
}
