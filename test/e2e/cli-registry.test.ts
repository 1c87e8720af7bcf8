import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/io.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../../src/cli/_formats.js';

const tri = readFileSync(new URL('../../examples/tri-borough-2011/scenario.json', import.meta.url), 'utf8');

/** An in-memory CLI: a terminal or not, and a clock that moves `step` milliseconds each time it is read. */
function memory(options: { tty?: boolean; step?: number } = {}): CliIO & { out: (string | Uint8Array)[]; err: string; written: Map<string, string | Uint8Array> } {
  let clock = 0;
  const io = {
    out: [] as (string | Uint8Array)[],
    err: '',
    written: new Map<string, string | Uint8Array>(),
    stdout: (data: string | Uint8Array) => void io.out.push(data),
    stderr: (t: string) => void (io.err += t),
    readFile: async () => tri,
    writeFile: async (path: string, data: string | Uint8Array) => void io.written.set(path, data),
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: options.tty ?? false,
    stderrColumns: 60,
    now: () => (clock += options.step ?? 0),
  };
  return io;
}

describe('the progress bar of simulate', () => {
  it('is drawn on standard error when it is a terminal and the run takes over a second, then cleared', async () => {
    const io = memory({ tty: true, step: 300 });
    expect(await runCli(['simulate', 't.json', '--runs', '5000', '--seed', '1'], io)).toBe(0);
    expect(io.err).toContain('\r[');
    expect(io.err).toContain(' 100% 5000 of 5000 runs');
    expect(io.err.endsWith('\r\u001b[2K')).toBe(true);
    expect(String(io.out[0])).toContain('## NPV over 5000 runs (£m)');
  });

  it('is not drawn for a run under a second, nor when standard error is not a terminal', async () => {
    const quick = memory({ tty: true, step: 0 });
    expect(await runCli(['simulate', 't.json', '--runs', '5000', '--seed', '1'], quick)).toBe(0);
    expect(quick.err).toBe('');
    const piped = memory({ tty: false, step: 5000 });
    expect(await runCli(['simulate', 't.json', '--runs', '5000', '--seed', '1'], piped)).toBe(0);
    expect(piped.err).toBe('');
    expect(piped.out).toEqual(quick.out);
  });
});

describe('the output-format registry', () => {
  afterEach(() => {
    delete (OUTPUT_FORMATS as Record<string, OutputFormat>).bin;
  });

  /** A binary format that needs the evaluation, as a workbook renderer would. */
  function addBinary(): void {
    (OUTPUT_FORMATS as Record<string, OutputFormat>).bin = {
      description: 'a test format',
      binary: true,
      needsEvaluation: true,
      write: async (input) => new TextEncoder().encode(`${input.view}:${input.evaluation?.scenario.partners.length}`),
    };
  }

  it('makes a new format a choice of report, writing bytes to --out or a pipe', async () => {
    addBinary();
    const file = memory();
    expect(await runCli(['report', 't.json', '--view', 'costs', '--format', 'bin', '--out', 'x.bin'], file)).toBe(0);
    expect(new TextDecoder().decode(file.written.get('x.bin') as Uint8Array)).toBe('costs:3');
    const piped = memory();
    expect(await runCli(['report', 't.json', '--format', 'bin'], piped)).toBe(0);
    expect(piped.out[0]).toBeInstanceOf(Uint8Array);
  });

  it('refuses a binary format on a terminal without --out', async () => {
    addBinary();
    const io = memory({ tty: true });
    expect(await runCli(['report', 't.json', '--format', 'bin'], io)).toBe(2);
    expect(io.err).toBe('bin is a binary format: give --out FILE.bin, or redirect standard output to a file.\n');
  });

  it('offers a format that needs the evaluation to report only', async () => {
    addBinary();
    const io = memory();
    expect(await runCli(['sensitivity', 't.json', '--format', 'bin'], io)).toBe(2);
    expect(io.err).toContain("argument 'bin' is invalid. Allowed choices are md, csv, json, html, svg.");
  });
});
