import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { appraise, evaluate, parseScenario, type Evaluation } from '../../src/index.js';
import { CHART_NAMES, chartSpec, netBenefitByYear, renderSvg, specToSvg, type VegaLiteSpec } from '../../src/report/full.js';
import { NARROW_CHART_WIDTH, NARROW_LABEL_CHARS, wrapWords, wrappedLabelExpr } from '../../src/report/charts/_plot.js';
import { renamed, xmlProblems } from './_hostile.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const examples = readdirSync(EXAMPLES).filter((d) => existsSync(`${EXAMPLES}${d}/scenario.json`));
const example = (name: string): Evaluation => evaluate(parseScenario(readFileSync(`${EXAMPLES}${name}/scenario.json`, 'utf8')));

/** The SVG's width and height attributes. */
function size(svg: string): [number, number] {
  const m = /^<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg);
  if (m === null) throw new Error('no size');
  return [Number(m[1]), Number(m[2])];
}

/** The text an SVG shows, markup removed and entities read. */
function shownText(svg: string): string {
  return svg
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('wrapWords: lines broken only between words', () => {
  it('keeps every word, in order; a line over the limit is a single word', () => {
    const word = fc.stringMatching(/^[^\s]{1,20}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.integer({ min: 1, max: 40 }), fc.constantFrom(' ', '  ', '\t', ' \n '), (words, max, gap) => {
        const lines = wrapWords(words.join(gap), max);
        expect(lines.join(' ')).toBe(words.join(' '));
        for (const line of lines) expect(line.length <= max || !line.includes(' ')).toBe(true);
        // No two lines could have shared one.
        for (let i = 1; i < lines.length; i++) expect(lines[i - 1]!.length + 1 + lines[i]!.split(' ')[0]!.length).toBeGreaterThan(max);
      }),
    );
  });

  it.each([
    ['', 5, ['']],
    ['Royal Borough of Kensington and Chelsea', 14, ['Royal Borough', 'of Kensington', 'and Chelsea']],
    ['Hammersmith', 5, ['Hammersmith']],
  ])('%j in lines of %i: %j', (text, max, lines) => {
    expect(wrapWords(text, max)).toEqual(lines);
  });
});

