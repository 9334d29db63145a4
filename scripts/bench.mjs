// `npm run bench`: builds the app and prints its size and speed figures as a
// table and as JSON (also written to bench-results/latest.json). Figures, not
// pass/fail: budgets are printed next to them.
import { execSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';

const COLD_LOADS = 5;
const KEYSTROKES = 12;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}

console.log('Building…');
execSync('npx vite build --mode bench --logLevel error', { stdio: 'inherit' });
const port = await freePort();
const preview = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
const base = `http://127.0.0.1:${port}`;
const results = {};
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});

try {
  await waitForServer(base);

  // 1. The landing route's JavaScript: every script the home page loads, gzip-compressed. Measured
  // twice: against a REST backend (what a deployment ships) and on the demo (which adds MSW, the
  // fleet generator and what they import, standing in for a server).
  const landingScripts = async (config) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (config) await page.route('**/config.json', (route) => route.fulfill({ json: config }));
    const scripts = new Map();
    page.on('response', async (response) => {
      const url = response.url();
      if (url.startsWith(base) && url.endsWith('.js') && !url.endsWith('mockServiceWorker.js')) {
        scripts.set(
          url.slice(url.lastIndexOf('/') + 1),
          gzipSync(await response.body().catch(() => Buffer.alloc(0)), { level: 9 }).length,
        );
      }
    });
    await page.goto(`${base}/home/product-manager`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await context.close();
    return scripts;
  };
  {
    const rest = await landingScripts({
      connections: [{ id: 'api', kind: 'sightline', url: 'http://127.0.0.1:9/api' }],
    });
    const demo = await landingScripts(undefined);
    const sum = (m) => [...m.values()].reduce((a, b) => a + b, 0);
    const files = [...rest]
      .map(([name, gzipBytes]) => ({ name, gzipBytes }))
      .sort((a, b) => b.gzipBytes - a.gzipBytes);
    results.landingJs = {
      appGzipBytes: sum(rest),
      demoBackendGzipBytes: sum(demo) - sum(rest),
      budgetGzipBytes: 150_000,
      files,
    };
  }

  // 2. Navigation to the first model row, cold (a new browser context each time).
  {
    const times = [];
    for (let i = 0; i < COLD_LOADS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const start = Date.now();
      await page.goto(`${base}/models`);
      await page.locator('.fleet__body [role=row]').first().waitFor();
      times.push(Date.now() - start);
      await context.close();
    }
    results.firstModelRowMs = { median: median(times), runs: times };
  }

  // 3. Filter keystroke to paint, 10,000 models: from a key press to the frame that shows the new rows.
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/models?fleet=10000&size=1000`);
    await page.getByText(/of 10,000/).waitFor({ timeout: 60_000 });
    const search = page.getByRole('searchbox', { name: 'Search' });
    const echo = [];
    const result = [];
    const words = ['ch', 'pri', 'se', 'de', 'cr', 'ri', 'ra', 'sc', 'ma', 'fo', 'op', 'tr'];
    for (let i = 0; i < KEYSTROKES; i++) {
      await search.fill('');
      await page.waitForFunction(() => !location.search.includes('q='));
      await page.locator('[role=table][aria-busy=false]').waitFor();
      const timings = await page.evaluate(async (text) => {
        const input = document.querySelector('[data-primary-search]');
        const table = document.querySelector('.fleet__body');
        const start = performance.now();
        const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        setter.call(input, text);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const echoAt = await frame();
        // Wait until the URL holds the search and the table is no longer busy, then for the frame that paints it.
        await new Promise((resolve) => {
          const done = () =>
            location.search.includes(`q=${text}`) &&
            document.querySelector('[role=table]')?.getAttribute('aria-busy') === 'false';
          const check = () => (done() ? resolve() : requestAnimationFrame(check));
          check();
        });
        const paintAt = await frame();
        return { echo: echoAt - start, result: paintAt - start, rows: table?.children.length ?? 0 };
      }, words[i]);
      echo.push(timings.echo);
      result.push(timings.result);
    }
    results.filterAt10k = {
      keystrokeToEchoMs: { median: round(median(echo)), p95: round(p95(echo)) },
      keystrokeToFilteredRowsMs: {
        median: round(median(result)),
        p95: round(p95(result)),
        note: 'includes the 250 ms search debounce and the demo backend filtering 10,000 models',
      },
    };

    // 4. JS heap after loading the 10,000-model fleet, after a full garbage collection.
    const client = await context.newCDPSession(page);
    await client.send('HeapProfiler.collectGarbage');
    const { usedSize } = await client.send('Runtime.getHeapUsage');
    results.heapAfter10kFleetBytes = usedSize;
    await context.close();
  }

  // 5. Drift statistics in the worker and a chart fed 1,000,000 points.
  const drift = await import('./bench/drift-bench.mjs').catch(() => undefined);
  results.drift =
    typeof drift?.benchDriftAndCharts === 'function'
      ? await drift.benchDriftAndCharts({ browser, base })
      : undefined;
} finally {
  await browser.close();
  try {
    process.kill(-preview.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
}

const kb = (bytes) => `${round(bytes / 1000)} kB`;
const rows = [
  ['Landing route JS (app, on a REST backend), gzip', kb(results.landingJs.appGzipBytes), 'budget 150 kB'],
  [
    'Landing route JS added by the demo backend, gzip',
    kb(results.landingJs.demoBackendGzipBytes),
    'MSW, the fleet generator and what they import',
  ],
  [
    `First model row, median of ${COLD_LOADS} cold loads`,
    `${results.firstModelRowMs.median} ms`,
    results.firstModelRowMs.runs.join(', ') + ' ms',
  ],
  [
    'Filter keystroke → input echo at 10k (median / p95)',
    `${results.filterAt10k.keystrokeToEchoMs.median} / ${results.filterAt10k.keystrokeToEchoMs.p95} ms`,
    '',
  ],
  [
    'Filter keystroke → filtered rows at 10k (median / p95)',
    `${results.filterAt10k.keystrokeToFilteredRowsMs.median} / ${results.filterAt10k.keystrokeToFilteredRowsMs.p95} ms`,
    'includes 250 ms debounce',
  ],
  [
    'JS heap after the 10k fleet',
    `${round(results.heapAfter10kFleetBytes / 1e6)} MB`,
    'app + in-page demo backend',
  ],
  ...(results.drift?.rows ?? []),
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log('\nSightline benchmark');
for (const [label, value, note] of rows)
  console.log(`${label.padEnd(width)}  ${String(value).padStart(14)}  ${note}`);
delete results.drift?.rows;
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify(results, null, 2));
console.log(`\n${JSON.stringify(results, null, 2)}`);
