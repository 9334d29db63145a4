export const WINDOW_DAYS = [30, 90, 180, 365] as const;
export type WindowDays = (typeof WINDOW_DAYS)[number];
export const DEFAULT_WINDOW_DAYS: WindowDays = 180;

/** `?days=` of the Time to deploy view; anything else is the default. */
export function parseWindowDays(value: string | null): WindowDays {
  const n = Number(value);
  return (WINDOW_DAYS as readonly number[]).includes(n) ? (n as WindowDays) : DEFAULT_WINDOW_DAYS;
}

const HOUR = 3_600_000;

/** The last `days` days up to the current hour, so the view stays put within an hour. */
export function windowEndingNow(days: number, now: number): { from: number; to: number } {
  const to = Math.ceil(now / HOUR) * HOUR;
  return { from: to - days * 24 * HOUR, to };
}
