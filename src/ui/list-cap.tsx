import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatCount } from './format';

/**
 * Under a capped list: how many it shows of how many, and a link to all of them. `total`
 * undefined means the backend cannot count them; `atLeast` that the count is itself partial.
 */
export function ListCap({
  shown,
  total,
  noun,
  to,
  linkText,
  atLeast = false,
}: {
  shown: number;
  total?: number;
  noun: string;
  to: string;
  linkText: string;
  atLeast?: boolean;
}): ReactNode {
  const left = total === undefined ? undefined : total - shown;
  if (left !== undefined && left <= 0) return null;
  const of = total === undefined ? '' : ` of ${atLeast ? 'at least ' : ''}${formatCount(total)}`;
  return (
    <p className="list-cap muted">
      Showing {formatCount(shown)}
      {of} {noun}
      {left !== undefined ? ` (${formatCount(left)} left out)` : ''}. <Link to={to}>{linkText}</Link>
    </p>
  );
}
