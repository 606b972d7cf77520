import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const API = 'http://localhost:3000';

// The NestJS server serves dist/ at "/" with an SPA fallback, so assets use absolute paths.
export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    alias: {
      // TypeScript source of the shared contracts; only types and constants reach the bundle.
      '@veraz/contracts': fileURLToPath(new URL('../../libs/contracts/src/index.ts', import.meta.url)),
    },
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
