import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { gotoAndWait, waitForData } from './app';

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** The impacts that fail a test: a person who relies on assistive technology is blocked or badly hindered. */
const BLOCKING = new Set(['serious', 'critical']);

/** Runs axe (WCAG 2.x A and AA, plus best practices and Label in Name) and returns the serious and critical violations. */
export async function blockingViolations(page: Page): Promise<Violation[]> {
  // One options object: AxeBuilder#options replaces whatever withTags and disableRules set before it.
  const results = await new AxeBuilder({ page })
    .options({
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      rules: {
        // "region" (content outside landmarks) is only ever a moderate violation, so it could never fail
        // these tests, yet it is the slowest rule on a page with a big table.
        region: { enabled: false },
        // Label in Name (WCAG 2.5.3): a control's accessible name contains its visible text, so a
        // voice-control user can say what they see. axe ships it as experimental, off unless asked for.
        'label-content-name-mismatch': { enabled: true },
      },
      resultTypes: ['violations'],
    })
    // Runs axe in the page itself instead of finishing in a fresh page: several times faster, and
    // the app has no cross-origin frames, the one thing that needs the newer mode.
    .setLegacyMode(true)
    .analyze();
  return results.violations.filter((v) => BLOCKING.has(v.impact ?? ''));
}

/** One readable paragraph per violation: what, why, where (selector and the failing check's words). */
export function describeViolations(violations: readonly Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map(
          (n) => `    - ${n.target.join(' ')}\n      ${n.failureSummary?.replaceAll('\n', '\n      ') ?? ''}`,
        )
        .join('\n');
      const more = v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : '';
      return `[${v.impact ?? '?'}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n\n');
}

/**
 * Loads `route` once and scans it in the light and then the dark theme (the theme follows the
 * system's colour scheme until the user picks one). Failures are soft and read as a list of
 * what to fix in each theme.
 */
export async function expectAccessibleInBothThemes(page: Page, route: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    if (scheme === 'light') await gotoAndWait(page, route);
    else await waitForData(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    expect
      .soft(
        describeViolations(await blockingViolations(page)),
        `serious or critical violations, ${scheme} theme`,
      )
      .toBe('');
  }
}
