// Finds a system Chromium for the browser tests: Playwright cannot download its own browser here.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** The path of a Chromium executable, or undefined when none is installed. */
export function findChromium() {
  return CANDIDATES.find((path) => path && existsSync(path));
}

/** Flags for a headless Chromium on a machine with a closed network (see the machine notes). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
