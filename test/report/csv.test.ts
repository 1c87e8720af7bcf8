import { describe, expect, it } from 'vitest';
import { buildView, pivot, render, renderCsv } from '../../src/index.js';
import { smallEvaluation } from './_scenarios.js';

const e = smallEvaluation();

describe('renderCsv (RFC 4180)', () => {
  const csv = renderCsv(buildView(e, 'partners'));

  it('ends every line with CRLF and has no bare LF outside quoted fields', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '""');
    expect(outsideQuotes.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('quotes fields holding a comma, a quote or a line break, doubling the quotes', () => {
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Assured savings (£)');
    expect(lines[1]).toBe('Line,"Alpha, ""North"" Council",Beta,Total');
    expect(lines[2]).toBe('Management | team,550,50,600');
    expect(csv).toContain('\r\n"IT\nphased",501,500,1001\r\n');
  });

  it('prints plain numbers (minus sign, no grouping) and a Total row and column', () => {
    const lines = csv.split('\r\n');
    expect(lines).toContain('Running cost,-150,-150,-300');
    expect(lines).toContain('Total,901,400,1301');
  });

  it('separates the tables of a report by an empty line, each with its title', () => {
    const titles = csv.split('\r\n\r\n').map((block) => block.split('\r\n')[0]);
    expect(titles).toEqual(['Assured savings (£)', 'Projected savings (£)', 'Possible savings (£)', 'All tiers (£)']);
  });

  it('prints a bare table in the unit asked for, exactly, with one number of decimals per table', () => {
    const t = pivot(e, { rows: 'tier', columns: 'partner', title: 'Tiers' });
    expect(render(t, 'csv', { unit: '£000' })).toBe(
      'Tiers (£000)\r\nTier,"Alpha, ""North"" Council",Beta,Total\r\nassured,0.550,0.050,0.600\r\nprojected,0.501,0.500,1.001\r\npossible,-0.150,-0.150,-0.300\r\nTotal,0.901,0.400,1.301\r\n',
    );
  });

  it('leaves a missing cell empty and gives positions no Total row', () => {
    const lines = renderCsv(buildView(e, 'services')).split('\r\n');
    expect(lines.slice(0, 5)).toEqual([
      'Shared team: Staffing (£)',
      'Position,"Alpha, ""North"" Council",Beta,Total',
      'Starting position,1000,500,1500',
      'Closing position,450,450,900',
      'Change (starting − closing),550,50,600',
    ]);
    expect(lines[5]).toBe('');
  });
});
