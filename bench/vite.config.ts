import { defineConfig } from 'vite';

// Builds the benchmark harness page (not shipped): dist/bench.
export default defineConfig({
  root: 'bench',
  base: './',
  publicDir: false,
  build: { outDir: '../dist/bench', emptyOutDir: true, target: 'es2022', reportCompressedSize: false, chunkSizeWarningLimit: 4000 },
});
