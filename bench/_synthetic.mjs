// The synthetic scenario the benchmarks share: 33 partners × `lines` savings lines × 10 years, half of
// the lines split equally and half by population, each phased 0.1 a year. A plain object as a scenario
// file would hold it (strings for amounts), so parsing it measures what reading a JSON file measures.

/**
 * A synthetic scenario file of 33 partners, `lines` lines and 10 years.
 *
 * @param {number} lines the number of savings lines
 * @returns {object} the scenario file as a plain object
 */
export function synthetic(lines) {
  const years = 10;
  const partners = Array.from({ length: 33 }, (_, i) => ({ id: `p${i}`, name: `Partner ${i}`, metrics: { population: String(100000 + i * 3731) } }));
  const yearLabel = (y) => `${2020 + y}/${String((21 + y) % 100).padStart(2, '0')}`;
  return {
    version: 1,
    title: 'Synthetic',
    settings: { unit: '£', quantum: '0.01', firstYear: '2020/21', years },
    partners,
    lines: Array.from({ length: lines }, (_, i) => ({
      id: `l${i}`,
      name: `Line ${i}`,
      amount: `${100000 + i}.${String(i % 100).padStart(2, '0')}`,
      tier: ['assured', 'projected', 'possible'][i % 3],
      attribution: i % 2 ? { rule: 'equal' } : { rule: 'metric', metric: 'population' },
      phasing: Array.from({ length: years }, (_, y) => ({ year: yearLabel(y), share: '0.1' })),
    })),
  };
}
