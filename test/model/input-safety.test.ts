/**
 * What no input may do to safeParseScenario: lose a digit of a number, keep one of two values of a key
 * in silence, exhaust the stack, or carry text that no report can write. Each class is generated, not
 * only shown by one example, and every case is refused with its path, never thrown.
 */
import { Decimal as DecimalJs } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO_LIMITS, formatPath, parseScenario, safeParseScenario, type Issue } from '../../src/index.js';

const base = {
  version: 1,
  title: 'Two councils',
  settings: { unit: '£', quantum: '0.01', firstYear: '2020/21', years: 2 },
  partners: [
    { id: 'north', name: 'North Council' },
    { id: 'south', name: 'South Council' },
  ],
  lines: [{ id: 'team', name: 'Shared team', amount: '100.00', attribution: { rule: 'equal' } }],
};
const text = (value: unknown = base): string => JSON.stringify(value, null, 2);

function issues(input: unknown, options?: Parameters<typeof safeParseScenario>[1]): readonly Issue[] {
  const r = safeParseScenario(input, options);
  return r.success ? [] : r.error.issues;
}
const summary = (found: readonly Issue[]): string[] => found.map((i) => `${i.code} ${formatPath(i.path)}`);

describe('numbers are read as written', () => {
  it.each([
    ['1000000000000000.01', '1000000000000000'],
    ['9007199254740993', '9007199254740992'],
    ['100.10000000000000001', '100.1'],
    ['1e400', 'too large to hold'],
    [`0.${'0'.repeat(5000)}1`, '0'],
  ])('a JSON number (case %#), which a double reads as %s, is refused at its path', (written, read) => {
    const found = issues(text().replace('"100.00"', written));
    expect(summary(found)).toEqual(['E_NUMBER lines[0].amount']);
    expect(found[0]!.message).toContain(`which a JSON number reads as ${read}`);
    expect(found[0]!.message).toMatch(/found .* at line 24, column 17, which/);
  });

  it.each(['100', '100.5', '0.1', '-0.3', '1e3', '123456789012.34', '0', '-0'])('a number a double holds exactly, %s, is read', (written) => {
    expect(issues(text().replace('"100.00"', written).replace('"0.01"', '0.01'))).not.toContainEqual(expect.objectContaining({ code: 'E_NUMBER' }));
  });

  it('a number is refused exactly when the double it reads as is another number', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.nat({ max: 20 }), fc.boolean(), (digits, places, negative) => {
        const s = digits.toString().padStart(places + 1, '0');
        const written = `${negative ? '-' : ''}${places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`}`;
        const flagged = issues(`{"version": 1, "title": "t", "x": ${written}}`).some((i) => i.code === 'E_NUMBER');
        expect(flagged).toBe(!new DecimalJs(written).eq(new DecimalJs(String(Number(written)))));
        if (digits <= 2n ** 53n && places === 0) expect(flagged).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('a key stated twice in one object', () => {
  it('is refused with both positions, wherever it is', () => {
    const doubled = text().replace('"amount": "100.00",', '"amount": "100.00", "amount": "90.00",').replace('"version": 1,', '"version": 1, "partners": [],');
    const found = issues(doubled);
    expect(summary(found)).toEqual(['E_DUPLICATE_KEY partners', 'E_DUPLICATE_KEY lines[0].amount']);
    expect(found[1]!.message).toMatch(/^lines\[0\]\.amount: expected each key once in an object, found "amount" twice, at line \d+, column \d+ and at line \d+, column \d+$/);
  });

  it('is found for any key repeated in any object of a generated document', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1 }), fc.nat(), (object, pick) => {
        const keys = Object.keys(object);
        const key = keys[pick % keys.length]!;
        const json = JSON.stringify(object);
        const repeated = `${json.slice(0, -1)},${JSON.stringify(key)}:null}`;
        const found = issues(`{"version": 1, "title": "t", "nested": [${repeated}]}`);
        expect(found.filter((i) => i.code === 'E_DUPLICATE_KEY').map((i) => formatPath(i.path))).toContain(formatPath(['nested', 0, key]));
      }),
    );
  });
});

describe('nesting', () => {
  it.each([3_000, 65, 100_000])('%i levels deep, as text or as an object, is refused with E_LIMIT, never thrown', (depth) => {
    const deep = `{"version": 1, "title": "t", "x": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
    expect(summary(issues(deep))[0]).toMatch(/^E_LIMIT x(\[0\])+$/);
    let object: unknown = [];
    for (let i = 0; i < depth; i++) object = [object];
    expect(summary(issues({ version: 1, title: 't', x: object }))[0]).toMatch(/^E_LIMIT x(\[0\])+$/);
  });

  it('blends nested 500 deep are refused before the schema reads them', () => {
    let rule: unknown = { rule: 'equal' };
    for (let i = 0; i < 500; i++) rule = { rule: 'blend', parts: [{ weight: '1', attribution: rule }] };
    const found = issues({ ...base, lines: [{ ...base.lines[0], attribution: rule }] });
    expect(found.map((i) => i.code)).toEqual(['E_LIMIT']);
  });

  it('an object that contains itself is refused, not walked for ever', () => {
    const cyclic: Record<string, unknown> = { ...base };
    cyclic.extra = cyclic;
    expect(summary(issues(cyclic))).toContain(`E_LIMIT ${'extra.'.repeat(63)}extra`);
  });

  it('a stated limit replaces the default', () => {
    expect(issues(text(), { limits: { maxDepth: 3 } }).map((i) => i.code)).toContain('E_LIMIT');
    expect(DEFAULT_SCENARIO_LIMITS.maxDepth).toBe(64);
  });
});

