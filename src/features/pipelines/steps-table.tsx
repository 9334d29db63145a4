import type { ReactNode } from 'react';
import { DataTable } from '../../ui/data-table';
import { StatusBadge } from '../../ui/status-badge';
import type { RunStep } from './run-model';

const PAGE = 200;

/** The graph's table alternative: every step, failing ones first, each selectable. */
export function StepsTable({
  steps,
  selected,
  onSelect,
}: {
  steps: readonly RunStep[];
  selected?: string;
  onSelect: (id: string) => void;
}): ReactNode {
  const rank = (s: RunStep): number =>
    s.health.status === 'critical' ? 0 : s.health.status === 'warning' ? 1 : 2;
  const rows = [...steps].sort((a, b) => rank(a) - rank(b)).slice(0, PAGE);
  return (
    <>
      <DataTable<RunStep>
        label="Pipeline steps"
        scroll
        rows={rows}
        rowKey={(s) => s.id}
        columns={[
          {
            header: 'Step',
            rowHeader: true,
            cell: (s) => (
              <button
                type="button"
                className="link-button"
                aria-pressed={selected === s.id}
                onClick={() => onSelect(s.id)}
              >
                {s.name}
              </button>
            ),
          },
          { header: 'Status', cell: (s) => <StatusBadge status={s.health.status} label={s.health.word} /> },
          { header: 'Duration', numeric: true, cell: (s) => s.duration ?? '—' },
          { header: 'Failed checks', numeric: true, cell: (s) => s.health.failedChecks },
          { header: 'Why', cell: (s) => s.health.reasons[0] ?? '—', hideNarrow: true },
        ]}
      />
      {steps.length > PAGE && (
        <p className="muted">
          The first {PAGE} of {steps.length.toLocaleString()} steps, failing ones first.
        </p>
      )}
    </>
  );
}
