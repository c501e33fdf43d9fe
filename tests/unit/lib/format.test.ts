import { expect, test } from 'vitest';
import { formatDate, plural } from '../../../src/lib/format';

test('formatDate writes dates as prose and keeps unknown dates visible', () => {
  expect(formatDate('2025-09-08')).toBe('8 September 2025');
  expect(formatDate('2025-02-20')).toBe('20 February 2025');
  expect(formatDate(null)).toBe('date unknown');
});

test('plural', () => {
  expect(plural(1, 'claim')).toBe('1 claim');
  expect(plural(3, 'party', 'parties')).toBe('3 parties');
});
