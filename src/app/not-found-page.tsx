import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageTitle } from '../ui/page-title';

export function NotFoundPage(): ReactNode {
  return (
    <div className="stack">
      <PageTitle title="Page not found" />
      <p>Nothing lives at this address. It may have moved, or the link may be incomplete.</p>
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </div>
  );
}
