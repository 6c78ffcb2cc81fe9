// Vite configuration for the web app and for vitest (unit, property and component tests).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The built app's Content-Security-Policy: scripts, workers and data only from the app's own origin, no eval.
 * Styles allow inline because plotly writes its chart styles into a <style> element; images allow data: and
 * blob: for chart downloads. Added at build time only (the dev server injects an inline script of its own).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
    ),
};

export default defineConfig({
  plugins: [react(), contentSecurityPolicy],
  // plotly.js reads `global`, which only Node defines; without this the app fails in the browser alone.
  define: { global: 'globalThis' },
  // plotly's trace registry requires maplibre's 70 kB stylesheet for map plots, which the app never draws.
  resolve: {
    alias: [
      {
        find: /^maplibre-gl\/dist\/maplibre-gl\.css$/,
        replacement: fileURLToPath(new URL('./src/app/charts/empty.css', import.meta.url)),
      },
    ],
  },
  worker: { format: 'es' },
  // Every browser that runs es2022 supports modulepreload, so Vite's polyfill for it is left out.
  build: { target: 'es2022', chunkSizeWarningLimit: 4000, modulePreload: { polyfill: false } },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Property tests evaluate hundreds of points; on a busy two-core machine vitest's 5 s default fails them for
    // time alone. Tests assert behaviour, not speed (speed is measured by `npm run bench`).
    testTimeout: 60_000,
  },
});
