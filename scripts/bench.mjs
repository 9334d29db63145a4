// `npm run bench`: builds the app and prints its size and speed figures as a
// table and as JSON (also written to bench-results/latest.json). Figures, not
// pass/fail: budgets are printed next to them.
import { execSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';
import { serveBuild } from './bench/drift-bench.mjs';
import { PAGE_BENCHES } from './bench/page-benches.mjs';
import { startRestServer } from './bench/rest-server.mjs';
import { freePort } from './backends/processes.mjs';
import { waitForServer } from './wait-for-server.mjs';

// `npm run bench -- --only=landing,first-content` measures some sections only: landing,
// first-content, fleet (first row, filter at 10k, heap) and pages (drift, charts, each area's).
const ONLY = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (section) => !ONLY || ONLY.includes(section);
const COLD_LOADS = 5;
const KEYSTROKES = 12;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

console.log('Building…');
// The app as it ships: the benchmark's own pages are built apart (drift-bench.mjs), so they never
// change how the app's chunks are split.
execSync('npx vite build --logLevel error', { stdio: 'inherit' });
const port = await freePort();
const preview = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
const base = `http://127.0.0.1:${port}`;
const results = {};
const rest = await startRestServer();
const restConfig = { connections: [{ id: 'api', kind: 'sightline', name: 'Sightline API', url: rest.url }] };
/** The product manager's home; its first health tile is the first content with data. */
const LANDING = '/home/product-manager';
const FIRST_CONTENT = '.stat__value';
const MOBILE = { cpuSlowdown: 4, latencyMs: 150, bytesPerSecond: 1.6e6 / 8 };

/** One cold load of the landing route: first content with data, LCP and CLS, read in the page. */
async function coldFirstContent(config, profile) {
  const mobile = profile === 'mobile';
  const context = await browser.newContext(
    mobile ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {},
  );
  const page = await context.newPage();
  if (config) await page.route('**/config.json', (route) => route.fulfill({ json: config }));
  if (mobile) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpuSlowdown });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: MOBILE.latencyMs,
      downloadThroughput: MOBILE.bytesPerSecond,
      uploadThroughput: MOBILE.bytesPerSecond,
    });
  }
  await page.addInitScript((selector) => {
    const marks = { firstContentMs: 0, lcpMs: 0, cls: 0 };
    window.__benchMarks = marks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) marks.lcpMs = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) marks.cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    const seen = () => {
      if (marks.firstContentMs || !document.querySelector(selector)) return;
      // The frame that paints it, not the mutation.
      requestAnimationFrame(() => (marks.firstContentMs = performance.now()));
      observer.disconnect();
    };
    const observer = new MutationObserver(seen);
    document.addEventListener('DOMContentLoaded', () =>
      observer.observe(document.body, { childList: true, subtree: true }),
    );
  }, FIRST_CONTENT);
  await page.goto(`${base}${LANDING}`);
  await page.waitForFunction(() => window.__benchMarks.firstContentMs > 0, undefined, { timeout: 60_000 });
  // Late shifts and the final LCP candidate arrive while the rest of the page loads.
  await page.waitForLoadState('networkidle');
  const marks = await page.evaluate(() => window.__benchMarks);
  await context.close();
  return {
    firstContentMs: Math.round(marks.firstContentMs),
    lcpMs: Math.round(marks.lcpMs),
    cls: round(marks.cls, 4),
  };
}
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});

