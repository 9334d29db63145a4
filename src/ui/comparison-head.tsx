import type { ReactNode } from 'react';

/** The head row of a table that sets two sides side by side: what is compared, each side, the change. */
export function ComparisonHead({ what, a, b }: { what: ReactNode; a: ReactNode; b: ReactNode }): ReactNode {
  return (
    <thead>
      <tr>
        <th scope="col">{what}</th>
        <th scope="col" className="num">
          {a}
        </th>
        <th scope="col" className="num">
          {b}
        </th>
        <th scope="col" className="num">
          Change
        </th>
      </tr>
    </thead>
  );
}
