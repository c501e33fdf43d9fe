// `npm test`: every check in order, then one line "N passed, N failed" summed over every suite.
// Suites: type check, content check + unit tests (Vitest), site build, built-site gates (Vitest), browser tests
// (Playwright).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const REPORTS = 'reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
let passed = 0;
let failed = 0;

const started = Date.now();
const timings = [];
const minutes = (ms) => {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
};

function run(label, command, args, extraEnv = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const start = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  timings.push(`${label}: ${minutes(Date.now() - start)}`);
  return result.status === 0;
}

/** A suite that is one check: it passes or fails as a whole. */
function check(label, command, args) {
  if (run(label, command, args)) passed += 1;
  else failed += 1;
}

/** Reads a JSON reporter's counts; a suite that wrote no report counts as one failure. */
function count(label, file, read) {
  try {
    const counts = read(JSON.parse(readFileSync(file, 'utf8')));
    passed += counts.passed;
    failed += counts.failed;
  } catch {
    console.error(`${label} wrote no report (${file}); counting it as one failure.`);
    failed += 1;
  }
}

function ensureChromium() {
  let path = findChromium();
  if (path) return path;
  if (process.getuid?.() === 0) {
    console.log('No Chromium found; installing Debian’s chromium package for the browser tests.');
    run('install chromium', 'apt-get', ['update']);
    run('install chromium', 'apt-get', ['install', '-y', 'chromium']);
    path = findChromium();
  }
  if (!path) {
    console.error('The browser tests need Chromium. Install it with:\n  sudo apt-get install -y chromium\nor set CHROMIUM_PATH to a Chromium executable, then run npm test again.');
    process.exit(1);
  }
  return path;
}

const chromium = ensureChromium();

check('Type check', 'npx', ['astro', 'check']);

/** Runs one Vitest configuration and adds its counts. */
function vitest(label, config, report) {
  run(label, 'npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  count(label, report, (json) => ({
    passed: json.numPassedTests,
    // A test file that fails to load has no failed tests of its own: count the file.
    failed: json.numFailedTests + json.testResults.filter((file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed')).length,
  }));
}

vitest('Unit and content tests', 'vitest.config.ts', `${REPORTS}/vitest.json`);

const built = run('Site build', 'npx', ['astro', 'build', '--force']);
if (built) passed += 1;
else failed += 1;

if (built) {
  vitest('Built-site gates (valid HTML, links, record pages, determinism)', 'vitest.site.config.ts', `${REPORTS}/vitest-site.json`);
  run('Browser tests', 'npx', ['playwright', 'test'], { CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/playwright.json` });
  count('Playwright', `${REPORTS}/playwright.json`, (report) => ({
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected + (report.errors?.length ?? 0),
  }));
} else {
  console.error('Skipping browser tests: the site did not build.');
  failed += 1;
}

// How long each suite took, so a suite that grows with the content shows here before it hurts.
console.log(`\nTime: ${minutes(Date.now() - started)} in all (${timings.join('; ')})`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
