import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A clean build (content cache cleared) into a fresh folder, as file → SHA-256 of its bytes. */
function cleanBuild(): Map<string, string> {
  const outDir = mkdtempSync(join(tmpdir(), 'determinism-'));
  folders.push(outDir);
  const result = spawnSync('npx', ['astro', 'build', '--force', '--outDir', outDir], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  expect(result.status, result.stderr).toBe(0);
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(outDir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(outDir);
  return files;
}

test('two clean builds of the same commit are byte-identical', () => {
  const first = cleanBuild();
  const second = cleanBuild();
  expect(first.size).toBeGreaterThan(100);
  expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
  expect([...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file)).toEqual([]);
});
