/**
 * Finds a Chromium for browser tests: CHROME_PATH, then the usual paths. Where there is none and
 * we run as root with apt-get, installs Debian's package; otherwise stops with the exact command.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const INSTALL = 'apt-get update && apt-get install -y --no-install-recommends chromium fonts-liberation';

/** Flags that work headless as root in a container with a closed network. */
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const found = () => [process.env.CHROME_PATH, ...CANDIDATES].find((p) => p && existsSync(p));

export function findChrome({ install = true } = {}) {
  let path = found();
  if (path) return path;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (install && root && hasApt) {
    console.error(`No Chromium found; installing Debian's: ${INSTALL}`);
    execSync(INSTALL, { stdio: 'inherit', shell: '/bin/bash' });
    path = found();
    if (path) return path;
  }
  throw new Error(`No Chromium found. Install it with:\n  sudo sh -c '${INSTALL}'\nor set CHROME_PATH to a Chromium or Chrome binary.`);
}
