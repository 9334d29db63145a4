import type { ReactNode } from 'react';
import type { ConnectionCheck } from '../../sources/source';
import { StatusBadge } from '../../ui/status-badge';

/** The outcome of "Test": a clear success, or each failing step with its reason. */
export function CheckResult({ check }: { check: ConnectionCheck }): ReactNode {
  return (
    <div className={`state ${check.ok ? '' : 'state--error'}`} role="status" aria-live="polite">
      <p className="row">
        <StatusBadge status={check.ok ? 'healthy' : 'critical'} label={check.ok ? 'Works' : 'Failed'} />
        <span>{check.summary}</span>
      </p>
      <ul className="list-plain">
        {check.steps.map((step) => (
          <li key={step.label} className="row">
            <StatusBadge status={step.ok ? 'healthy' : 'critical'} label={step.label} />
            <span>{step.detail}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
