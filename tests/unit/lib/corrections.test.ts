import { expect, test } from 'vitest';
import { statusCorrections } from '../../../src/lib/evidence/corrections';

const claim = (id: string, status: any, assessed: string, history: any[]) => ({ id, data: { status, assessed, history } });

test('each history entry becomes a dated change to the next status, newest first', () => {
  const claims = [
    claim('a', 'documented', '2026-03-01', [
      { date: '2025-01-10', status: 'alleged', reason: 'A court record was published.' },
      { date: '2025-06-01', status: 'reported', reason: 'The ministry published the register.' },
    ]),
    claim('b', 'contradicted', '2025-09-01', [{ date: '2025-08-01', status: 'reported', reason: 'The specification differs.' }]),
    claim('c', 'reported', '2025-01-01', []),
  ];
  expect(statusCorrections(claims).map(({ claim, date, from, to, reason }) => [claim.id, date, from, to, reason])).toEqual([
    ['a', '2026-03-01', 'reported', 'documented', 'The ministry published the register.'],
    ['b', '2025-09-01', 'reported', 'contradicted', 'The specification differs.'],
    ['a', '2025-06-01', 'alleged', 'reported', 'A court record was published.'],
  ]);
});

test('no history, no corrections', () => {
  expect(statusCorrections([claim('c', 'reported', '2025-01-01', [])])).toEqual([]);
});
