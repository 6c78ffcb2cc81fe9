// Bundles test/e2e/mathGoldenEntry.ts (and with it src/core/math) into one classic script with vite, the app's
// own bundler, so a browser page and a worker can run the very source the Node tests run.
import { resolve } from 'node:path';
import { build } from 'vite';
import { REPO_ROOT } from './harness';

/** Global name under which the bundle exposes evaluateGolden. */
export const MATH_BUNDLE_GLOBAL = 'mathGolden';

/** The bundle's JavaScript text (an IIFE assigning globalThis.mathGolden), built in memory. */
export async function bundleMathGolden(): Promise<string> {
  const output = await build({
    configFile: false,
    root: REPO_ROOT,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2022',
      lib: {
        entry: resolve(REPO_ROOT, 'test/e2e/mathGoldenEntry.ts'),
        formats: ['iife'],
        name: MATH_BUNDLE_GLOBAL,
      },
    },
  });
  const outputs = Array.isArray(output) ? output : [output];
  for (const result of outputs) {
    if (!('output' in result)) continue;
    const chunk = result.output.find((item) => item.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('vite produced no chunk for the math bundle');
}
