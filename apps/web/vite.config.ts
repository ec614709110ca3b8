import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

const api = process.env.API_INTERNAL_URL ?? 'http://127.0.0.1:3001';

export default defineConfig({
  plugins: [
    sveltekit({
      adapter: adapter(),
      csp: {
        mode: 'auto',
        directives: {
          'default-src': ['self'],
          'script-src': ['self'],
          'style-src': ['self', 'unsafe-inline'],
          'img-src': ['self', 'data:'],
          'connect-src': ['self'],
          'form-action': ['self'],
          'frame-ancestors': ['none'],
          'base-uri': ['self'],
          'object-src': ['none'],
        },
      },
    }),
  ],
  server: {
    host: process.env.HOST ?? 'localhost',
    port: Number(process.env.WEB_PORT ?? 3000),
    strictPort: true,
    // One origin in development too: the API and its websocket sit behind /api.
    proxy: { '/api': { target: api, ws: true, changeOrigin: false } },
  },
});
