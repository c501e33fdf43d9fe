import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problem';
import { readContent } from '../../../src/lib/content/read';

const root = mkdtempSync(join(tmpdir(), 'read-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('files the build would never read are named, not skipped', () => {
  mkdirSync(join(root, 'content/claims/drafts'), { recursive: true });
  mkdirSync(join(root, 'content/claim'), { recursive: true });
  writeFileSync(join(root, 'content/claims/drafts/x.yaml'), 'id: x\n');
  writeFileSync(join(root, 'content/claims/y.yml'), 'id: y\n');
  writeFileSync(join(root, 'content/claims/.DS_Store'), '');
  writeFileSync(join(root, 'content/notes.txt'), 'notes');
  const { records, problems } = readContent(join(root, 'content'), root);
  expect(records).toEqual([]);
  expect(problems.map(formatProblem)).toEqual([
    'content/claim: claim: (file): is not a collection; content holds only the folders sources, claims, actors, events, glossary, articles, articles-es',
    'content/notes.txt: notes.txt: (file): is not a collection; content holds only the folders sources, claims, actors, events, glossary, articles, articles-es',
    'content/claims/drafts: drafts: (file): is a folder; claims records must sit directly in content/claims/',
    'content/claims/y.yml: y: (file): is not a .yaml file; claims records must be .yaml files',
  ]);
});
