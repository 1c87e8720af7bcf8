import { applyVariant } from '../analysis/index.js';
import { isScenarioError } from '../errors/index.js';
import type { Scenario } from '../model/index.js';
import { loadScenario, type InputFlags } from './_scenario-file.js';
import { EXIT, type CliIO } from './io.js';

/** The names of a scenario's variants, as its file gives them. */
function variantNames(scenario: Scenario): string[] {
  const variants = (scenario.file as { variants?: readonly { name: string }[] }).variants ?? [];
  return variants.map((v) => v.name);
}

/**
 * Reads and checks a scenario file and, when `variant` is given, applies that variant of it. An unknown
 * variant is refused, listing the file's variants; a variant that breaks the scenario lists its problems.
 * `flags` limit the size of the files read and may name a CSV file of the scenario's services (see
 * {@link loadScenario}).
 */
export async function loadVariant(io: CliIO, path: string, variant: string | undefined, flags: InputFlags = {}): Promise<{ scenario: Scenario } | { exit: number }> {
  const loaded = await loadScenario(io, path, flags);
  if ('exit' in loaded || variant === undefined) return loaded;
  const names = variantNames(loaded.scenario);
  if (!names.includes(variant)) {
    io.stderr(
      names.length === 0
        ? `unknown variant "${variant}": ${path} defines no variants. Add one under "variants" in the file, or leave out --variant.\n`
        : `unknown variant "${variant}": ${path} defines ${names.map((n) => `"${n}"`).join(', ')}. Give one of these names.\n`,
    );
    return { exit: EXIT.BAD_INPUT };
  }
  try {
    return { scenario: applyVariant(loaded.scenario, variant) };
  } catch (error) {
    if (!isScenarioError(error)) throw error;
    const n = error.issues.length;
    io.stderr(`invalid: variant "${variant}" of ${path} has ${n} problem${n === 1 ? '' : 's'}:\n${error.issues.map((i) => `${i.message}\n`).join('')}`);
    return { exit: EXIT.BAD_INPUT };
  }
}
