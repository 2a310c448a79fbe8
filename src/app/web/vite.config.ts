// Builds the web UI into dist/web; the server serves that directory.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: resolve(here, '../../../dist/web'),
    emptyOutDir: true,
    // Inline nothing: the CSP allows scripts, styles and images from our own origin only.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
