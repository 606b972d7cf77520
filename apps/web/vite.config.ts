import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const API = 'http://localhost:3000';

// The NestJS server serves dist/ at "/" with an SPA fallback, so assets use absolute paths.
export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    alias: [
      // TypeScript source of the shared contracts; only types and constants reach the bundle.
      { find: '@veraz/contracts', replacement: fileURLToPath(new URL('../../libs/contracts/src/index.ts', import.meta.url)) },
      // The browser-safe part of the standards library (form trees from the OAS; no file loading, no Ajv).
      { find: /^@veraz\/standards\/form$/, replacement: fileURLToPath(new URL('../../libs/standards/src/form/index.ts', import.meta.url)) },
      // The official data files (OAS, catalogs, form labels), loaded lazily as their own chunks.
      { find: /^@veraz\/standards-data\/(.*)$/, replacement: fileURLToPath(new URL('../../standards/', import.meta.url)) + '$1' },
    ],
  },
  server: {
    proxy: {
      '/api': API,
      '/health': API,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
