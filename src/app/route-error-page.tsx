import type { ReactNode } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { describeError } from '../lib/describe-error';
import { ErrorState } from '../ui/error-state';

/** The last line of defence: a page that failed to load or render says so and offers a reload. */
export function RouteErrorPage(): ReactNode {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : describeError(error).detail;
  return (
    <main className="app-main" style={{ maxWidth: 720, margin: '48px auto' }}>
      <h1>Something went wrong</h1>
      <ErrorState
        title="This page could not be shown."
        detail={detail}
        hint="Reloading usually helps after an update."
        onRetry={() => window.location.reload()}
      />
    </main>
  );
}
