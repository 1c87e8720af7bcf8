/** `shared-services workbook`: the template, any scenario as a workbook, never over its input; --help says how. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runCli } from '../../src/cli/run.js';
import { memoryIO } from './_memory-io.js';

const json = readFileSync(new URL('../../examples/tameside-stockport-2021/scenario.json', import.meta.url), 'utf8');

describe('shared-services workbook', () => {
  it('writes the template, which validates', async () => {
    const io = memoryIO({});
    expect(await runCli(['workbook', '--template', '--out', 'blank.xlsx'], io), io.err).toBe(0);
    expect(io.err).toBe('wrote blank.xlsx\n');
    const check = memoryIO({ 'blank.xlsx': io.written.get('blank.xlsx')! });
    expect(await runCli(['validate', 'blank.xlsx'], check), check.err).toBe(0);
    expect(check.out).toBe('valid: 2 partners, 1 line, 1 published figure\n');
  });

  it('writes a scenario file as a workbook that reports as the file does, and a workbook afresh', async () => {
    const io = memoryIO({ 's.json': json });
    expect(await runCli(['workbook', 's.json', '--out', 's.xlsx'], io), io.err).toBe(0);
    const again = memoryIO({ 's.xlsx': io.written.get('s.xlsx')! });
    expect(await runCli(['workbook', 's.xlsx', '--out', 't.xlsx'], again), again.err).toBe(0);
    expect(Buffer.from(again.written.get('t.xlsx') as Uint8Array).equals(Buffer.from(io.written.get('s.xlsx') as Uint8Array))).toBe(true);
  });

  it.each([
    [['workbook', 's.json'], 'workbook needs --out FILE.xlsx: a workbook is a binary file.\n'],
    [['workbook', 's.json', '--out', 's.csv'], '--out s.csv: give a file name ending .xlsx.\n'],
    [['workbook', '--out', 'x.xlsx'], 'give a scenario file, or --template for the blank workbook (not both).\n'],
    [['workbook', 's.json', '--template', '--out', 'x.xlsx'], 'give a scenario file, or --template for the blank workbook (not both).\n'],
    [['workbook', 's.xlsx', '--out', 's.xlsx'], 'cannot write s.xlsx: it is the scenario file s.xlsx, which this command reads. Writing over it would lose it; give --out another path.\n'],
  ])('refuses %j in one line, exit 2, writing nothing', async (argv, message) => {
    const io = memoryIO({ 's.json': json, 's.xlsx': new Uint8Array([0x50, 0x4b]) });
    expect(await runCli(argv, io)).toBe(2);
    expect(io.err).toBe(message);
    expect(io.written.size).toBe(0);
  });

  it('names a file that is no workbook', async () => {
    const io = memoryIO({ 'x.xlsx': 'not a zip' });
    expect(await runCli(['validate', 'x.xlsx'], io)).toBe(2);
    expect(io.err).toMatch(/^invalid: x\.xlsx has 1 problem:\nthe file: expected an \.xlsx workbook/);
  });

  it('is in the help, with validate reading a workbook', async () => {
    const help = memoryIO({});
    await runCli(['--help'], help);
    expect(help.out).toMatch(/workbook \[options\] \[file\]/);
    const validate = memoryIO({});
    await runCli(['validate', '--help'], validate);
    expect(validate.out).toContain('or an .xlsx input workbook');
  });
});
