// Explore's figures for `npm run bench`:
//  (a) a range query's answer of 100 series × 1,000 points rendered (chart, legend, latest values)
//      in headless Chromium: answer in hand → every line painted (`bench.html?bench=explore`);
//  (b) typing into the PromQL editor with completion over 10,000 metric names: each keystroke's
//      duration from the browser's Event Timing, input to next paint (`bench.html?bench=explore-typing`).
// Usage: node scripts/bench/explore-bench.mjs [--url http://127.0.0.1:4455] (without --url it serves a bench build).
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium-path.mjs';
import { readBenchPage, serveBuild } from './drift-bench.mjs';

const TYPED = 'sum(rate(model_request_1';

async function typingFigures(page, url) {
  await page.goto(`${url}/bench.html?bench=explore-typing`);
  const editor = page.locator('.cm-content');
  await editor.click();
  for (const key of TYPED) {
    await page.keyboard.type(key);
    // The next keystroke after this one's paint, as a person types (about 8 a second at most).
    await page.waitForTimeout(120);
  }
  // Completion was on: its list shows metric names for what was typed.
  const offered = await page.locator('.cm-tooltip-autocomplete li').count();
  await page.waitForTimeout(300);
  const durations = await page.evaluate(() => window.__keystrokes());
  return {
    keystrokes: TYPED.length,
    completionOffered: offered,
    // Event Timing reports only interactions of 16 ms or more; the others were shorter.
    slowKeystrokesMs: durations,
    longestKeystrokeMs: durations.length ? Math.max(...durations) : 0,
  };
}

export async function bench({ browser, benchUrl }) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    const render = await readBenchPage(page, `${benchUrl}/bench.html?bench=explore`, 300_000);
    const typing = await typingFigures(page, benchUrl);
    const rows = [
      [
        'Explore: 100 series × 1,000 points rendered after the answer',
        `${render.medianWarmRenderMs} ms`,
        `runs ${render.renderMs.join(', ')} ms (first loads Recharts); target < 300 ms: ${render.medianWarmRenderMs < 300 ? 'met' : 'NOT MET'}`,
      ],
      [
        'Explore: longest keystroke in the PromQL editor, completion over 10,000 names',
        typing.longestKeystrokeMs ? `${typing.longestKeystrokeMs} ms` : '< 16 ms',
        `${typing.keystrokes} keys, ${typing.slowKeystrokesMs.length} of them ≥ 16 ms; completion offered ${typing.completionOffered} names; target < 50 ms: ${typing.longestKeystrokeMs < 50 ? 'met' : 'NOT MET'}`,
      ],
    ];
    return { render, typing, rows };
  } finally {
    await context.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const urlArg = process.argv.indexOf('--url');
  const served = urlArg > 0 ? undefined : await serveBuild();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const result = await bench({ browser, benchUrl: served?.url ?? process.argv[urlArg + 1] });
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await browser.close();
    served?.stop();
  }
}
