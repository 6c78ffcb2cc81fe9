// Where the browser tests find Chromium: CHROMIUM_PATH, else Debian's package path, else nothing.
import { existsSync } from 'node:fs';

/** Debian's chromium package installs its launcher here. */
const DEBIAN_CHROMIUM_PATH = '/usr/bin/chromium';

/** Path of a Chromium executable, or undefined when none is installed. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, DEBIAN_CHROMIUM_PATH].filter(
    (path): path is string => !!path,
  );
  return candidates.find((path) => existsSync(path));
}
