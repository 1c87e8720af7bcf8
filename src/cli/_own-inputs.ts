import { normalize } from 'node:path';
import type { CliIO } from './io.js';
import { statOf } from './_files.js';

/** A file a command reads, and what it is to the command (`the scenario file`). */
export interface NamedInput {
  readonly path: string;
  readonly what: string;
}

async function realpathOf(io: CliIO, path: string): Promise<string | undefined> {
  try {
    return await io.realpath?.(path);
  } catch {
    return undefined;
  }
}

/**
 * Says why `out` may not be written if it is one of the command's own inputs, else undefined. The same
 * file is found by its resolved real path (symbolic links followed) and by its identity on disk (device
 * and inode, shared by hard links); without those capabilities of the I/O, by the path as written. An
 * output that is not a regular file (`/dev/null`, a pipe) is never replaced, so it is never refused.
 */
export async function overwritesInput(io: CliIO, out: string, inputs: readonly NamedInput[]): Promise<string | undefined> {
  const outFacts = await statOf(io, out);
  if (outFacts !== undefined && !outFacts.isFile) return undefined;
  const outReal = await realpathOf(io, out);
  for (const input of inputs) {
    const facts = outFacts === undefined ? undefined : await statOf(io, input.path);
    const real = outReal === undefined ? undefined : await realpathOf(io, input.path);
    const sameIdentity = facts !== undefined && facts.dev === outFacts!.dev && facts.ino === outFacts!.ino;
    const samePath = (real !== undefined && real === outReal) || normalize(out) === normalize(input.path);
    if (!sameIdentity && !samePath) continue;
    const how = out === input.path ? '' : samePath ? ' (the same file by another path)' : ' (the same file: a link to it)';
    return `cannot write ${out}: it is ${input.what} ${input.path}${how}, which this command reads. Writing over it would lose it; give --out another path.`;
  }
  return undefined;
}
