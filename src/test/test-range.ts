import { TEST_NOW } from './demo-server';

const DAY = 86_400_000;

/** The URL's range param for the `days` before the demo's clock in tests (the UI's clock is real). */
export function rangeEndingAtTestNow(days = 1): string {
  return `range=${TEST_NOW - days * DAY}-${TEST_NOW}`;
}
