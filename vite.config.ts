import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type ProxyOptions } from 'vite';

/**
 * MLflow sends no CORS headers, so the browser reaches it through a same-origin
 * path. `SIGHTLINE_MLFLOW_URL` names the upstream; the dev and preview servers
 * forward `/mlflow/*` there (a production web server does the same, see README).
 */
function backendProxies(env: Record<string, string>): Record<string, ProxyOptions> {
  const proxies: Record<string, ProxyOptions> = {};
  const mlflow = env.SIGHTLINE_MLFLOW_URL;
  if (mlflow) {
    proxies['/mlflow'] = {
      target: mlflow,
      changeOrigin: true,
      rewrite: (path) => path.replace(/^\/mlflow/, ''),
    };
  }
  // Marquez, likewise: `SIGHTLINE_MARQUEZ_URL`, forwarded from `/marquez/*`.
  const marquez = env.SIGHTLINE_MARQUEZ_URL;
  if (marquez) {
    proxies['/marquez'] = {
      target: marquez,
      changeOrigin: true,
      rewrite: (path) => path.replace(/^\/marquez/, ''),
    };
  }
  // Loki, likewise (it sends no CORS headers either): `SIGHTLINE_LOKI_URL`, forwarded from `/loki/*`
  // (a connection with the URL `/loki` asks `/loki/loki/api/v1/…`, Loki gets `/loki/api/v1/…`).
  const loki = env.SIGHTLINE_LOKI_URL;
  if (loki) {
    proxies['/loki'] = {
      target: loki,
      changeOrigin: true,
      rewrite: (path) => path.replace(/^\/loki/, ''),
    };
  }
  return proxies;
}

export default defineConfig(({ mode }) => {
  const env = { ...process.env, ...loadEnv(mode, process.cwd(), 'SIGHTLINE_') } as Record<string, string>;
  const proxy = backendProxies(env);
  return {
    plugins: [react()],
    // The demo's MSW without its cookie jar (see src/mocks/no-cookie-jar.ts). Tests run on
    // vitest.config.ts, which keeps the real one.
    resolve: {
      alias: { 'tough-cookie': fileURLToPath(new URL('./src/mocks/no-cookie-jar.ts', import.meta.url)) },
    },
    server: { proxy, host: '127.0.0.1' },
    preview: { proxy, host: '127.0.0.1' },
    build: {
      sourcemap: false,
      chunkSizeWarningLimit: 1200,
      // The benchmark's pages are a second entry, built only for `npm run bench`.
      rolldownOptions: mode === 'bench' ? { input: { main: 'index.html', bench: 'bench.html' } } : {},
    },
    worker: { format: 'es' },
  };
});
