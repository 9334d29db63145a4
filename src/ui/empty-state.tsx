import type { ReactNode } from 'react';

/** Says why it is empty and what to do next. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }): ReactNode {
  return (
    <div className="state" role="status">
      <p className="state__title">{title}</p>
      {children && <div className="muted">{children}</div>}
    </div>
  );
}
