import { expect, test } from 'vitest';
import { describePeriods, formatDate, formatLanguage, formatName, formatPeriod, formatSourceTitle, plural, shorten } from '../../../src/lib/format';

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

test('formatPeriod writes a year, a month, a day and a run of months for tables and for chart labels', () => {
  const periods = ['2019', '2025-02', '2025-02-20', '2020-04/2021-03', '2020-04/2020-09', '2019-07/2021-06'];
  expect(periods.map((period) => formatPeriod(period, 'long'))).toEqual(['2019', 'February 2025', '20 February 2025', 'April 2020 to March 2021', 'April 2020 to September 2020', 'July 2019 to June 2021']);
  expect(periods.map((period) => formatPeriod(period, 'short'))).toEqual(['2019', 'Feb 2025', '20 February 2025', '2020/21', 'Apr 2020–Sep 2020', 'Jul 2019–Jun 2021']);
});

test('describePeriods says what kind of period a series counts', () => {
  expect(describePeriods(['2019', '2021'])).toBe('calendar years');
  expect(describePeriods(['2020-04/2021-03', '2021-04/2022-03'])).toBe('twelve-month years from April to March');
  expect(describePeriods(['2020-01/2020-12'])).toBe('calendar years');
  expect(describePeriods(['2024-01', '2024-02'])).toBe('months');
  expect(describePeriods(['2020', '2020-04/2021-03'])).toBe('periods of different lengths, as each figure gives them');
  expect(describePeriods(['2020-04/2021-03', '2021-07/2022-06'])).toBe('periods of different lengths, as each figure gives them');
});
