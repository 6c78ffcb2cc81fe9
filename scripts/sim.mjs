// `npm run sim`: runs the CLI as one bundled script under plain node, so a command starts in a few hundredths
// of a second instead of paying for npm's TypeScript loader on every call. The bundle (build/cli/sim.mjs) is
// made by `npm run build:cli` (run by install and by build); when any source file is newer than the bundle it
// is rebuilt here first, so a stale bundle never answers.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUNDLE_PATH, buildCli } from './build-cli.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Newest modification time (ms) of the files under `directory`. */
function newestMtimeMs(directory) {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    const mtime = entry.isDirectory() ? newestMtimeMs(path) : statSync(path).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}

const bundle = join(ROOT, BUNDLE_PATH);
if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestMtimeMs(join(ROOT, 'src'))) await buildCli();
await import(pathToFileURL(bundle).href);
