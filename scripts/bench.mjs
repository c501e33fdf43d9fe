// `npm run bench`: prints build time and memory at 1×, 10× and 100× the real content, the weight of each page
// type, the case study's page beside the same text in a stock Starlight site, and Lighthouse (mobile) scores;
// then writes the figures into BENCHMARKS.md. Never fails on speed.
//   npm run bench -- --scales=1,10 --no-lighthouse     (a quicker run; --no-peer skips Starlight)
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { buildStarlightPeer } from './bench/peer.mjs';
import { writeSyntheticContent } from './bench/synthetic-content.mjs';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const WORK = 'reports/bench';
const PORT = 4331;
const PEER_PORT = 4332;
/** Kept between runs: its install is reused while its package.json is unchanged. */
const PEER_DIR = join(WORK, 'starlight');
const scales = (process.argv.find((arg) => arg.startsWith('--scales='))?.slice('--scales='.length) ?? '1,10,100').split(',').map(Number);
const withLighthouse = !process.argv.includes('--no-lighthouse');
const withPeer = !process.argv.includes('--no-peer');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
delete env.VITEST;

/** One representative page of each type, in the real content. */
const PAGE_TYPES = [
  ['home', '/'],
  ['article', '/articles/rt-cjng-ukraine-drones/'],
  ['claim', '/claims/cjng-members-trained-in-ukraine/'],
  ['source', '/sources/rt-cartel-drone-warfare-ukraine/'],
  ['actor', '/actors/rt/'],
  ['claims index', '/claims/'],
  ['sources index', '/sources/'],
  ['evidence explorer', '/explorer/'],
  ['search', '/search/'],
  ['chart page', '/charts/anatomy-rt-cjng-ukraine-drones/'],
  ['glossary', '/glossary/'],
  ['open data', '/data/'],
  ['methodology', '/methodology/'],
  ['site page (About)', '/about/'],
];
/** The page weighed against its Starlight peer, and the target for it (reported, never asserted). */
const PEER_ARTICLE = 'rt-cjng-ukraine-drones';
const PEER_TARGET = 0.6;

const kb = (bytes) => (bytes / 1024).toFixed(1);
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

/** A clean build of one content folder, timed, with its peak memory and Astro's own time per page. */
function measureBuild(contentDir, outDir) {
  const memoryFile = join(WORK, 'memory.txt');
  const started = process.hrtime.bigint();
  const build = spawnSync(process.execPath, ['--import', resolve('scripts/bench/peak-memory.mjs'), 'node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', outDir], {
    env: { ...env, CONTENT_DIR: contentDir, BENCH_MEMORY_FILE: memoryFile },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (build.status !== 0) throw new Error(`build of ${contentDir} failed:\n${build.stdout}\n${build.stderr}`);
  const pageTimes = [...build.stdout.matchAll(/\.html \(\+(\d+)ms\)/g)].map((match) => Number(match[1]));
  return {
    seconds,
    pages: pageTimes.length,
    renderMsPerPage: pageTimes.reduce((sum, ms) => sum + ms, 0) / pageTimes.length,
    peakMb: Number(readFileSync(memoryFile, 'utf8')) / 1024,
  };
}

async function waitForServer(url) {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 250));
    }
  }
  throw new Error(`no server at ${url}`);
}

/** Bytes a page loads, by kind, raw and gzipped, and the gzip size of its visible text. */
async function measurePage(browser, url) {
  const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  const responses = [];
  page.on('response', (response) => responses.push(response));
  await page.goto(url, { waitUntil: 'networkidle' });
  const text = await page.evaluate(() => document.body.innerText);
  const inlineSvg = await page.evaluate(() => [...document.querySelectorAll('svg')].reduce((sum, svg) => sum + svg.outerHTML.length, 0));
  const totals = { html: [0, 0], css: [0, 0], js: [0, 0], svg: [0, 0], image: [0, 0], other: [0, 0] };
  for (const response of responses) {
    const body = await response.body().catch(() => Buffer.alloc(0));
    const type = response.request().resourceType();
    const contentType = response.headers()['content-type'] ?? '';
    const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : contentType.includes('svg') ? 'svg' : type === 'image' ? 'image' : 'other';
    totals[kind][0] += body.length;
    totals[kind][1] += gzipSync(body).length;
  }
  await page.close();
  const gzipTotal = Object.values(totals).reduce((sum, [, gzip]) => sum + gzip, 0);
  const textGzip = gzipSync(Buffer.from(text)).length;
  return { totals, requests: responses.length, inlineSvg, gzipTotal, textGzip, ratio: gzipTotal / textGzip };
}

/** Our case study's page beside its Starlight peer, weighed by the same function. */
function peerSection(ours, theirs, { starlight, astro, path, note }) {
  const metrics = [
    ['gzip weight (KB)', (w) => w.gzipTotal, kb],
    ['requests', (w) => w.requests, String],
    ['JavaScript (KB, gzip)', (w) => w.totals.js[1], kb],
    ['visible text (KB, gzip)', (w) => w.textGzip, kb],
    ['weight ÷ text', (w) => w.ratio, (ratio) => `${ratio.toFixed(2)}×`],
  ];
  const ratio = (a, b) => (b === 0 ? (a === 0 ? '–' : '∞') : `${(a / b).toFixed(2)}×`);
  const reached = ours.ratio / theirs.ratio;
  return [
    `### Against a stock Starlight site (the case study's text)`,
    `The same article as one page of a stock Starlight ${starlight} site (Astro ${astro}; its config sets only a title), built with its own \`astro build\`: the text as plain Markdown, its claim, source and chart components removed.${note ? ` **${note}**` : ''}`,
    table(
      ['', `ours (\`/articles/${PEER_ARTICLE}/\`)`, `Starlight (\`${path}\`)`, 'ours ÷ Starlight'],
      metrics.map(([name, value, format]) => [name, format(value(ours)), format(value(theirs)), ratio(value(ours), value(theirs))]),
    ),
    `Target: ours at most ${PEER_TARGET}× Starlight's weight ÷ text on this page. This run: ${reached.toFixed(2)}× (${reached <= PEER_TARGET ? 'met' : 'not met'}).`,
  ].join('\n\n');
}

