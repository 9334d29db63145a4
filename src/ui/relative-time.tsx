import type { ReactNode } from 'react';
import { formatDateTime, formatIso, formatRelative } from './format';

/** "3 hours ago", with the absolute time on hover and for machines. */
export function RelativeTime({ at, now }: { at: number; now: number }): ReactNode {
  return (
    <time dateTime={formatIso(at)} title={formatDateTime(at)}>
      {formatRelative(at, now)}
    </time>
  );
}
