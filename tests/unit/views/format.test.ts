import { describe, expect, test } from 'vitest';
import { depthText, payRange, periodText } from '../../../src/views/format.ts';

describe('labels', () => {
  test('formats pay ranges, single figures and open-ended bands', () => {
    expect(payRange({ min: 130000, max: 180000, openEnded: false, currency: 'USD' })).toBe('$130,000 to $180,000');
    expect(payRange({ min: 145600, max: 145600, openEnded: false, currency: 'USD' })).toBe('$145,600');
    expect(payRange({ min: 90000, max: 400000, openEnded: true, currency: 'USD' })).toBe('$90,000 to $400,000+');
  });

  test('writes periods and depth in words', () => {
    expect(periodText('2026')).toBe('2026');
    expect(periodText('2026-01')).toBe('January 2026');
    expect(periodText('2026-03-05')).toBe('5 March 2026');
    expect(depthText({ level: 'low-medium', note: 'conceptual' })).toBe('Low to medium (conceptual)');
  });
});
