import { Component, type ErrorInfo, type ReactNode } from 'react';
import { describeError } from '../lib/describe-error';
import { ErrorState } from '../ui/error-state';

/** The last line of defence: a page that failed to load or render says so and offers a reload. */
export function RouteErrorPage({ error }: { error: unknown }): ReactNode {
  return (
    <main className="app-main" style={{ maxWidth: 720, margin: '48px auto' }}>
      <h1>Something went wrong</h1>
      <ErrorState
        title="This page could not be shown."
        detail={describeError(error).detail}
        hint="Reloading usually helps after an update."
        onRetry={() => window.location.reload()}
      />
    </main>
  );
}

/** Catches what escapes the shell itself (each page and panel has a boundary of its own). */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Sightline could not render', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error ? <RouteErrorPage error={this.state.error} /> : this.props.children;
  }
}
