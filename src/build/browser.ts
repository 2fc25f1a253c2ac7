// Finding a Chromium for the end-to-end tests and the benchmark: CHROMIUM_PATH, Playwright's own browser, or a
// system Chromium or Chrome. Node-only.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const HOW_TO_GET_A_BROWSER =
  'the end-to-end tests need Chromium: set CHROMIUM_PATH to a Chromium or Chrome, or install one (Debian/Ubuntu: sudo apt-get install chromium; elsewhere: npx playwright install chromium)';

/** The first browser found, with where it came from; null when there is none. */
export async function findChromium(): Promise<{ path: string; from: string } | null> {
  const env = process.env.CHROMIUM_PATH;
  if (env) return existsSync(env) ? { path: env, from: 'CHROMIUM_PATH' } : null;
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: own, from: "Playwright's own Chromium" };
  } catch {
    // Playwright without its browser: try the system's.
  }
  const system = SYSTEM_BROWSERS.find((p) => existsSync(p));
  return system ? { path: system, from: 'the system' } : null;
}

/** Debian's Chromium, when this process may install packages (root, or sudo without a password). */
export function installDebianChromium(log: (line: string) => void): boolean {
  if (!existsSync('/usr/bin/apt-get')) return false;
  const root = process.getuid?.() === 0;
  const sudo = !root && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  if (!root && !sudo) return false;
  log("installing Debian's Chromium for the end-to-end tests (apt-get install chromium)…");
  const run = (args: string[]) => {
    const [command, ...rest] = root ? args : ['sudo', '-n', ...args];
    return (
      spawnSync(command!, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
        .status === 0
    );
  };
  return (
    run(['apt-get', 'update', '-qq']) &&
    run(['apt-get', 'install', '-y', '-qq', 'chromium']) &&
    existsSync('/usr/bin/chromium')
  );
}
