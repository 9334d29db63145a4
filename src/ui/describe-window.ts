import type { TimeRangeSpec, TimeWindow } from '../domain/time-range';
import { formatDateTime } from './format';

const RELATIVE: Record<string, string> = {
  '1h': 'the last hour',
  '24h': 'the last 24 hours',
  '7d': 'the last 7 days',
  '30d': 'the last 30 days',
};

/** The global time range in words: "the last 24 hours", or "Nov 20, 10:00 – Nov 27, 10:00". */
export function describeWindow(spec: TimeRangeSpec, window: TimeWindow): string {
  if (spec.kind === 'relative') return RELATIVE[spec.range] ?? 'the chosen window';
  return `${formatDateTime(window.from)} – ${formatDateTime(window.to)}`;
}
