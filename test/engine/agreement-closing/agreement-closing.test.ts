/**
 * A budget whose closing position is an agreement's contributions in a year: the saving a line derives
 * from it is each partner's stand-alone cost − its contribution, in every view and in the appraisal.
 * Figures worked by hand, to the penny.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, netBenefit, parseScenario } from '../../../src/index.js';

/**
 * Two councils share a contact centre costing £1,000,000.01 in 2022/23, split 70/30. On its own South
 * would spend £900,000.00 and West £450,000.00. In pennies: 100,000,001 × 0.7 = 70,000,000.7 and
 * × 0.3 = 30,000,000.3, so South takes the odd penny (larger remainder): £700,000.01 and £300,000.00.
 * Savings: South 900,000.00 − 700,000.01 = £199,999.99; West 450,000.00 − 300,000.00 = £150,000.00;
 * together £349,999.99.
 */
const file = {
  version: 1,
  title: 'Shared contact centre',
  settings: { unit: '£', quantum: '0.01', firstYear: '2021/22', years: 3 },
  partners: [
    { id: 'sh', name: 'South' },
    { id: 'wd', name: 'West' },
  ],
  services: [
    {
      id: 'contact',
      name: 'Customer contact',
      budgets: [
        {
          id: 'contact-net',
          name: 'Contact centre, net',
          starting: { sh: '900000.00', wd: '450000.00' },
          closing: { agreement: 'contact-centre', year: '2022/23' },
        },
      ],
    },
  ],
  lines: [
    {
      id: 'contact-saving',
      name: 'Shared contact centre',
      service: 'contact',
      from: { budget: 'contact-net' },
      phasing: [
        { year: '2021/22', share: '0.25' },
        { year: '2022/23', share: '0.75' },
      ],
    },
  ],
  agreements: [
    {
      id: 'contact-centre',
      name: 'Customer Contact Centre',
      service: 'contact',
      costs: [{ year: '2022/23', net: '1000000.01' }],
      attribution: { rule: 'shares', shares: { sh: '0.7', wd: '0.3' } },
      standAlone: { sh: '900000.00', wd: '450000.00' },
    },
  ],
};

const e = evaluate(parseScenario(file));
const cells = (line: string): Record<string, string> =>
  Object.fromEntries(e.lineCells.filter((c) => c.line === line && c.measure === 'money').map((c) => [`${c.partner} ${c.year}`, c.value.toFixed(2)]));

describe('a closing position from an agreement', () => {
  it('is each partner’s contribution in the year, and the change is starting − contribution', () => {
    const positions = Object.fromEntries(e.positionCells.map((c) => [`${c.position} ${c.partner}`, c.value.toFixed(2)]));
    expect(positions).toEqual({
      'starting sh': '900000.00',
      'starting wd': '450000.00',
      'closing sh': '700000.01',
      'closing wd': '300000.00',
      'change sh': '199999.99',
      'change wd': '150000.00',
    });
  });

  it('gives the line’s cells, phased a quarter then three quarters', () => {
    // Years: 34,999,999p × 1/4 = 8,749,999.75 → 8,750,000 (larger remainder), and 26,249,999.
    // West 15,000,000p splits exactly (3,750,000 and 11,250,000), so South has 5,000,000 and 14,999,999.
    expect(cells('contact-saving')).toEqual({
      'sh 2021/22': '50000.00',
      'wd 2021/22': '37500.00',
      'sh 2022/23': '149999.99',
      'wd 2022/23': '112500.00',
    });
  });

  it('agrees to the penny with the contributions view: each partner’s line total is its saving there', () => {
    const year = e.contributions![0]!.years.find((y) => y.year === '2022/23')!;
    for (const cell of year.cells) {
      const total = e.lineCells.filter((c) => c.line === 'contact-saving' && c.partner === cell.partner).reduce((a, c) => a.plus(c.value), cell.net.minus(cell.net));
      expect(total.toFixed(2)).toBe(cell.saving!.toFixed(2));
      expect(cell.standAlone!.minus(cell.net).equals(total)).toBe(true);
    }
  });

  it('flows into the net benefit: £87,500.00, then £349,999.99 a year on-going', () => {
    const nb = netBenefit(e);
    expect(nb.total.years.map((y) => y.net.toFixed(2))).toEqual(['87500.00', '349999.99', '349999.99']);
    expect(nb.total.total.toFixed(2)).toBe('787499.98');
    expect(nb.partners.map((p) => [p.partner, p.total.toFixed(2)])).toEqual([
      ['sh', '449999.98'],
      ['wd', '337500.00'],
    ]);
  });

  it('leaves a partner who is not a party that year with a closing of 0 (it pays nothing to the agreement)', () => {
    const joining = {
      ...file,
      partners: [...file.partners, { id: 'nc', name: 'New Council', membership: { from: '2023-04-01' } }],
      services: [{ ...file.services[0]!, budgets: [{ ...file.services[0]!.budgets[0]!, starting: { sh: '900000.00', wd: '450000.00', nc: '0' } }] }],
      agreements: [{ ...file.agreements[0]!, attribution: { rule: 'shares', shares: { sh: '0.7', wd: '0.3', nc: '0' } } }],
    };
    const closing = evaluate(parseScenario(joining)).positionCells.filter((c) => c.position === 'closing').map((c) => [c.partner, c.value.toFixed(2)]);
    expect(closing).toEqual([
      ['sh', '700000.01'],
      ['wd', '300000.00'],
      ['nc', '0.00'],
    ]);
  });
});
