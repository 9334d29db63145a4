import { useEffect, type ReactNode } from 'react';

/** The page's one h1, and the document title to match. */
export function PageTitle({ title, children }: { title: string; children?: ReactNode }): ReactNode {
  useEffect(() => {
    document.title = `${title} · Sightline`;
  }, [title]);
  return <h1>{children ?? title}</h1>;
}
