import { DAY, HOUR } from '../fleet/time';

/** "6 h", "3 days": generated text, so independent of the reader's locale. */
export function formatDuration(ms: number): string {
  if (ms >= 2 * DAY && ms % DAY === 0) return `${ms / DAY} days`;
  return `${Math.round(ms / HOUR)} h`;
}
