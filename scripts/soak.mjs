// `npm run soak`: builds the app, serves it, and in Chromium performs 1,000 seeded random
// navigations and actions on the demo under `?scenario=flaky`; loads each malformed config.json;
// then runs the unit suite twice beside a CPU-burning process. Prints every figure with its
// target and exits non-zero on a breach.
//
//   npm run soak -- --actions=200 --seed=7 --fault-rate=0.2 --skip-unit
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';
import { checkConfigFaults, SOAK_TARGETS, soakSession } from './soak/soak-session.mjs';
import { freePort } from './backends/processes.mjs';
import { waitForServer } from './wait-for-server.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const ACTIONS = Number(args.actions ?? 1_000);
const SEED = Number(args.seed ?? 42);
const FAULT_RATE = Number(args['fault-rate'] ?? 0.1);
const UNIT_RUNS = args['skip-unit'] ? 0 : 2;
const OUT_DIR = '.tmp/soak-dist';

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const rows = [];
/** One figure with its target; `ok` decides the exit code. */
const figure = (name, value, target, ok) => rows.push({ name, value: String(value), target, ok });

// 1. The browser part, against a private build (a bench or test run elsewhere rewrites dist/).
console.log('Building…');
const build = spawnSync(
  'npx',
  ['vite', 'build', '--logLevel', 'error', '--outDir', OUT_DIR, '--emptyOutDir'],
  { stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);
const port = await freePort();
const preview = spawn(
  'npx',
  ['vite', 'preview', '--outDir', OUT_DIR, '--port', String(port), '--strictPort'],
  { stdio: 'ignore', detached: true },
);
const base = `http://127.0.0.1:${port}`;
let soak;
let configFaults;
try {
  await waitForServer(base);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    console.log(`Soak: ${ACTIONS} actions, seed ${SEED}, ${FAULT_RATE * 100} % of requests failing…`);
    const context = await browser.newContext({ baseURL: base, viewport: { width: 1440, height: 900 } });
    soak = await soakSession(await context.newPage(), {
      actions: ACTIONS,
      seed: SEED,
      faultRate: FAULT_RATE,
      log: (line) => console.log(line),
    });
    await context.close();

    const configContext = await browser.newContext({ baseURL: base });
    configFaults = await checkConfigFaults(await configContext.newPage());
    await configContext.close();
  } finally {
    await browser.close();
  }
} finally {
  // The whole group: npx and the vite it started.
  try {
    process.kill(-preview.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
}

figure(
  'Actions (after a tour of every route)',
  `${soak.actions} in ${soak.seconds} s`,
  `${ACTIONS}`,
  soak.actions === ACTIONS,
);
figure(
  'Pages showing an error message (the faults at work)',
  `${soak.pagesShowingErrors} of ${soak.actions + 1}`,
  '(figure)',
  true,
);
figure('Uncaught errors', soak.pageErrors.length, `${SOAK_TARGETS.pageErrors}`, soak.pageErrors.length === 0);
figure('Blank pages', soak.blankPages.length, `${SOAK_TARGETS.blankPages}`, soak.blankPages.length === 0);
figure(
  'Notes lost',
  `${soak.notesLost.length} of ${soak.notesTyped} typed (${soak.notesSaved} saved)`,
  `${SOAK_TARGETS.notesLost}`,
  soak.notesLost.length === 0,
);
figure(
  'JS heap after the tour of every route, before any action',
  mb(soak.heapAfterTourBytes),
  '(figure)',
  true,
);
figure(
  `JS heap, start (after ${soak.warmup} warm-up actions) → end, after GC`,
  `${mb(soak.heapStartBytes)} → ${mb(soak.heapEndBytes)} (${(soak.heapGrowth * 100).toFixed(1)} %)`,
  `≤ ${SOAK_TARGETS.heapGrowth * 100} % growth`,
  soak.heapGrowth <= SOAK_TARGETS.heapGrowth,
);
figure(
  'Malformed config.json cases naming the field',
  `${configFaults.cases - configFaults.failures.length} of ${configFaults.cases}`,
  `${configFaults.cases}`,
  configFaults.failures.length === 0,
);

// The browser's figures at once: the unit runs take minutes.
console.log('');
for (const r of rows) console.log(`${r.ok ? '✓' : '✗'} ${r.name}: ${r.value} (target ${r.target})`);
console.log(`Heap every 100 actions: ${soak.heapSamples.map((s) => mb(s.bytes)).join(', ')}`);

// 2. The unit suite, twice, with a process burning a core beside it: green means it waits for
// states, not for times.
const unit = [];
if (UNIT_RUNS > 0) {
  mkdirSync('test-results', { recursive: true });
  const burner = spawn(process.execPath, ['-e', 'for (;;) Math.sqrt(Math.random());'], { stdio: 'ignore' });
  try {
    for (let run = 1; run <= UNIT_RUNS; run++) {
      const report = `test-results/soak-unit-${run}.json`;
      rmSync(report, { force: true });
      console.log(`Unit suite, run ${run} of ${UNIT_RUNS}, beside a CPU burner…`);
      const started = Date.now();
      const result = spawnSync(
        'npx',
        ['vitest', 'run', '--reporter=dot', '--reporter=json', `--outputFile.json=${report}`],
        { stdio: ['ignore', 'ignore', 'inherit'] },
      );
      let json;
      try {
        json = JSON.parse(readFileSync(report, 'utf8'));
      } catch {
        json = undefined;
      }
      // Failed tests; a run that failed without one (a file that did not load, a kill) counts once.
      const failed = (json?.numFailedTests ?? 0) || (result.status === 0 ? 0 : 1);
      const failures = (json?.testResults ?? []).flatMap((file) =>
        file.assertionResults.filter((t) => t.status === 'failed').map((t) => `${file.name}: ${t.fullName}`),
      );
      unit.push({
        run,
        status: result.status,
        passed: json?.numPassedTests ?? 0,
        failed,
        failures,
        seconds: Math.round((Date.now() - started) / 1000),
      });
    }
  } finally {
    burner.kill('SIGKILL');
  }
  for (const run of unit)
    figure(
      `Unit suite run ${run.run} beside a CPU burner`,
      `${run.passed} passed, ${run.failed} failed in ${run.seconds} s`,
      '0 failed',
      run.status === 0 && run.failed === 0,
    );
}

const details = {
  seed: SEED,
  faultRate: FAULT_RATE,
  counts: soak.counts,
  pageErrors: soak.pageErrors,
  blankPages: soak.blankPages,
  notesLost: soak.notesLost,
  configFaultFailures: configFaults.failures,
  unitFailures: unit.flatMap((r) => r.failures),
};
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/soak.json', JSON.stringify({ figures: rows, ...details }, null, 2));

const width = Math.max(...rows.map((r) => r.name.length));
const valueWidth = Math.max(...rows.map((r) => r.value.length));
console.log('');
for (const r of rows)
  console.log(
    `${r.ok ? '✓' : '✗'} ${r.name.padEnd(width)}  ${r.value.padEnd(valueWidth)}  target ${r.target}`,
  );
console.log(`Actions: ${JSON.stringify(soak.counts)}`);
console.log(`Heap every 100 actions: ${soak.heapSamples.map((s) => mb(s.bytes)).join(', ')}`);
for (const [label, list] of Object.entries(details).filter(([, v]) => Array.isArray(v) && v.length)) {
  console.log(`\n${label}:`);
  for (const item of list.slice(0, 10))
    console.log(`  ${typeof item === 'string' ? item : JSON.stringify(item)}`);
}
console.log('\nDetails in test-results/soak.json');
process.exit(rows.every((r) => r.ok) ? 0 : 1);
