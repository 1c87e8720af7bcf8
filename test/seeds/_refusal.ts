import { expect } from 'vitest';
import { ScenarioError, formatPath, parseScenario, safeParseScenario } from '../../src/index.js';

/** The codes and paths of the issues a bad edit gives; it must be refused with a ScenarioError. */
export function refusal(input: unknown): { codes: string[]; paths: string[] } {
  const result = safeParseScenario(input);
  expect(result.success).toBe(false);
  if (result.success) return { codes: [], paths: [] };
  expect(result.error).toBeInstanceOf(ScenarioError);
  expect(() => parseScenario(input)).toThrow(ScenarioError);
  return { codes: result.error.issues.map((i) => i.code), paths: result.error.issues.map((i) => formatPath(i.path)) };
}
