/**
 * Numbers and times formatted for people, in the browser's locale. Metric
 * names decide decimals and units so the same figure reads the same everywhere.
 */

const locale = (): string | undefined => (typeof navigator === 'undefined' ? undefined : navigator.language);

const integer = new Intl.NumberFormat(locale(), { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat(locale(), { notation: 'compact', maximumFractionDigits: 1 });

export function formatInteger(value: number): string {
  return integer.format(value);
}

/** 12.3k for large counts; exact below 10,000. */
export function formatCount(value: number): string {
  return Math.abs(value) < 10_000 ? integer.format(value) : compact.format(value);
}

export function formatDecimal(value: number, digits: number): string {
  return new Intl.NumberFormat(locale(), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A ratio 0–1 as a percentage: 0.014 → "1.4 %". */
export function formatPercent(ratio: number, digits = 1): string {
  return `${formatDecimal(ratio * 100, digits)} %`;
}

/** The change between two shares in percentage points, signed: 0.12 → 0.155 is "+3.5". */
export function formatPointsChange(from: number, to: number): string {
  return `${to >= from ? '+' : '−'}${formatDecimal(Math.abs(to - from) * 100, 1)}`;
}

/** Seconds to a latency a person reads: 0.182 → "182 ms", 2.5 → "2.50 s". */
export function formatLatency(seconds: number): string {
  // 0.9996 s would round to "1,000 ms": switch to seconds where milliseconds round up to one.
  if (seconds < 0.9995) return `${formatDecimal(seconds * 1000, seconds < 0.01 ? 1 : 0)} ms`;
  return `${formatDecimal(seconds, 2)} s`;
}

const METRIC_DIGITS: Record<string, number> = {
  accuracy: 3,
  precision: 3,
  recall: 3,
  f1: 3,
  roc_auc: 3,
  auc: 3,
  r2: 3,
  ndcg_at_10: 3,
  map: 3,
  mrr: 3,
  mae: 2,
  rmse: 2,
};

/** Model metrics: AUC 0.912, MAE 3.42; unknown metrics get up to 4 significant digits. */
export function formatMetric(name: string, value: number): string {
  const digits = METRIC_DIGITS[name.toLowerCase()];
  if (digits !== undefined) return formatDecimal(value, digits);
  return new Intl.NumberFormat(locale(), { maximumSignificantDigits: 4 }).format(value);
}

const METRIC_LABELS: Record<string, string> = {
  accuracy: 'Accuracy',
  precision: 'Precision',
  recall: 'Recall',
  f1: 'F1',
  roc_auc: 'ROC AUC',
  r2: 'R²',
  mae: 'MAE',
  rmse: 'RMSE',
  ndcg_at_10: 'NDCG@10',
  map: 'MAP',
  mrr: 'MRR',
};

export function metricLabel(name: string): string {
  return METRIC_LABELS[name.toLowerCase()] ?? name;
}

const dateTime = new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' });

export function formatDateTime(ms: number): string {
  return dateTime.format(ms);
}

export function formatDate(ms: number): string {
  return dateOnly.format(ms);
}

/** ISO-8601 in UTC: for exports and machine-readable attributes. */
export function formatIso(ms: number): string {
  return new Date(ms).toISOString();
}

const relative = new Intl.RelativeTimeFormat(locale(), { numeric: 'auto', style: 'long' });
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 hours ago", "in 2 days"; "just now" under a minute. */
export function formatRelative(ms: number, now: number): string {
  const delta = ms - now;
  for (const [unit, size] of UNITS) {
    if (Math.abs(delta) >= size) return relative.format(Math.round(delta / size), unit);
  }
  return 'just now';
}

/** A duration in ms as "2 h 15 min", "45 min", "3 d 4 h". */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}
