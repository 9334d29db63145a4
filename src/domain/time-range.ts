export const RELATIVE_RANGES = ['1h', '24h', '7d', '30d'] as const;
export type RelativeRange = (typeof RELATIVE_RANGES)[number];

export type TimeRangeSpec =
  { kind: 'relative'; range: RelativeRange } | { kind: 'absolute'; from: number; to: number };

/** A resolved window in epoch milliseconds, `from` < `to`. */
export interface TimeWindow {
  from: number;
  to: number;
}

const RANGE_MS: Record<RelativeRange, number> = {
  '1h': 3_600_000,
  '24h': 86_400_000,
  '7d': 7 * 86_400_000,
  '30d': 30 * 86_400_000,
};

export function relativeRangeMs(range: RelativeRange): number {
  return RANGE_MS[range];
}

export function isRelativeRange(value: string): value is RelativeRange {
  return (RELATIVE_RANGES as readonly string[]).includes(value);
}

/**
 * Resolve to a concrete window. Relative ranges end at `now` rounded down to the
 * minute so that query keys stay stable across renders within a minute.
 */
export function resolveTimeRange(spec: TimeRangeSpec, now: number): TimeWindow {
  if (spec.kind === 'absolute') return { from: spec.from, to: spec.to };
  const to = Math.floor(now / 60_000) * 60_000;
  return { from: to - RANGE_MS[spec.range], to };
}

/** URL form: `24h`, or `1732867200000-1732953600000` for a custom window. */
export function parseTimeRange(value: string | null): TimeRangeSpec | undefined {
  if (!value) return undefined;
  if (isRelativeRange(value)) return { kind: 'relative', range: value };
  const match = /^(\d{10,14})-(\d{10,14})$/.exec(value);
  if (!match) return undefined;
  const from = Number(match[1]);
  const to = Number(match[2]);
  return from < to ? { kind: 'absolute', from, to } : undefined;
}

export function formatTimeRangeParam(spec: TimeRangeSpec): string {
  return spec.kind === 'relative' ? spec.range : `${spec.from}-${spec.to}`;
}

export const DEFAULT_TIME_RANGE: TimeRangeSpec = { kind: 'relative', range: '24h' };
