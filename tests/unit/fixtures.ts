import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const VALID_CONTENT = 'tests/fixtures/content-valid';

/** A record of the valid fixture, parsed fresh so each test can mutate its own copy. */
export function fixtureRecord(collection: string, id: string): Record<string, any> {
  return parse(readFileSync(`${VALID_CONTENT}/${collection}/${id}.yaml`, 'utf8'));
}

/** `n` words of filler text. */
export function words(n: number): string {
  return Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
}
