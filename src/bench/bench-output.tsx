import type { ReactNode } from 'react';

/** The figures of a measurement page, as JSON a script can read. */
export function BenchOutput({ title, result }: { title: string; result: unknown }): ReactNode {
  return (
    <section className="stack">
      <h2>{title}</h2>
      {result === undefined ? (
        <p role="status">Measuring…</p>
      ) : (
        <pre data-testid="bench-result">
          {typeof result === 'string' ? JSON.stringify({ error: result }) : JSON.stringify(result, null, 2)}
        </pre>
      )}
    </section>
  );
}
