/** The reader's time zone, named on every time axis. */
export function timeZoneLabel(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
  const offset = -new Date().getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '−';
  const hours = Math.floor(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  return `${zone} (UTC${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''})`;
}

const hourMinute = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dayHour = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit' });
const day = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

/** Tick labels that fit the span: minutes for a day or less, days for a month. */
export function timeTickFormatter(spanMs: number): (t: number) => string {
  if (spanMs <= 36 * 3_600_000) return (t) => hourMinute.format(t);
  if (spanMs <= 8 * 86_400_000) return (t) => dayHour.format(t);
  return (t) => day.format(t);
}

/** Evenly spaced round ticks for a window, about `count` of them. */
export function timeTicks(from: number, to: number, count: number): number[] {
  const steps = [
    60_000,
    300_000,
    900_000,
    1_800_000,
    3_600_000,
    3 * 3_600_000,
    6 * 3_600_000,
    12 * 3_600_000,
    86_400_000,
    2 * 86_400_000,
    7 * 86_400_000,
  ];
  const raw = (to - from) / Math.max(1, count);
  const step = steps.find((s) => s >= raw) ?? 7 * 86_400_000;
  // Align to the local day so ticks land on readable hours.
  const offset = new Date(from).getTimezoneOffset() * 60_000;
  const first = Math.ceil((from - offset) / step) * step + offset;
  const ticks: number[] = [];
  for (let t = first; t <= to; t += step) ticks.push(t);
  return ticks;
}
