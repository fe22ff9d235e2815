import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The shipped CSP (in index.html) allows no inline script. Vite's dev server
 * injects inline scripts for HMR, so only the dev server gets a relaxed copy.
 */
function devOnlyRelaxedCsp(): Plugin {
  return {
    name: 'dev-only-relaxed-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace(
        /<meta http-equiv="Content-Security-Policy"[^>]*>/,
        '<meta http-equiv="Content-Security-Policy" content="default-src \'self\' \'unsafe-inline\' ws:; img-src \'self\' data: blob:">',
      );
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: '../assets/bundle',
  plugins: [svelte({ configFile: `${root}svelte.config.js` }), devOnlyRelaxedCsp()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    assetsDir: 'app',
    reportCompressedSize: false,
    // Timing warnings depend on how busy the machine is, not on the code.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', fs: { allow: ['..'] } },
  preview: { host: '127.0.0.1' },
});