describe('charts drawn narrow, for a phone', () => {
  it.each(examples.flatMap((name) => CHART_NAMES.map((chart) => [name, chart] as const)))('%s, %s: fits a phone unscaled, and the wide chart is as it was', async (name, chart) => {
    const e = example(name);
    const svg = await renderSvg(e, chart, { narrow: true });
    expect(xmlProblems(svg)).toEqual([]);
    expect(size(svg)[0]).toBeLessThanOrEqual(NARROW_CHART_WIDTH + 5);
    // narrow: false is the default, and draws the chart as before.
    expect(chartSpec(e, chart, { narrow: false })).toEqual(chartSpec(e, chart));
  });

  it('shows long partner names whole, over several lines, and keeps the chart within a phone’s width', async () => {
    const long = ['London Borough of Hammersmith & Fulham', 'Royal Borough of Kensington and Chelsea'] as const;
    const svg = await renderSvg(renamed({ partners: long }), 'savingsByPartnerAndTier', { narrow: true });
    expect(xmlProblems(svg)).toEqual([]);
    expect(size(svg)[0]).toBeLessThanOrEqual(NARROW_CHART_WIDTH + 5);
    const text = shownText(svg).replace(/\s+/g, ' ');
    for (const name of long) for (const line of wrapWords(name, NARROW_LABEL_CHARS)) expect(text).toContain(` ${line} `);
    // Drawn wide, each name is on one line.
    const wide = shownText(await renderSvg(renamed({ partners: long }), 'savingsByPartnerAndTier'));
    for (const name of long) expect(wide).toContain(name);
  });

  it.each([
    ['quotes and a backslash', 'A partner "quoted" with a back\\slash'],
    ['a name every object has', 'constructor of a very long name'],
    ['names of what every object has', 'hasOwnProperty toString valueOf'],
    ['a line of its own naming the prototype', '__proto__ aaaaaaa bbbbbbb'],
    ['a whole name every object has', 'propertyIsEnumerable'],
    ['expression syntax', "datum.value ]) || alert('x') //"],
    ['markup', '<b>Bold & brash</b> partner name'],
  ])('a long name with %s is looked up as text, never read as code', async (_what, name) => {
    const svg = await renderSvg(renamed({ partners: [name, 'Short'] }), 'savingsByPartnerAndTier', { narrow: true });
    expect(xmlProblems(svg)).toEqual([]);
    const text = shownText(svg).replace(/\s+/g, ' ');
    for (const word of name.split(' ')) expect(text).toContain(word);
    expect(text).toContain(' Short ');
  });

  it('wraps a long name in a lookup by position, and leaves whole one that Vega would read as a property name', () => {
    expect(wrappedLabelExpr(['A partner "quoted" at length', 'Short'], NARROW_LABEL_CHARS)).toBe(
      '[["A partner","\\"quoted\\" at","length"]][indexof(["A partner \\"quoted\\" at length"], datum.value)] || datum.value',
    );
    expect(wrappedLabelExpr(['Short', 'Brief'], NARROW_LABEL_CHARS)).toBeUndefined();
    expect(wrappedLabelExpr(['a long partner toString', 'propertyIsEnumerable', '__proto__ aaaaaaa bbbbbbb'], NARROW_LABEL_CHARS)).toBeUndefined();
  });

  it.each(CHART_NAMES.flatMap((c) => [
    [c, 'The toString of __proto__ hasOwnProperty then constructor valueOf'],
    [c, 'A title whose last line is only toString'],
    [c, 'A title whose last line is only __proto__'], [c, 'Averyveryverylongwordthatfillsthelineentirely __proto__'], [c, 'Averyveryverylongwordthatfillsthelineentirely toString'],
  ]))('%s: the title %j draws narrow, every word shown', async (chart, title) => {
    const svg = await renderSvg(example('tri-borough-2011'), chart, { narrow: true, title });
    const text = shownText(svg);
    for (const word of title.split(' ')) expect(text).toContain(word);
  });

  it('stands year labels upright where they would crowd, and labels a late payback to the left of its rule', () => {
    const total = appraise(example('tri-borough-2011')).total;
    const tenYears = { ...total, years: Array.from({ length: 10 }, (_, i) => ({ ...total.years[i % total.years.length]!, year: `20${10 + i}/${11 + i}` })), paybackYear: '2018/19' };
    const axis = (spec: VegaLiteSpec): unknown => ((spec['layer'] as { encoding?: { x?: { axis?: unknown } } }[])[1]!.encoding!.x!.axis);
    expect(axis(netBenefitByYear(tenYears, { narrow: true }))).toEqual({ labelAngle: 270 });
    expect(axis(netBenefitByYear(tenYears))).toEqual({ labelAngle: 0 });
    expect(axis(netBenefitByYear(total, { narrow: true }))).toEqual({ labelAngle: 0 });
    const paybackText = (spec: VegaLiteSpec): unknown => ((spec['layer'] as { name?: string; layer?: { mark: { align?: string } }[] }[]).find((l) => l.name === 'payback')!.layer![1]!.mark.align);
    expect(paybackText(netBenefitByYear(tenYears, { narrow: true }))).toBe('right');
    expect(paybackText(netBenefitByYear(tenYears))).toBe('left');
    expect(paybackText(netBenefitByYear(total, { narrow: true }))).toBe('left');
  });

  it('draws ten years narrow within a phone’s width, every year labelled, the payback marked', async () => {
    const total = appraise(example('tri-borough-2011')).total;
    const tenYears = { ...total, years: Array.from({ length: 10 }, (_, i) => ({ ...total.years[i % total.years.length]!, year: `20${10 + i}/${11 + i}` })), paybackYear: '2018/19' };
    const svg = await specToSvg(netBenefitByYear(tenYears, { narrow: true, unit: '£m' }));
    expect(size(svg)[0]).toBeLessThanOrEqual(NARROW_CHART_WIDTH + 5);
    for (const y of tenYears.years) expect(svg).toContain(`>${y.year}</text>`);
    expect(svg).toContain('Payback 2018/19');
  });
});
