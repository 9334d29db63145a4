import { test as base, expect } from '@playwright/test';

/**
 * Playwright's `test`, failing any test during which the page threw an
 * uncaught exception: a journey that "passes" over a crashed component proves
 * nothing. Failed requests are not exceptions, so fault scenarios still pass.
 */
export const test = base.extend<{ failOnPageErrors: undefined }>({
  failOnPageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
      await use(undefined);
      expect(errors, 'uncaught exceptions in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
