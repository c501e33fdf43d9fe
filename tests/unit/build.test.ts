import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

test('a real astro build of content with dangling ids fails, naming each file, record and field', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'broken-build-'));
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: 'tests/fixtures/content-broken', ASTRO_TELEMETRY_DISABLED: '1' };
    delete env.VITEST;
    const build = spawnSync('npx', ['astro', 'build', '--force', '--outDir', outDir], { env, encoding: 'utf8' });
    const output = build.stdout + build.stderr;
    expect(build.status).not.toBe(0);
    expect(output).toContain('Content check failed with 2 problems:');
    expect(output).toContain('tests/fixtures/content-broken/claims/unit-trained-abroad.yaml: unit-trained-abroad: attribution[1].actor: no actor has the id "example-gazette"');
    expect(output).toContain('tests/fixtures/content-broken/events/designation.yaml: designation: sources[0]: no source has the id "ministry-gazette"');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
