import { expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check';
import { chainSummary, claimsByStatus, claimsCitingSource, claimsInvolvingActor, uniqueInOrder } from '../../../src/lib/evidence/relations';
import { VALID_CONTENT } from '../fixtures';

const { claims } = checkContent(VALID_CONTENT).content;

test('claimsByStatus returns every status in order, empty groups included', () => {
  expect(claimsByStatus(claims).map((group) => [group.status, group.claims.map((claim) => claim.id)])).toEqual([
    ['documented', ['designation-published']],
    ['reported', ['unit-trained-abroad']],
    ['alleged', []],
    ['disputed', []],
    ['contradicted', []],
  ]);
});

test('claimsCitingSource gives each citing claim with its relation and locator', () => {
  expect(claimsCitingSource(claims, 'state-tv-report').map(({ claim, relation, locator }) => [claim.id, relation, locator])).toEqual([
    ['unit-trained-abroad', 'context', 'paragraph 1'],
  ]);
});

test('claimsInvolvingActor separates attribution roles from what claims are about', () => {
  const involvement = claimsInvolvingActor(claims, 'example-ministry');
  expect(involvement.attributed.map(({ claim, role, named }) => [claim.id, role, named])).toEqual([
    ['designation-published', 'publisher', true],
    ['unit-trained-abroad', 'source', false],
  ]);
  expect(involvement.about.map((claim) => claim.id)).toEqual(['designation-published']);
});

test('chainSummary counts links and unnamed links', () => {
  expect(chainSummary(claims.find((claim) => claim.id === 'unit-trained-abroad')!.data)).toEqual({ links: 3, unnamed: 1 });
});

test('uniqueInOrder keeps first appearances', () => {
  expect(uniqueInOrder(['b', 'a', 'b', 'c', 'a'])).toEqual(['b', 'a', 'c']);
});
