/** Scenarios and helpers shared by the HTML, chart and browser tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluate, parseScenario, type Evaluation } from '../../src/index.js';
import { smallScenario } from '../report/_scenarios.js';

export const TRI_BOROUGH = fileURLToPath(new URL('../../examples/tri-borough-2011/scenario.json', import.meta.url));

/** The tri-borough example, evaluated. */
export function triBorough(): Evaluation {
  return evaluate(parseScenario(readFileSync(TRI_BOROUGH, 'utf8')));
}

/** The small test scenario with one-off costs: a quantified set-up cost, an unquantified ICT cost, and an unconfirmed grant. */
export function costlyScenario(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...smallScenario(),
    costs: [
      { id: 'setup', name: 'Set-up team', type: 'set-up', amount: '400', start: '2020/21', attribution: { rule: 'equal' } },
      { id: 'ict', name: 'ICT <integration> & data', type: 'ict', unquantified: true, note: 'Known to exist; no figure yet.' },
    ],
    funding: [{ id: 'grant', name: 'Seed grant', amount: '100', confirmed: false, offsets: ['setup'] }],
    ...overrides,
  };
}

export function costlyEvaluation(overrides: Record<string, unknown> = {}): Evaluation {
  return evaluate(parseScenario(costlyScenario(overrides)));
}

/** The JSON data a report carries in its `<script type="application/json" id="report-data">`. */
export function reportData(html: string): Record<string, unknown> {
  const m = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html);
  if (m === null) throw new Error('no report data');
  return JSON.parse(m[1]!) as Record<string, unknown>;
}

/** The ids of the sections, in order. */
export function sectionIds(html: string): string[] {
  return [...html.matchAll(/<section class="report-section" id="([^"]+)"/g)].map((m) => m[1]!);
}

/** Pages in a PDF: each page object is `/Type /Page` (the page tree is `/Type /Pages`). */
export function pdfPageCount(pdf: Uint8Array): number {
  return (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}
