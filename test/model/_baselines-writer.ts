import type { ServicesInput } from '../../src/index.js';

/** A field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break; quotes doubled. */
const field = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

const HEADER = ['service', 'service_name', 'budget', 'budget_name', 'measure', 'basis', 'controllable', 'fund', 'position', 'partner', 'amount', 'attribution'];

/**
 * Writes services as a long, tidy baselines CSV (CRLF), one row per budget × position × partner: the
 * test's own writer, independent of the reader under test. Only rules a cell can state are written; a
 * service with no budgets is a row with only the service's columns filled.
 */
export function writeBaselinesCsv(services: ServicesInput): string {
  const rows: string[][] = [HEADER];
  for (const s of services) {
    // A service with no budgets is a row naming the service only.
    if ((s.budgets ?? []).length === 0) rows.push([s.id, s.name, '', '', '', '', '', '', '', '', '', '']);
    for (const b of s.budgets ?? []) {
      const common = [s.id, s.name, b.id, b.name, b.measure ?? '', b.basis ?? '', b.controllable === undefined ? '' : String(b.controllable), b.fund ?? ''];
      for (const position of ['starting', 'closing'] as const) {
        const amounts = b[position] as Record<string, unknown> | undefined;
        if (amounts === undefined) continue;
        for (const [partner, amount] of Object.entries(amounts)) {
          if (partner === 'attribution') continue;
          const rule = partner === 'combined' ? (amounts.attribution as { rule: string; metric?: string } | undefined) : undefined;
          const attribution = rule === undefined ? '' : rule.rule === 'metric' ? `metric:${rule.metric}` : rule.rule;
          rows.push([...common, position, partner, String(amount), attribution]);
        }
      }
    }
  }
  return rows.map((r) => `${r.map(field).join(',')}\r\n`).join('');
}
