/** How a published figure's percentage reads: as computed where it has few places, else to four beyond its printed ones. */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/index.js';
import { figureDifferenceText, figureValueText } from '../../src/report/_figure-text.js';

describe('a percentage for people', () => {
  it('keeps a short one as it is, and shows a long one to four places beyond the printed ones, marked ≈', () => {
    expect(figureValueText(new Decimal('71'), '%', 0, 'display').text).toBe('71%');
    expect(figureValueText(new Decimal('16.6667'), '%', 0, 'display').text).toBe('16.6667%');
    // 5 of 90.5 FTE: 5.524861878453…%, printed "4%".
    expect(figureValueText(new Decimal('5.524861878453'), '%', 0, 'display').text).toBe('≈5.5249%');
    expect(figureDifferenceText(new Decimal('-1.524861878453'), '%', 0, 'display').text).toBe('≈-1.5249 points');
  });

  it('keeps every place in the plain styles (CSV and JSON)', () => {
    expect(figureValueText(new Decimal('5.524861878453'), '%', 0, 'plain').text).toBe('5.524861878453');
  });
});
