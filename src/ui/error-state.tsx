import type { ReactNode } from 'react';

export interface ErrorStateProps {
  /** What was being done: "Could not load the fleet". */
  title: string;
  /** What failed, naming the source and the request. */
  detail: string;
  /** What the user can do. */
  hint?: string;
  onRetry?: () => void;
  retrying?: boolean;
}

export function ErrorState({ title, detail, hint, onRetry, retrying }: ErrorStateProps): ReactNode {
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{title}</p>
      <p className="state__detail">{detail}</p>
      {hint && <p className="muted">{hint}</p>}
      {onRetry && (
        <button type="button" className="button button--small" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Retrying…' : 'Retry'}
        </button>
      )}
    </div>
  );
}
