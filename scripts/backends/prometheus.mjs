// A real Prometheus on a free loopback port, holding the seeded week.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeOpenMetrics } from './openmetrics.mjs';
import { findBinary, freePort, startProcess, waitReady } from './processes.mjs';
import { SCRAPE_SECONDS } from './story.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const CACHE_ROOT = resolve(here, '../../node_modules/.cache/sightline-backends');

/** The seed is deterministic: its blocks depend only on the generator's code and promtool's version. */
function seedKey(promtool) {
  const hash = createHash('sha256');
  for (const file of ['story.mjs', 'openmetrics.mjs', 'prometheus.mjs'])
    hash.update(readFileSync(join(here, file)));
  hash.update(spawnSync(promtool, ['--version'], { encoding: 'utf8' }).stdout ?? '');
  return hash.digest('hex').slice(0, 16);
}

/**
 * Puts the seeded week into `dataDir`: copied from the cache of a previous run
 * (node_modules/.cache/sightline-backends), else backfilled with promtool
 * (~3–8 s) and cached. SIGHTLINE_BACKENDS_NO_CACHE=1 always backfills.
 */
export function seedPrometheusData(workDir, dataDir) {
  const promtool = findBinary('PROMTOOL_BIN', ['promtool'], 'prometheus');
  const useCache = !process.env.SIGHTLINE_BACKENDS_NO_CACHE;
  const cached = join(CACHE_ROOT, seedKey(promtool));
  if (useCache && existsSync(cached)) {
    cpSync(cached, dataDir, { recursive: true });
    return 'cache';
  }
  backfill(promtool, workDir, dataDir);
  if (useCache) {
    try {
      const partial = `${cached}.${process.pid}.partial`;
      cpSync(dataDir, partial, { recursive: true });
      mkdirSync(CACHE_ROOT, { recursive: true });
      renameSync(partial, cached);
    } catch {
      // Another run cached it first, or the cache is not writable: no harm.
      rmSync(`${cached}.${process.pid}.partial`, { recursive: true, force: true });
    }
  }
  return 'promtool';
}

/** Backfills the week into `dataDir` with promtool (a real file: promtool cannot read a pipe). */
function backfill(promtool, workDir, dataDir) {
  const file = join(workDir, 'seed.om');
  writeOpenMetrics(file);
  mkdirSync(dataDir, { recursive: true });
  // --max-block-duration is hidden from --help in 2.42 but works: one pass for the week (~3 s, 50 s without).
  const result = spawnSync(
    promtool,
    ['tsdb', 'create-blocks-from', 'openmetrics', '--max-block-duration=168h', file, dataDir],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new Error(
      `promtool could not backfill the seed data:\n${result.stderr || result.stdout || result.error}`,
    );
  }
  rmSync(file, { force: true });
}

/** Starts Prometheus on 127.0.0.1 over `dataDir`; retries on another port if the chosen one was taken meanwhile. */
export async function startPrometheus(workDir, dataDir) {
  const binary = findBinary('PROMETHEUS_BIN', ['prometheus'], 'prometheus');
  const config = join(workDir, 'prometheus.yml');
  writeFileSync(
    config,
    `global:\n  scrape_interval: ${SCRAPE_SECONDS}s\n  evaluation_interval: ${SCRAPE_SECONDS}s\nscrape_configs: []\n`,
  );
  let lastError;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const handle = startProcess('Prometheus', binary, [
      `--config.file=${config}`,
      `--storage.tsdb.path=${dataDir}`,
      // Longer than the seeded span, whatever today's date is.
      '--storage.tsdb.retention.time=36500d',
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ]);
    try {
      await waitReady(handle, `${url}/-/ready`);
      return { url, pid: handle.pid, stop: handle.stop };
    } catch (error) {
      lastError = error;
      await handle.stop();
    }
  }
  throw lastError;
}
