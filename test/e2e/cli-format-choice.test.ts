/**
 * The output format follows --out's extension when --format is not given, and a file named for one
 * format is never written in another: `report --out x.xlsx` once wrote markdown into the workbook.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/io.js';

const scenario = readFileSync(new URL('./fixtures/two-councils.json', import.meta.url), 'utf8');

function memory(): CliIO & { err: string; written: Map<string, string | Uint8Array> } {
  const io = {
    err: '',
    written: new Map<string, string | Uint8Array>(),
    stdout: () => undefined,
    stderr: (t: string) => void (io.err += t),
    readFile: async () => scenario,
    writeFile: async (path: string, data: string | Uint8Array) => void io.written.set(path, data),
  };
  return io;
}

describe('--out names the format', () => {
  it.each([
    ['r.xlsx', 'xlsx'],
    ['r.XLSX', 'xlsx'],
    ['r.csv', 'csv'],
    ['r.json', 'json'],
    ['r.htm', 'html'],
    ['r.md', 'md'],
    ['report.txt', 'md'],
  ])('report --out %s writes %s', async (out, format) => {
    const io = memory();
    expect(await runCli(['report', 's.json', '--out', out], io), io.err).toBe(0);
    const data = io.written.get(out)!;
    if (format === 'xlsx') expect(Buffer.from(data as Uint8Array).subarray(0, 2).toString()).toBe('PK');
    else if (format === 'csv') expect(String(data)).toContain('\r\n');
    else if (format === 'json') expect(() => JSON.parse(String(data))).not.toThrow();
    else if (format === 'html') expect(String(data)).toMatch(/^<!DOCTYPE html>/i);
    else expect(String(data)).toMatch(/^# /);
  });

  it('a format that contradicts the file name is refused, before anything is written', async () => {
    const io = memory();
    expect(await runCli(['report', 's.json', '--out', 'r.xlsx', '--format', 'md'], io)).toBe(2);
    expect(io.err).toBe('--out r.xlsx names xlsx, but --format is md: give a file name ending .md, or leave out --format.\n');
    expect(io.written.size).toBe(0);
  });

  it('a command that cannot write the format the file names says so', async () => {
    const io = memory();
    expect(await runCli(['sensitivity', 's.json', '--out', 'tornado.xlsx'], io)).toBe(2);
    expect(io.err).toMatch(/^--out tornado\.xlsx names xlsx, which this command does not write \(md, csv, json, html, svg\)/);
    expect(io.written.size).toBe(0);
  });
});
