// Vite configuration for the web app and for vitest (unit, property and component tests).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
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
