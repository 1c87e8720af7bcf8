/**
 * The command line refuses the bad inputs of time and agreements with exit status 2 (bad input), and
 * names the path of the problem on stderr.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/io.js';

const expected = JSON.parse(readFileSync(new URL('./expected.json', import.meta.url), 'utf8')) as Record<string, { code: string; path: string }>;
const files = ['agreement-driver-value-missing.json', 'agreement-date-outside-year.json', 'agreement-overlapping-rules.json', 'membership-join-after-leave.json', 'membership-impossible-date.json', 'agreement-net-not-gross-less-income.json', 'agreement-cost-year-outside.json'];

function memoryIo(): CliIO & { err: string } {
  const io = {
    err: '',
    stdout: () => undefined,
    stderr: (t: string) => void (io.err += t),
    readFile: (path: string) => Promise.resolve(readFileSync(new URL(`./${path}`, import.meta.url), 'utf8')),
    writeFile: () => Promise.reject(new Error('nothing is written')),
  };
  return io;
}

describe('bad inputs of time and agreements at the command line', () => {
  it.each(files)('validate %s exits 2 naming the path', async (file) => {
    const io = memoryIo();
    expect(await runCli(['validate', file], io)).toBe(2);
    expect(io.err).toContain(expected[file]!.path);
  });
});
