/** The words of the actors' and charts' pages: every kind of party named, and counts agreeing in each language. */
import { expect, test } from 'vitest';
import { words } from '../../src/i18n';
import { ACTOR_KINDS } from '../../src/schemas/actor';
import { LANGUAGES } from '../../src/schemas/language';

test('every kind of party has a name in every language', () => {
  for (const language of LANGUAGES) expect(Object.keys(words(language).actorKind).sort(), language).toEqual([...ACTOR_KINDS].sort());
  expect(words('es').actorKind['criminal-group']).toBe('Organización criminal');
});

test('the actors index counts its parties with each language’s agreement', () => {
  const [en, es] = [words('en'), words('es')];
  expect(en.actors.intro(270)).toBe('270 parties that make, relay or are the subject of claims on this site.');
  expect(en.actors.intro(1)).toBe('1 party that makes, relays or is the subject of claims on this site.');
  expect(en.actors.description(270)).toBe('The 270 parties that make, relay or are the subject of claims on this site.');
  expect(es.actors.intro(270)).toBe('270 actores que formulan, transmiten o son objeto de afirmaciones en este sitio.');
  expect(es.actors.intro(1)).toBe('1 actor que formula, transmite o es objeto de afirmaciones en este sitio.');
  expect(es.actors.description(1)).toBe('El actor que formula, transmite o es objeto de afirmaciones en este sitio.');
});

test('an actor page describes itself: in English by the record, in Spanish in its own words, not the English record', () => {
  const record = 'A drone manufacturer.';
  expect(words('en').actor.description('DJI', 'Company', record)).toBe(record);
  const spanish = words('es').actor.description('DJI', words('es').actorKind.company, record);
  expect(spanish).toMatch(/^Empresa: DJI\. /);
  expect(spanish).not.toContain(record);
});
