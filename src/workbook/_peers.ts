import { ErrorCode, InputError } from '../errors/index.js';
import { PEERS } from '../report/index.js';

/**
 * Loads exceljs, the optional peer dependency a workbook needs. When it is not installed, throws an
 * `E_DEPENDENCY` error whose one-line message names the package and the command that installs it, in the
 * words of the report's workbook renderer.
 */
export async function loadExcel(): Promise<typeof import('exceljs')> {
  try {
    const module = await import('exceljs');
    return (module as { default?: typeof import('exceljs') }).default ?? module;
  } catch (error) {
    const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
    const missing = (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && typeof message === 'string' && /['"]exceljs['"]/.test(message);
    if (!missing) throw error;
    const install = `exceljs@${PEERS.exceljs}`;
    throw new InputError(
      {
        code: ErrorCode.DEPENDENCY,
        path: [],
        expected: 'exceljs installed beside shared-services-model (optional peer dependencies)',
        received: 'not installed',
        message: `an xlsx workbook needs exceljs, optional peer dependencies that are not installed: run \`npm install ${install}\``,
      },
      { cause: error },
    );
  }
}