function lighthouse(url, chromePath) {
  const run = spawnSync(
    process.execPath,
    ['node_modules/lighthouse/cli/index.js', url, '--output=json', '--output-path=stdout', '--quiet', '--form-factor=mobile', `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`],
    { env: { ...env, CHROME_PATH: chromePath }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) return null;
  const { categories } = JSON.parse(run.stdout);
  return ['performance', 'accessibility', 'best-practices', 'seo'].map((key) => Math.round((categories[key]?.score ?? 0) * 100));
}

mkdirSync(WORK, { recursive: true });
for (const entry of readdirSync(WORK)) if (join(WORK, entry) !== PEER_DIR) rmSync(join(WORK, entry), { recursive: true, force: true });
const sections = [`Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} CPU cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}.`];

// 1. Build time and memory as content grows.
const builds = [];
for (const scale of scales) {
  const contentDir = scale === 1 ? 'content' : join(WORK, `content-${scale}x`);
  const counts = scale === 1 ? null : writeSyntheticContent('content', contentDir, scale);
  console.log(`Building ${scale}× content${counts ? ` (${counts.claims} claims, ${counts.sources} sources)` : ''}…`);
  builds.push({ scale, ...measureBuild(contentDir, join(WORK, `dist-${scale}x`)) });
}
const base = builds[0];
sections.push(
  '### Build time and memory (clean build, `astro build --force`)',
  table(
    ['content', 'pages', 'build (s)', 'ms per page (build ÷ pages)', 'render ms per page (Astro log)', 'peak memory (MB)', 'time per page vs 1×', 'memory vs 1×'],
    builds.map((build) => [
      `${build.scale}×`,
      build.pages,
      build.seconds.toFixed(1),
      ((build.seconds * 1000) / build.pages).toFixed(1),
      build.renderMsPerPage.toFixed(2),
      build.peakMb.toFixed(0),
      `${(build.seconds / build.pages / (base.seconds / base.pages)).toFixed(2)}×`,
      `${(build.peakMb / base.peakMb).toFixed(2)}×`,
    ]),
  ),
);

// 2. Page weight per page type, and 3. Lighthouse, against the 1× build served by astro preview.
const realDist = join(WORK, `dist-${scales[0]}x`);
const chromePath = findChromium();
if (!chromePath) throw new Error('Page weights and Lighthouse need Chromium: sudo apt-get install -y chromium');
const peer = withPeer ? buildStarlightPeer(PEER_DIR, { article: `content/articles/${PEER_ARTICLE}.mdx`, title: 'Drones and Organized Crime', env }) : null;
/** `astro preview` from a project folder, with that project's own Astro. */
const preview = (cwd, port, args = []) =>
  spawn(resolve(cwd, 'node_modules/.bin/astro'), ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port), ...args], { cwd, env, stdio: 'ignore', detached: true });
const servers = [preview('.', PORT, ['--outDir', realDist])];
if (peer) servers.push(preview(PEER_DIR, PEER_PORT));
try {
  const origin = `http://127.0.0.1:${PORT}`;
  const peerOrigin = `http://127.0.0.1:${PEER_PORT}`;
  await waitForServer(`${origin}/`);
  if (peer) await waitForServer(peerOrigin + peer.path);
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  const weights = [];
  for (const [type, path] of PAGE_TYPES) weights.push({ type, path, ...(await measurePage(browser, origin + path)) });
  const peerWeights = peer && [await measurePage(browser, `${origin}/articles/${PEER_ARTICLE}/`), await measurePage(browser, peerOrigin + peer.path)];
  await browser.close();
  sections.push(
    '### Page weight (KB, raw / gzip) and requests',
    table(
      ['page type', 'HTML', 'CSS', 'JS', 'SVG files', 'inline SVG (raw, in HTML)', 'images', 'requests', 'gzip total', 'gzip visible text', 'weight ÷ text'],
      weights.map((w) => [
        `${w.type} (\`${w.path}\`)`,
        ...['html', 'css', 'js', 'svg'].map((kind) => `${kb(w.totals[kind][0])} / ${kb(w.totals[kind][1])}`),
        kb(w.inlineSvg),
        `${kb(w.totals.image[0])} / ${kb(w.totals.image[1])}`,
        w.requests,
        kb(w.gzipTotal),
        kb(w.textGzip),
        `${w.ratio.toFixed(2)}×`,
      ]),
    ),
  );
  if (peer) sections.push(peerSection(...peerWeights, peer));
  if (withLighthouse) {
    const scores = PAGE_TYPES.map(([type, path]) => {
      console.log(`Lighthouse: ${path}`);
      return [type, ...(lighthouse(origin + path, chromePath) ?? ['failed', '', '', ''])];
    });
    sections.push('### Lighthouse (mobile)', table(['page type', 'performance', 'accessibility', 'best practices', 'SEO'], scores));
  }
} finally {
  for (const server of servers) process.kill(-server.pid);
}

const report = sections.join('\n\n');
console.log(`\n${report}\n`);
const doc = readFileSync('BENCHMARKS.md', 'utf8');
writeFileSync('BENCHMARKS.md', doc.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${report}\n<!-- bench:end -->`));
console.log('Figures written to BENCHMARKS.md.');
