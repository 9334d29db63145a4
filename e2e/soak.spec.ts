import { checkConfigFaults, CONFIG_FAULTS, soakSession } from '../scripts/soak/soak-session.mjs';
import { expect, test } from './support/test';

/**
 * The soak in small: 100 seeded random navigations and actions (every route, role switches,
 * search, model tabs, notes, the theme) while one demo request in ten fails. `npm run soak`
 * runs the same with 1,000 and also checks the heap.
 */
test('100 random actions on a flaky backend: no uncaught error, no blank page, no note lost', async ({
  page,
}) => {
  test.setTimeout(360_000);
  const result = await soakSession(page, { actions: 100, seed: 42, faultRate: 0.1 });
  expect(result.pageErrors, 'uncaught errors').toEqual([]);
  expect(result.blankPages, 'pages with neither a heading nor an error message').toEqual([]);
  expect(result.notesLost, 'notes neither saved nor on screen with their reason').toEqual([]);
  expect(result.notesTyped, 'notes typed').toBeGreaterThan(0);
});

test(`each malformed config.json (${CONFIG_FAULTS.map((c) => c.label).join(', ')}) stops on a page naming the field`, async ({
  page,
}) => {
  const { cases, failures } = await checkConfigFaults(page);
  expect(failures).toEqual([]);
  expect(cases).toBe(4);
});
