import { formatDecimal, formatDuration, formatPercent } from '../../ui/format';

/** A figure that may be unknown: an em dash with words for screen readers is drawn by the caller. */
export const NOT_KNOWN = '—';

export const durationOrDash = (ms: number | undefined): string =>
  ms === undefined ? NOT_KNOWN : formatDuration(ms);
export const percentOrDash = (ratio: number | undefined): string =>
  ratio === undefined ? NOT_KNOWN : formatPercent(ratio, 0);
export const perWeek = (n: number): string => `${formatDecimal(n, n < 10 ? 1 : 0)} / week`;

/** "shorter than", "longer than" the previous period, for a duration where less is better. */
export function durationTrend(now: number | undefined, before: number | undefined): string | undefined {
  if (now === undefined || before === undefined || before === 0) return undefined;
  const change = (now - before) / before;
  if (Math.abs(change) < 0.05) return 'about the same as the period before';
  return `${formatPercent(Math.abs(change), 0)} ${change < 0 ? 'shorter' : 'longer'} than the period before`;
}
