// Apportionment speed: this package's apportion against dinero.js v2 allocate and a largest-remainder
// split written here with JavaScript numbers, among 3 and among 10,000 partners.
//
// Run with `npm run bench` (builds first). Loads the built package by its own name.
import os from 'node:os';
import { apportion } from 'shared-services-model';
import { dinero, allocate, toSnapshot } from 'dinero.js';

const GBP = { code: 'GBP', base: 10, exponent: 2 };
const MIN_SAMPLE_NS = 300_000_000n; // each sample runs for at least 0.3 s
const SAMPLES = 7;
const WARMUP_NS = 500_000_000n;

/** Largest remainder in pennies with plain numbers: exact while units × weight stays below 2^53. */
function plainLargestRemainder(units, weights) {
  const n = weights.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += weights[i];
  const out = new Array(n);
  const rem = new Array(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const product = units * weights[i];
    const q = Math.floor(product / sum);
    out[i] = q;
    rem[i] = product - q * sum;
    given += q;
  }
  let left = units - given;
  if (left === 0) return out;
  const order = [];
  for (let i = 0; i < n; i++) if (weights[i] > 0) order.push(i);
  order.sort((a, b) => rem[b] - rem[a] || a - b);
  for (let j = 0; left > 0; j++, left--) out[order[j]] += 1;
  return out;
}

/** A small deterministic generator, so every run splits the same weights. */
function lcg(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s;
  };
}

/** Runs `fn` repeatedly for at least `ns` nanoseconds; returns calls per second. */
function sample(fn, ns) {
  let sink = 0;
  let iterations = 0;
  let batch = 1;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  while (elapsed < ns) {
    for (let i = 0; i < batch; i++) sink ^= fn() === undefined ? 1 : 0;
    iterations += batch;
    batch *= 2;
    elapsed = process.hrtime.bigint() - start;
  }
  if (sink === 2) console.log(''); // keeps the calls observable
  return (iterations * 1e9) / Number(elapsed);
}

/**
 * Warms every case up, then takes SAMPLES rounds in which every case runs once, so that a change in the
 * machine's load during the run falls on all of them alike. Reports the median round and the range.
 */
function measureAll(cases) {
  for (const c of cases) sample(c.fn, WARMUP_NS);
  const rates = cases.map(() => []);
  for (let round = 0; round < SAMPLES; round++) cases.forEach((c, i) => rates[i].push(sample(c.fn, MIN_SAMPLE_NS)));
  return cases.map((c, i) => {
    const r = rates[i].sort((a, b) => a - b);
    return { group: c.group, name: c.name, median: r[Math.floor(SAMPLES / 2)], min: r[0], max: r[SAMPLES - 1], rounds: rates[i] };
  });
}

// ---- inputs --------------------------------------------------------------------------------------------
const small = { totalText: '1234567.89', totalPence: 123456789, weights: [40, 35, 25] };
const next = lcg(20110301);
const largeWeights = Array.from({ length: 10_000 }, () => 1 + (next() % 1000));
const large = { totalText: '12345678.91', totalPence: 1234567891, weights: largeWeights };
const largeWeightText = largeWeights.map(String);

// ---- agreement checks before timing ---------------------------------------------------------------------
function checkAgreement(c) {
  const ours = apportion(c.totalText, c.weights).map((d) => d.times(100).toNumber());
  const plain = plainLargestRemainder(c.totalPence, c.weights);
  const dineroShares = allocate(dinero({ amount: c.totalPence, currency: GBP }), c.weights).map((d) => toSnapshot(d).amount);
  const total = (xs) => xs.reduce((a, b) => a + b, 0);
  if (ours.some((v, i) => v !== plain[i])) throw new Error('apportion and the plain-number split disagree');
  if (total(ours) !== c.totalPence || total(dineroShares) !== c.totalPence) throw new Error('a split does not sum to the total');
}
checkAgreement(small);
checkAgreement(large);

// ---- timing -------------------------------------------------------------------------------------------
const cases = [
  { group: '3 partners', name: 'apportion (string total, number weights)', fn: () => apportion(small.totalText, small.weights) },
  { group: '3 partners', name: 'dinero.js allocate (incl. dinero())', fn: () => allocate(dinero({ amount: small.totalPence, currency: GBP }), small.weights) },
  { group: '3 partners', name: 'plain numbers', fn: () => plainLargestRemainder(small.totalPence, small.weights) },
  { group: '10,000 partners', name: 'apportion (string total, number weights)', fn: () => apportion(large.totalText, large.weights) },
  { group: '10,000 partners', name: 'apportion (string total, string weights)', fn: () => apportion(large.totalText, largeWeightText) },
  { group: '10,000 partners', name: 'dinero.js allocate (incl. dinero())', fn: () => allocate(dinero({ amount: large.totalPence, currency: GBP }), large.weights) },
  { group: '10,000 partners', name: 'plain numbers', fn: () => plainLargestRemainder(large.totalPence, large.weights) },
];

const results = measureAll(cases);

const fmt = (x) => (x >= 100 ? Math.round(x).toLocaleString('en-GB') : x.toFixed(1));
const find = (group, prefix) => results.find((r) => r.group === group && r.name.startsWith(prefix));

console.log(`node ${process.version}, ${os.cpus().length} logical CPUs (${os.cpus()[0]?.model ?? 'unknown'}), ${os.platform()} ${os.arch()}`);
console.log(`median of ${SAMPLES} samples of at least ${Number(MIN_SAMPLE_NS) / 1e9} s each, after ${Number(WARMUP_NS) / 1e9} s warm-up\n`);
console.log('| partners | implementation | ops/sec (median) | min – max |');
console.log('|---|---|---:|---:|');
for (const r of results) console.log(`| ${r.group} | ${r.name} | ${fmt(r.median)} | ${fmt(r.min)} – ${fmt(r.max)} |`);

// Ratios are taken round by round (both sides measured under the same load), then the median.
const pairedRatio = (a, b) => {
  const r = a.rounds.map((x, i) => x / b.rounds[i]).sort((x, y) => x - y);
  return r[Math.floor(r.length / 2)];
};
const ours3 = find('3 partners', 'apportion');
const dinero3 = find('3 partners', 'dinero');
const ours10k = find('10,000 partners', 'apportion (string total, number weights)');
const oursText10k = find('10,000 partners', 'apportion (string total, string weights)');
const plain10k = find('10,000 partners', 'plain');
const vsDinero = pairedRatio(ours3, dinero3);
const vsPlain = pairedRatio(plain10k, ours10k);
const vsPlainText = pairedRatio(plain10k, oursText10k);
console.log('');
console.log(`3 partners: apportion runs at ${vsDinero.toFixed(2)}× the speed of dinero.js allocate (goal ≥ 1): ${vsDinero >= 1 ? 'met' : 'missed'}`);
console.log(`10,000 partners: apportion takes ${vsPlain.toFixed(2)}× the time of plain numbers (goal ≤ 3): ${vsPlain <= 3 ? 'met' : 'missed'}`);
console.log(`10,000 partners, weights as strings: ${vsPlainText.toFixed(2)}× the time of plain numbers`);
