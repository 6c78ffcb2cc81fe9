// Browser test plumbing shared by the end-to-end runner and the UI benchmark: make sure dist/ exists, serve it
// with vite preview on a free local port, and launch Debian Chromium through playwright-core with a fresh
// temporary profile. Everything started here has a close function.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { build, preview } from 'vite';

/** Repository root (this file lives in test/e2e). */
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
/** Where the production build is served from. */
export const DIST_DIR = resolve(REPO_ROOT, 'dist');
/** Debian's Chromium package path; CHROMIUM_PATH overrides it. */
const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for a quiet, offline, sandbox-free headless Chromium (containers have no user namespaces). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];

/** The Chromium executable to use, or null when there is none. */
export function findChromium(): string | null {
  const path = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
  return existsSync(path) ? path : null;
}

/** Builds the app into dist/ unless dist/index.html already exists. Returns whether it built. */
export async function ensureBuilt(): Promise<boolean> {
  if (existsSync(resolve(DIST_DIR, 'index.html'))) return false;
  await build({ root: REPO_ROOT, logLevel: 'warn' });
  return true;
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** A running preview server. */
export interface ServedApp {
  baseUrl: string;
  close: () => Promise<void>;
}

/** Serves dist/ with vite preview on 127.0.0.1 and a free port. */
export async function serveDist(): Promise<ServedApp> {
  const port = await freePort();
  const server = await preview({
    root: REPO_ROOT,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    close: () => server.close(),
  };
}

/** Launches headless Chromium; playwright gives it a fresh temporary profile and deletes it on close. */
export async function launchChromium(executablePath: string): Promise<Browser> {
  const launch = () => chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    return await launch();
  } catch (error) {
    // A browser that fails to start once (a busy machine, a slow first start) gets one more try; the reason
    // is printed either way so a failing CI run shows it.
    console.log(
      `Chromium did not start (${error instanceof Error ? error.message : String(error)}); trying once more`,
    );
    await new Promise((resolveWait) => setTimeout(resolveWait, 2000));
    return launch();
  }
}
