const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A duration as people say it in a sentence: "40 minutes", "5 hours", "2.5 days", "41 days". */
export function durationInWords(ms: number): string {
  if (ms < HOUR) {
    const minutes = Math.max(1, Math.round(ms / 60_000));
    return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  }
  if (ms < 2 * DAY) {
    const hours = Math.round(ms / HOUR);
    return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  }
  const days = ms / DAY;
  return days < 10
    ? `${(Math.round(days * 10) / 10).toString()} days`
    : `${Math.round(days).toString()} days`;
}
