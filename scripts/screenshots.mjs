// Screenshots of given routes, light and dark, desktop and phone, for review.
// Usage: node scripts/screenshots.mjs http://127.0.0.1:4317 /home/product-manager /models ...
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';

const [base, ...routes] = process.argv.slice(2);
const out = process.env.SHOTS_DIR ?? 'screenshots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const viewports = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } };
for (const [device, viewport] of Object.entries(viewports)) {
  for (const scheme of ['light', 'dark']) {
    if (process.env.ONLY && !`${device}-${scheme}`.includes(process.env.ONLY)) continue;
    const context = await browser.newContext({ viewport, colorScheme: scheme });
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && console.log(`[console] ${m.text()}`));
    for (const route of routes) {
      await page.goto(base + route);
      await page.waitForLoadState('networkidle');
      await page
        .locator('main h1')
        .first()
        .waitFor({ timeout: 15_000 })
        .catch(() => undefined);
      await page
        .waitForFunction(() => !document.querySelector('[role=status][aria-label^="Loading"]'), undefined, {
          timeout: 15_000,
        })
        .catch(() => undefined);
      await page.waitForTimeout(Number(process.env.WAIT ?? 600));
      const slug =
        route
          .replace(/[^a-z0-9]+/gi, '_')
          .replace(/^_|_$/g, '')
          .slice(0, 60) || 'root';
      const name = `${slug}-${device}-${scheme}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL === '1' });
      console.log(`${out}/${name}`);
    }
    await context.close();
  }
}
await browser.close();
