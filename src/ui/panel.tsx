import { useId, type ReactNode } from 'react';

export interface PanelProps {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A titled region of a page; its heading labels it for assistive technology. */
export function Panel({ title, subtitle, actions, children, className }: PanelProps): ReactNode {
  const id = useId();
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={id}>
      <header className="panel__header">
        <h2 id={id}>{title}</h2>
        {subtitle && <span className="panel__subtitle">{subtitle}</span>}
        {actions && (
          <>
            <span className="spacer" />
            {actions}
          </>
        )}
      </header>
      {children}
    </section>
  );
}
