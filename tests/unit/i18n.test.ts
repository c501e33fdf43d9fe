import { expect, test } from 'vitest';
import { words } from '../../src/i18n';
import { countryName } from '../../src/lib/countries';
import { compareText, formatDate, formatNumber, formatPeriod } from '../../src/lib/format';
import { LANGUAGES, STATUSES, USES } from '../../src/schemas';

/** Every leaf of a dictionary, by path, so two dictionaries can be compared entry by entry. */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  if (typeof value !== 'object' || value === null) return new Map([[path, value]]);
  return new Map(Object.entries(value).flatMap(([key, child]) => [...leaves(child, path ? `${path}.${key}` : key)]));
}

/** Words spelt alike in English and Spanish, which the check for untranslated entries lets through. */
const SAME_IN_BOTH = new Set(['Video', 'Actor']);

test('every language has every word the English has, none empty, none left in English', () => {
  const english = leaves(words('en'));
  for (const language of LANGUAGES.filter((entry) => entry !== 'en')) {
    const other = leaves(words(language));
    expect([...other.keys()].sort(), language).toEqual([...english.keys()].sort());
    for (const [path, value] of other) {
      expect(typeof value === 'string' ? value.trim() : value, `${language} ${path}`).not.toBe('');
      // Words the same in both languages would most likely be untranslated; acronyms and locale codes aside.
      if (typeof value === 'string' && value.length > 4 && !path.startsWith('locale') && !SAME_IN_BOTH.has(value)) expect(value, `${language} ${path}`).not.toBe(english.get(path));
    }
  }
});

test('the vocabulary covers every status and every use', () => {
  for (const language of LANGUAGES) {
    expect(Object.keys(words(language).status)).toEqual([...STATUSES]);
    expect(Object.keys(words(language).use)).toEqual([...USES]);
  }
});

test('dates, numbers and country names follow the language', () => {
  expect(formatDate('2025-09-08')).toBe('8 September 2025');
  expect(formatDate('2025-09-08', 'es')).toBe('8 de septiembre de 2025');
  expect(formatDate('2025-09', 'es')).toBe('septiembre de 2025');
  expect(formatDate('2025', 'es')).toBe('2025');
  expect(formatDate(null, 'es')).toBe('fecha desconocida');
  expect(formatNumber(27000.5)).toBe('27,000.5');
  expect(formatNumber(27000.5, 'es')).toBe('27,000.5');
  expect(formatPeriod('2020-04/2021-03', 'long')).toBe('April 2020 to March 2021');
  expect(countryName('MX', 'es')).toBe('México');
  expect(countryName('EU', 'es')).toBe('Unión Europea');
  expect(countryName('EU')).toBe('European Union');
});

test('texts sort as a reader of the language sorts them', () => {
  expect(['Zorro', 'ñandú', 'Nube', 'árbol'].sort((a, b) => compareText(a, b, 'es'))).toEqual(['árbol', 'Nube', 'ñandú', 'Zorro']);
  expect(['b', 'A', 'a'].sort((a, b) => compareText(a, b))).toEqual(['a', 'A', 'b']);
  expect(compareText('drone', 'Drone', 'en', 'base')).toBe(0);
});

test('the explorer, its status pages and the corrections count claims with each language’s agreement', () => {
  const [en, es] = [words('en'), words('es')];
  expect(en.explorer.status.caption(1, en.charts.statusWord.contradicted.one)).toBe('1 contradicted claim');
  expect(en.explorer.status.caption(5, en.charts.statusWord.documented.other)).toBe('5 documented claims');
  expect(es.explorer.status.caption(1, es.charts.statusWord.contradicted.one)).toBe('1 afirmación contradicha');
  expect(es.explorer.status.caption(13, es.charts.statusWord.disputed.other)).toBe('13 afirmaciones en disputa');
  expect(en.explorer.status.description(1, en.status.contradicted.label)).toBe('The one claim whose status is contradicted.');
  expect(en.explorer.status.description(2, en.status.reported.label)).toBe('The 2 claims whose status is reported.');
  expect(es.explorer.status.description(1, es.status.contradicted.label)).toBe('La única afirmación cuyo estatus es contradicho.');
  // The script puts the number of rows shown for `{shown}`.
  expect(en.explorer.shown(335).replace('{shown}', '12')).toBe('12 of 335 claims shown');
  expect(es.explorer.shown(1).replace('{shown}', '1')).toBe('Mostrando 1 de 1 afirmación');
  expect(en.corrections.count(1)).toBe('1 status change, newest first.');
  expect(es.corrections.count(19)).toBe('19 cambios de estatus, del más reciente al más antiguo.');
});
