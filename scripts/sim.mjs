// `npm run sim`: runs the CLI as one bundled script under plain node, so a command starts in about a tenth of
// a second instead of paying for npm's TypeScript loader on every call. The bundle (build/cli/sim.cjs) is made
// by `npm run build:cli` (run by install and by build); when any file it was built from is newer (or gone) it
// is rebuilt here first, so a stale bundle never answers. The bundle is compiled with V8's code cache: the
// first run after a build stores the compiled code (the functions that run included) beside the bundle, and
// later runs skip most of parsing and compiling. A cache that V8 rejects (another node version, other flags)
// is replaced; one that cannot be written is simply not kept.
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { BUNDLE_PATH, buildCli, INPUTS_PATH } from './build-cli.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(ROOT, BUNDLE_PATH);

/** True when the bundle is missing, or a source file it was built from changed or is gone since it was built. */
function bundleIsStale() {
  if (!existsSync(bundle)) return true;
  const builtMs = statSync(bundle).mtimeMs;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(join(ROOT, INPUTS_PATH), 'utf8'));
  } catch {
    return true;
  }
  // Package files are left out: installing runs the build (prepare), and installed files keep the
  // package's own old times, so their times say nothing.
  return inputs.some((path) => {
    if (path.startsWith('node_modules/')) return false;
    const stats = statSync(join(ROOT, path), { throwIfNoEntry: false });
    return stats === undefined || stats.mtimeMs > builtMs;
  });
}

if (bundleIsStale()) await buildCli();

// The cache is named after the bundle's size and time, so a cache can never be read against another build
// (V8 itself only checks the source's length).
const { size, mtimeMs } = statSync(bundle);
const cacheFile = join(dirname(bundle), `sim-${size}-${Math.trunc(mtimeMs)}.cache`);
const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
const source = readFileSync(bundle, 'utf8');
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: bundle,
  cachedData,
});
if (cachedData === undefined || script.cachedDataRejected) {
  process.once('exit', () => {
    try {
      for (const name of readdirSync(dirname(bundle)))
        if (name.endsWith('.cache')) unlinkSync(join(dirname(bundle), name));
      const partFile = `${cacheFile}.${process.pid}.part`;
      writeFileSync(partFile, script.createCachedData());
      renameSync(partFile, cacheFile);
    } catch {
      // A read-only or shared build folder: run without a cache next time too.
    }
  });
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
