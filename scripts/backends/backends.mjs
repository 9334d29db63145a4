// Real Prometheus and Alertmanager for integration tests (and by hand:
// `node scripts/backends/backends.mjs` prints their URLs and runs until Ctrl-C).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { seedAlertmanager, startAlertmanager } from './alertmanager.mjs';
import { removeWhenGone } from './processes.mjs';
import { seedPrometheusData, startPrometheus } from './prometheus.mjs';

/**
 * Seeds a week of history, starts both servers on free loopback ports in a
 * temp dir, and seeds Alertmanager. `stop()` stops both (SIGTERM) and removes
 * the temp dir; it is safe to call twice.
 */
export async function startBackends({ log = () => {} } = {}) {
  const workDir = mkdtempSync(join(tmpdir(), 'sightline-backends-'));
  const janitor = removeWhenGone(workDir);
  const started = [];
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await Promise.all(started.map((server) => server.stop()));
    rmSync(workDir, { recursive: true, force: true });
    janitor.cancel();
  };
  const removeOnExit = () => rmSync(workDir, { recursive: true, force: true });
  process.once('exit', removeOnExit);
  try {
    const began = Date.now();
    const dataDir = join(workDir, 'prometheus-data');
    const from = seedPrometheusData(workDir, dataDir);
    log(`seeded a week of Prometheus history (${from}) in ${Date.now() - began} ms`);
    const results = await Promise.allSettled([startPrometheus(workDir, dataDir), startAlertmanager(workDir)]);
    for (const result of results) if (result.status === 'fulfilled') started.push(result.value);
    const failure = results.find((result) => result.status === 'rejected');
    if (failure) throw failure.reason;
    const [prometheus, alertmanager] = started;
    const { silenceId } = await seedAlertmanager(alertmanager.url);
    log(`Prometheus ${prometheus.url}, Alertmanager ${alertmanager.url}, ready in ${Date.now() - began} ms`);
    return {
      prometheus: { url: prometheus.url, pid: prometheus.pid },
      alertmanager: { url: alertmanager.url, pid: alertmanager.pid },
      silenceId,
      stop: async () => {
        await stop();
        process.removeListener('exit', removeOnExit);
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const backends = await startBackends({ log: (line) => console.log(line) });
  console.log(
    JSON.stringify({ prometheus: backends.prometheus.url, alertmanager: backends.alertmanager.url }, null, 2),
  );
  console.log('Running; Ctrl-C stops both.');
  const shutdown = () => backends.stop().then(() => process.exit(0));
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
