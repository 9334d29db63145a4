import type { ReactNode } from 'react';
import type { CheckResult, QualityCheck } from '../../domain/pipelines/types';
import { DataTable } from '../../ui/data-table';
import { EmptyState } from '../../ui/empty-state';
import { StatusBadge } from '../../ui/status-badge';
import type { RunStep } from './run-model';

const RESULT: Record<CheckResult, { status: 'healthy' | 'warning' | 'critical'; word: string }> = {
  pass: { status: 'healthy', word: 'Pass' },
  warn: { status: 'warning', word: 'Warn' },
  fail: { status: 'critical', word: 'Fail' },
};

const ORDER: Record<CheckResult, number> = { fail: 0, warn: 1, pass: 2 };

export function CheckResultBadge({ result }: { result: CheckResult }): ReactNode {
  return <StatusBadge status={RESULT[result].status} label={RESULT[result].word} />;
}

/** The selected step: its status in words, then each check with expected against observed, failures first. */
export function StepChecks({ step }: { step: RunStep }): ReactNode {
  const checks = [...(step.run?.checks ?? [])].sort((a, b) => ORDER[a.result] - ORDER[b.result]);
  return (
    <section className="stack" style={{ gap: 8 }} aria-labelledby="step-checks-title">
      <h2 id="step-checks-title" className="panel__title">
        {step.name}
      </h2>
      <div className="row" style={{ gap: 8 }}>
        <StatusBadge status={step.health.status} label={step.health.word} />
        {step.duration && <span className="muted">{step.duration}</span>}
      </div>
      {step.health.reasons.length > 0 && (
        <ul className="list-plain muted">
          {step.health.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      {checks.length === 0 ? (
        <EmptyState title="No checks ran on this step.">
          {step.health.word === 'Skipped'
            ? 'It was skipped, so nothing was validated.'
            : 'The step validates nothing.'}
        </EmptyState>
      ) : (
        <DataTable<QualityCheck>
          label={`Checks of ${step.name}`}
          scroll
          rows={checks}
          rowKey={(c) => c.id}
          columns={[
            { header: 'Check', cell: (c) => c.name, rowHeader: true },
            { header: 'Expected', cell: (c) => c.expected, numeric: true },
            { header: 'Observed', cell: (c) => c.observed, numeric: true },
            { header: 'Result', cell: (c) => <CheckResultBadge result={c.result} /> },
          ]}
        />
      )}
    </section>
  );
}