try {
  await waitForServer(base);

  // 1. The landing route's JavaScript: every script the home page asks for before its first tile
  // with data appears, gzip-compressed (what a user waits for), on the demo (MSW and the fleet
  // generator in the page) and on a REST backend (what a deployment ships). Scripts that load
  // after it (the panels below, prefetches) are reported beside it, up to network idle.
  const landingScripts = async (config) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (config) await page.route('**/config.json', (route) => route.fulfill({ json: config }));
    const scripts = new Map();
    const beforeFirstContent = new Set();
    let firstContentSeen = false;
    const isAppScript = (url) => url.startsWith(base) && url.endsWith('.js');
    page.on('request', (request) => {
      if (!firstContentSeen && isAppScript(request.url())) beforeFirstContent.add(request.url());
    });
    page.on('response', async (response) => {
      const url = response.url();
      if (isAppScript(url))
        scripts.set(url, gzipSync(await response.body().catch(() => Buffer.alloc(0)), { level: 9 }).length);
    });
    await page.goto(`${base}${LANDING}`);
    await page.locator(FIRST_CONTENT).first().waitFor();
    firstContentSeen = true;
    await page.waitForLoadState('networkidle');
    await context.close();
    const named = (urls) =>
      new Map([...urls].map((url) => [url.slice(url.lastIndexOf('/') + 1), scripts.get(url) ?? 0]));
    return { first: named(beforeFirstContent), all: named(scripts.keys()) };
  };
  const sum = (m) => [...m.values()].reduce((a, b) => a + b, 0);
  const listed = (m) =>
    [...m].map(([name, gzipBytes]) => ({ name, gzipBytes })).sort((a, b) => b.gzipBytes - a.gzipBytes);
  if (wanted('landing')) {
    const rest = await landingScripts(restConfig);
    const demo = await landingScripts(undefined);
    const figures = (scripts, targetGzipBytes) => ({
      gzipBytes: sum(scripts.first),
      files: listed(scripts.first),
      targetGzipBytes,
      untilIdle: { gzipBytes: sum(scripts.all), files: scripts.all.size },
    });
    results.landingJs = { demo: figures(demo, 200_000), rest: figures(rest, 130_000) };
  }

  // 1b. Cold first content: from navigation to the first tile with data on the landing route, in
  // a fresh context each time; on a desktop and under a mobile profile (4× CPU slowdown, 150 ms
  // round trip, 1.6 Mbps), where LCP and CLS are read too.
  for (const [name, config] of wanted('first-content')
    ? [
        ['demo', undefined],
        ['rest', restConfig],
      ]
    : []) {
    for (const profile of ['desktop', 'mobile']) {
      const runs = [];
      for (let i = 0; i < COLD_LOADS; i++) runs.push(await coldFirstContent(config, profile));
      results[`firstContent_${name}_${profile}`] = {
        medianMs: median(runs.map((r) => r.firstContentMs)),
        runsMs: runs.map((r) => r.firstContentMs),
        lcpMs: median(runs.map((r) => r.lcpMs)),
        cls: Math.max(...runs.map((r) => r.cls)),
      };
    }
  }

  // 2. Navigation to the first model row, cold (a new browser context each time).
  if (wanted('fleet')) {
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
  if (wanted('fleet')) {
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

  // 5. The bench build's pages: drift statistics in the worker, a chart fed 1,000,000 points, and
  // each area's own figures (scripts/bench/page-benches.mjs). One build serves them all.
  const served = wanted('pages') ? await serveBuild() : undefined;
  if (served)
    try {
      results.pages = {};
      for (const [area, load] of PAGE_BENCHES) {
        console.log(`Bench pages: ${area}…`);
        const module = await load();
        results.pages[area] = await module.bench({ browser, benchUrl: served.url });
      }
    } finally {
      served.stop();
    }
} finally {
  await browser.close();
  await rest.close();
  try {
    process.kill(-preview.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
}

const kb = (bytes) => `${round(bytes / 1000)} kB`;
const target = (value, limit, unit) => `target ≤ ${limit} ${unit}: ${value <= limit ? 'met' : 'NOT MET'}`;
const firstContent = (name, profile) => results[`firstContent_${name}_${profile}`];
const rows = [
  ...(results.landingJs
    ? [
        [
          'Landing route JS on the demo, gzip, before first content',
          kb(results.landingJs.demo.gzipBytes),
          `${results.landingJs.demo.files.length} files; ${target(results.landingJs.demo.gzipBytes / 1000, 200, 'kB')}; by network idle ${kb(results.landingJs.demo.untilIdle.gzipBytes)} in ${results.landingJs.demo.untilIdle.files}`,
        ],
        [
          'Landing route JS on a REST backend, gzip, before first content',
          kb(results.landingJs.rest.gzipBytes),
          `${results.landingJs.rest.files.length} files; ${target(results.landingJs.rest.gzipBytes / 1000, 130, 'kB')}; by network idle ${kb(results.landingJs.rest.untilIdle.gzipBytes)} in ${results.landingJs.rest.untilIdle.files}`,
        ],
      ]
    : []),
  ...(results.firstContent_demo_desktop
    ? ['demo', 'rest'].flatMap((name) => {
        const desktop = firstContent(name, 'desktop');
        const mobile = firstContent(name, 'mobile');
        return [
          [
            `Cold first content on ${name === 'demo' ? 'the demo' : 'a REST server'}, median of ${COLD_LOADS}`,
            `${desktop.medianMs} ms`,
            `runs ${desktop.runsMs.join(', ')} ms; ${target(desktop.medianMs, name === 'demo' ? 450 : 300, 'ms')}`,
          ],
          [
            `  the same, mobile profile (4× CPU, 150 ms RTT, 1.6 Mbps)`,
            `${mobile.medianMs} ms`,
            `runs ${mobile.runsMs.join(', ')} ms; LCP ${mobile.lcpMs} ms (${target(mobile.lcpMs, 2000, 'ms')}); CLS ${mobile.cls} (${target(mobile.cls, 0.01, '')})`,
          ],
        ];
      })
    : []),
  ...(results.firstModelRowMs
    ? [
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
      ]
    : []),
  ...Object.values(results.pages ?? {}).flatMap((page) => page.rows ?? []),
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log('\nSightline benchmark');
for (const [label, value, note] of rows)
  console.log(`${label.padEnd(width)}  ${String(value).padStart(14)}  ${note}`);
for (const page of Object.values(results.pages ?? {})) delete page.rows;
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify(results, null, 2));
console.log(`\n${JSON.stringify(results, null, 2)}`);
