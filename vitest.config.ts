import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  plugins: [svelte({ configFile: `${root}svelte.config.js` })],
  test: {
    include: ['renderer/src/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts'],
    setupFiles: ['renderer/src/test-setup.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
