import * as z from 'zod';
import { scenarioSchema } from './scenario.js';

/**
 * The JSON Schema (draft 2020-12) of the scenario file, for editors to complete and check scenario files.
 * The same document is shipped as `schema/scenario.schema.json`.
 *
 * @returns the JSON Schema as a plain object
 *
 * @example
 * ```ts
 * scenarioJsonSchema().properties.version;
 * //=> { type: 'number', const: 1 }
 * ```
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