describe('text', () => {
  it.each([
    ['\uFFFE', 'U+FFFE'],
    ['\uFFFF', 'U+FFFF'],
    ['\u0000', 'U+0000'],
    ['\u001B', 'U+001B'],
    ['\u0085', 'U+0085'],
    ['\uD800', 'U+D800'],
    ['\uDC00', 'U+DC00'],
  ])('a name holding %j is refused with the code point and where it is', (bad, shown) => {
    const found = issues({ ...base, partners: [{ id: 'north', name: `North${bad} Council` }, base.partners[1]] });
    expect(summary(found)).toEqual(['E_TEXT partners[0].name']);
    expect(found[0]!.received).toContain(`${shown} at character 6`);
  });

  it('tabs, line breaks and characters beyond the basic plane are text like any other', () => {
    expect(issues({ ...base, title: 'Shared\tservices\r\n🏛 2020' })).toEqual([]);
  });

  it('no text past the limit reaches the schema, however it is written', () => {
    const long = 'x'.repeat(DEFAULT_SCENARIO_LIMITS.maxTextLength + 1);
    expect(summary(issues({ ...base, title: long }))).toEqual(['E_LIMIT title']);
    expect(summary(issues({ ...base, settings: { ...base.settings, [long]: 1 } }))).toEqual([`E_LIMIT settings.${long}`]);
    expect(issues({ ...base, title: long }, { limits: { maxTextLength: 10_000 } })).toEqual([]);
  });

  it('random text is either accepted as written or refused with E_TEXT, never thrown', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (name) => {
        const r = safeParseScenario(text({ ...base, title: name.length === 0 ? 't' : name }));
        if (r.success) expect(r.data.title).toBe(name.length === 0 ? 't' : name);
        else expect(r.error.issues.map((i) => i.code)).toEqual(['E_TEXT']);
      }),
    );
  });
});

describe('size', () => {
  it('more cells than the limit are refused before evaluation, with the product', () => {
    const found = issues({ ...base, settings: { ...base.settings, years: 60 }, lines: Array.from({ length: 20 }, (_, i) => ({ ...base.lines[0], id: `l${i}` })) }, { limits: { maxCells: 2_000 } });
    expect(found.map((i) => i.message)).toEqual(['lines: expected at most 2000 cells (partners × years × items), found 2 × 60 × 20 = 2400 cells']);
    expect(() => parseScenario(text(base))).not.toThrow();
  });
});

describe('objects built in code', () => {
  it('an object whose prototype is not a plain object is refused, so no inherited key is read', () => {
    const scenario = Object.assign(Object.create({ appraisal: { discountRate: '0.5' } }) as object, base);
    expect(summary(issues(scenario))).toEqual(['E_SCHEMA (root)']);
    class Settings {
      unit = '£';
      firstYear = '2020/21';
    }
    expect(issues({ ...base, settings: new Settings() })[0]!.message).toBe('settings: expected a plain object, as JSON gives, found an object whose prototype is Settings');
    expect(issues({ ...base, settings: Object.assign(Object.create(null) as object, base.settings) })).toEqual([]);
  });
});

describe('many problems', () => {
  it('200,000 inexact numbers are each reported, not an overflowed call', () => {
    const many = `{"version": 1, "title": "t", "x": [${Array.from({ length: 200_000 }, () => '9007199254740993').join(',')}]}`;
    expect(issues(many).length).toBe(200_000);
  });
});
