import type { ReactNode } from 'react';
import { formatInteger } from './format';

export interface ShownOfProps {
  shown: number;
  /** All there are, when the source can count; absent with `more` means "at least one more". */
  total?: number;
  more?: boolean;
  /** Plural, as it reads after the number: "production models". */
  noun: string;
  /** Where all of them are listed: a link the caller renders ("See all 20"). */
  seeAll: (label: string) => ReactNode;
}

/** Under a list that stops early: how many it left out and the way to all of them. Nothing when none is left out. */
export function ShownOf({ shown, total, more = false, noun, seeAll }: ShownOfProps): ReactNode {
  const leftOut = total !== undefined ? total - shown : more ? undefined : 0;
  if (leftOut !== undefined && leftOut <= 0) return null;
  return (
    <p className="muted shown-of">
      {total !== undefined
        ? `Showing ${formatInteger(shown)} of ${formatInteger(total)} ${noun}. `
        : `Showing the first ${formatInteger(shown)} ${noun}. `}
      {seeAll(total !== undefined ? `See all ${formatInteger(total)}` : 'See all')}
    </p>
  );
}
