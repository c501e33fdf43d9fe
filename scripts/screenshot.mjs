// Screenshots of built pages at phone and desktop width, for looking at what we build, in tiles of 1400 px:
//   node scripts/screenshot.mjs /claims/ /methodology/   (serves dist/ itself; PNGs land in reports/screenshots/)
// --print, --dark, and --grey (Chromium's achromatopsia emulation: the page as a greyscale printer or a reader
// without colour vision sees it).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const port = 4330;
const paths = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const media = process.argv.includes('--print') ? 'print' : 'screen';
const colorScheme = process.argv.includes('--dark') ? 'dark' : 'light';
const grey = process.argv.includes('--grey');
const out = 'reports/screenshots';
const TILE = 1400;
mkdirSync(out, { recursive: true });

const server = spawn('npx', ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore', detached: true });
try {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  for (let attempt = 0; attempt < 60; attempt++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme });
    await page.emulateMedia({ media });
    if (grey) await (await page.context().newCDPSession(page)).send('Emulation.setEmulatedVisionDeficiency', { type: 'achromatopsia' });
    for (const path of paths) {
      await page.goto(`http://127.0.0.1:${port}${path}`);
      const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}${media === 'print' ? '-print' : ''}${colorScheme === 'dark' ? '-dark' : ''}${grey ? '-grey' : ''}.png`;
      // Long pages are cut into tiles of at most TILE px, so each PNG stays legible when opened.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let top = 0, part = 1; top < height; top += TILE, part++) {
        const file = `${out}/${name.replace(/\.png$/, `-${part}.png`)}`;
        await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: top, width, height: Math.min(TILE, height - top) } });
        console.log(file);
      }
    }
    await page.close();
  }
  await browser.close();
} finally {
  process.kill(-server.pid);
}
