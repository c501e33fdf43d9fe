import { expect, test } from 'vitest';
import { formatDate, formatLanguage, formatName, formatSourceTitle, plural, shorten } from '../../../src/lib/format';

test('formatDate writes dates as prose and keeps unknown dates visible', () => {
  expect(formatDate('2025-09-08')).toBe('8 September 2025');
  expect(formatDate('2025-02-20')).toBe('20 February 2025');
  expect(formatDate(null)).toBe('date unknown');
});

test('plural', () => {
  expect(plural(1, 'claim')).toBe('1 claim');
  expect(plural(3, 'party', 'parties')).toBe('3 parties');
});

test('formatSourceTitle quotes a published title and brackets our own description', () => {
  expect(formatSourceTitle({ title: 'UK’s Ofcom revokes RT licence', titleIsDescription: false })).toBe('“UK’s Ofcom revokes RT licence”');
  expect(formatSourceTitle({ title: 'TASS news item 2014105', titleIsDescription: true })).toBe('[TASS news item 2014105]');
});

test('shorten keeps short texts whole and cuts long ones at a word, without a dangling comma', () => {
  expect(shorten('RT is Russian state media.')).toBe('RT is Russian state media.');
  expect(shorten('Members of CJNG received training in Ukraine, in drone warfare and urban warfare tactics.', 6)).toBe('Members of CJNG received training in…');
  expect(shorten('One two three four five, six seven', 5)).toBe('One two three four five…');
});

test('formatDate writes a month or a year as precisely as it is known', () => {
  expect([formatDate('2025-09'), formatDate('2025')]).toEqual(['September 2025', '2025']);
});

test('formatName writes a person given name first and an organisation as it is', () => {
  expect([formatName({ family: 'de la Cruz', given: 'Juan' }), formatName({ family: 'Madonna' }), formatName({ literal: 'Reuters staff' })]).toEqual(['Juan de la Cruz', 'Madonna', 'Reuters staff']);
});

test('formatLanguage names a language tag in English', () => {
  expect([formatLanguage('es'), formatLanguage('uk'), formatLanguage('zh')]).toEqual(['Spanish', 'Ukrainian', 'Chinese']);
});
