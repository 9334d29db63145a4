// Drift benchmarks for `npm run bench`. Two figures:
//  (a) drift statistics for 100 features × 100,000 rows, computed by the drift worker's code:
//      in Node (the same module the worker runs, loaded through Vite) and in headless Chromium
//      (the real Web Worker, `bench.html?bench=drift`, an entry built only for the benchmark);
//  (b) rendering a chart fed 1,000,000 raw points (M4-downsampled) in headless Chromium
//      (`bench.html?bench=chart-1m`).
// Usage: node scripts/bench/drift-bench.mjs [--url http://127.0.0.1:4455] [--node-only] [--browser-only]
// Without --url it builds the app into a temporary folder and serves it with `vite preview`.
// Prints one JSON object. scripts/bench.mjs calls `bench({ browser, benchUrl })` with the bench build it serves;
// `runDriftBenches({ url })` does everything, serving a build itself when no URL is given.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { runnerImport } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium-path.mjs';
import { freePort } from '../backends/processes.mjs';
import { waitForServer } from '../wait-for-server.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const BENCH_PAGE = '/bench.html';

/** (a) in Node: the worker's `handleDriftRequest('samples', …)` on fresh rows, `runs` times. */
export async function benchDriftInNode({ features = 100, rows = 100_000, runs = 3 } = {}) {
  const { module: requests } = await runnerImport(join(ROOT, 'src/features/drift/compute/drift-requests.ts'));
  const { module: data } = await runnerImport(join(ROOT, 'src/bench/bench-data.ts'));
  const computeMs = [];
  for (let run = 0; run < runs; run += 1) {
    const samples = data.benchSamples(features, rows, 42 + run);
    const started = performance.now();
    requests.handleDriftRequest('samples', samples);
    computeMs.push(Math.round(performance.now() - started));
  }
  const sorted = [...computeMs].sort((a, b) => a - b);
  return {
    bench: 'drift-statistics',
    where: 'node',
    node: process.version,
    features,
    rows,
    computeMs,
    medianComputeMs: sorted[Math.floor(runs / 2)],
  };
}

/** Opens one bench page and returns the JSON it prints in `[data-testid=bench-result]`. */
export async function readBenchPage(page, url, timeout) {
  await page.goto(url);
  const result = page.getByTestId('bench-result');
  await result.waitFor({ timeout });
  return JSON.parse(await result.textContent());
}

/** (a) and (b) in headless Chromium, against a served build of the app; `browser` is reused when given. */
export async function benchInBrowser(baseUrl, browser) {
  const own = browser ?? (await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS }));
  const context = await own.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    const drift = await readBenchPage(page, `${baseUrl}${BENCH_PAGE}?bench=drift`, 600_000);
    const chart = await readBenchPage(page, `${baseUrl}${BENCH_PAGE}?bench=chart-1m`, 300_000);
    return {
      drift: { ...drift, where: 'chromium' },
      chart: { ...chart, where: 'chromium' },
      chromium: own.version(),
    };
  } finally {
    await context.close();
    if (!browser) await own.close();
  }
}

/**
 * The hook scripts/bench.mjs calls (through page-benches.mjs) with its Chromium and the URL of the
 * bench build it serves. Returns the figures, plus `rows` ([label, value, note]) for its table.
 */
export async function bench({ browser, benchUrl }) {
  const node = await benchDriftInNode();
  const inBrowser = await benchInBrowser(benchUrl, browser);
  const { drift, chart } = inBrowser;
  const rows = [
    [
      'Drift statistics, 100 features × 100k rows, end to end',
      `${drift.medianRoundTripMs} ms`,
      `runs ${drift.roundTripMs.join(', ')} ms (compute ${drift.computeMs.join(', ')} ms); inWorker=${drift.inWorker}; target ≤ 1000 ms: ${drift.medianRoundTripMs <= 1000 ? 'met' : 'NOT MET'}`,
    ],
    [
      '  longest main-thread task meanwhile',
      `${drift.longestMainThreadTaskMs} ms`,
      `target ≤ 50 ms: ${drift.longestMainThreadTaskMs <= 50 ? 'met' : 'NOT MET'} (0: no task over 50 ms)`,
    ],
    [
      'Drift statistics, same module in Node',
      `${node.medianComputeMs} ms`,
      `median of ${node.computeMs.join(', ')} ms`,
    ],
    [
      'Chart fed 1,000,000 points (M4 → 720), warm render',
      `${chart.medianWarmRenderMs} ms`,
      `runs ${chart.renderMs.join(', ')} ms (first loads Recharts); M4 alone ${chart.downsampleMs} ms`,
    ],
  ];
  return { node, browser: inBrowser, rows };
}

/** Builds into a temporary folder and serves it on a free port; returns the URL and a stop function. */
export async function serveBuild() {
  const outDir = mkdtempSync(join(tmpdir(), 'sightline-bench-'));
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--mode', 'bench', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (build.status !== 0) throw new Error('vite build failed');
  const port = await freePort();
  const child = spawn(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: 'ignore', detached: true },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForServer(url, child);
  return {
    url,
    stop() {
      try {
        process.kill(-child.pid);
      } catch {
        // Already gone.
      }
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Everything, as one object: `{ node, browser }` (either may be left out by the options). */
export async function runDriftBenches({ url, node = true, browser = true } = {}) {
  const result = {};
  if (node) result.node = await benchDriftInNode();
  if (browser) {
    const served = url ? { url, stop() {} } : await serveBuild();
    try {
      result.browser = await benchInBrowser(served.url);
    } finally {
      served.stop();
    }
  }
  return result;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--url');
  const result = await runDriftBenches({
    url: at >= 0 ? args[at + 1] : undefined,
    node: !args.includes('--browser-only'),
    browser: !args.includes('--node-only'),
  });
  console.log(JSON.stringify(result, null, 2));
}
