import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../ui/empty-state';
import { ErrorState } from '../ui/error-state';
import { CapabilityUnavailableError } from './capability';
import { describeError } from './describe-error';
import { CONNECTIONS_PATH } from './paths';

interface BoundaryProps {
  /** What the region does: "the Portfolio status panel". */
  label: string;
  children: ReactNode;
  onReset?: () => void;
}

interface BoundaryState {
  error: unknown;
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    if (!(error instanceof CapabilityUnavailableError))
      console.error(`Error in ${this.props.label}`, error, info.componentStack);
  }

  reset = (): void => {
    this.props.onReset?.();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (error instanceof CapabilityUnavailableError) {
      return (
        <EmptyState title={`${this.props.label} needs a connection. ${error.message}`}>
          <Link to={CONNECTIONS_PATH}>Set up a connection in Settings → Connections</Link>
        </EmptyState>
      );
    }
    const { detail, hint } = describeError(error);
    return (
      <ErrorState title={`${this.props.label} failed.`} detail={detail} hint={hint} onRetry={this.reset} />
    );
  }
}

/** One failing region never blanks the page: it shows what failed and offers a retry. */
export function PanelBoundary({ label, children }: { label: string; children: ReactNode }): ReactNode {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <Boundary label={label} onReset={reset}>
          {children}
        </Boundary>
      )}
    </QueryErrorResetBoundary>
  );
}
