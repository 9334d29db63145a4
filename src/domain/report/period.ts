/** A report's period: a calendar month or quarter, in UTC, named in its URL form. */
export type ReportPeriod =
  { kind: 'month'; year: number; month: number } | { kind: 'quarter'; year: number; quarter: number };

export interface PeriodWindow {
  from: number;
  to: number;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2026-11` or `2026-Q3`; undefined for anything else. */
export function parsePeriod(text: string | null): ReportPeriod | undefined {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text ?? '');
  if (month) return { kind: 'month', year: Number(month[1]), month: Number(month[2]) };
  const quarter = /^(\d{4})-Q([1-4])$/.exec(text ?? '');
  if (quarter) return { kind: 'quarter', year: Number(quarter[1]), quarter: Number(quarter[2]) };
  return undefined;
}

export function periodParam(period: ReportPeriod): string {
  return period.kind === 'month'
    ? `${period.year}-${String(period.month).padStart(2, '0')}`
    : `${period.year}-Q${period.quarter}`;
}

export function periodWindow(period: ReportPeriod): PeriodWindow {
  if (period.kind === 'month')
    return { from: Date.UTC(period.year, period.month - 1, 1), to: Date.UTC(period.year, period.month, 1) };
  const first = (period.quarter - 1) * 3;
  return { from: Date.UTC(period.year, first, 1), to: Date.UTC(period.year, first + 3, 1) };
}

export function periodLabel(period: ReportPeriod): string {
  return period.kind === 'month'
    ? `${MONTH_NAMES[period.month - 1] ?? ''} ${period.year}`
    : `Q${period.quarter} ${period.year}`;
}

/** The month before this one, or the quarter before this one. */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  if (period.kind === 'month')
    return period.month === 1
      ? { kind: 'month', year: period.year - 1, month: 12 }
      : { kind: 'month', year: period.year, month: period.month - 1 };
  return period.quarter === 1
    ? { kind: 'quarter', year: period.year - 1, quarter: 4 }
    : { kind: 'quarter', year: period.year, quarter: period.quarter - 1 };
}

/** The last calendar month that has ended by `now`. */
export function lastFullMonth(now: number): ReportPeriod {
  const d = new Date(now);
  return previousPeriod({ kind: 'month', year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 });
}

/** The last calendar quarter that has ended by `now`. */
export function lastFullQuarter(now: number): ReportPeriod {
  const d = new Date(now);
  return previousPeriod({
    kind: 'quarter',
    year: d.getUTCFullYear(),
    quarter: Math.floor(d.getUTCMonth() / 3) + 1,
  });
}
