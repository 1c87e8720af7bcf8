import type { InputPath } from '../errors/index.js';
import type { Collector } from './_collector.js';
import { usesFteRemoved } from './_rules.js';
import type { Split } from './types.js';

/** FTE removed is known only once the lines are evaluated, so only costs and funding may split by it. */
export function refuseFteRemoved(c: Collector, split: Split, path: InputPath): void {
  if (split.kind === 'rule' && usesFteRemoved(split.rule)) {
    c.addText('E_RULE', path, 'a rule other than "fte-removed" here (FTE removed is known only after the lines, so only one-off costs may use it)', '"fte-removed"');
  }
}
