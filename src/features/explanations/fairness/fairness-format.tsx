import type { ReactNode } from 'react';
import { isNotDefined } from '../../../domain/drift/not-defined';
import type { GroupStatus } from '../../../domain/fairness/attribute-fairness';
import type { ComparisonOrNot } from '../../../domain/fairness/compare';
import type { RateOrNot } from '../../../domain/fairness/rates';
import type { VerdictStatus } from '../../../domain/fairness/verdict';
import type { HealthStatus } from '../../../domain/health';
import { formatDecimal, formatPercent } from '../../../ui/format';
import { StatusBadge } from '../../../ui/status-badge';

/** A rate with its Wilson interval: "46.0 % (43.1–48.9)"; a rate that has no value says why. */
export function RateCell({ rate }: { rate: RateOrNot | undefined }): ReactNode {
  if (rate === undefined) return <span className="muted">no labels yet</span>;
  if (isNotDefined(rate))
    return (
      <span className="muted" title={rate.reason}>
        n/a
      </span>
    );
  return (
    <span className="nowrap">
      {formatPercent(rate.value)}{' '}
      <span className="muted">
        ({formatDecimal(rate.lower * 100, 1)}–{formatDecimal(rate.upper * 100, 1)})
      </span>
    </span>
  );
}

/** A ratio or difference with its interval: "0.72 (0.66–0.78)". */
export function ComparisonCell({
  value,
  percent = false,
}: {
  value: ComparisonOrNot;
  percent?: boolean;
}): ReactNode {
  if (isNotDefined(value)) return <span className="muted">not defined: {value.reason}</span>;
  const f = (x: number): string => (percent ? formatDecimal(x * 100, 1) : formatDecimal(x, 2));
  return (
    <span className="nowrap" title={value.method}>
      {percent ? `${f(value.value)} pts` : f(value.value)}{' '}
      <span className="muted">
        ({f(value.lower)}–{f(value.upper)})
      </span>
    </span>
  );
}

const GROUP_BADGES: Record<GroupStatus, { status: HealthStatus; label: string }> = {
  reference: { status: 'unknown', label: 'Reference' },
  pass: { status: 'healthy', label: 'Passes' },
  fail: { status: 'critical', label: 'Fails' },
  'too-few': { status: 'unknown', label: 'Too few to judge' },
  'not-defined': { status: 'unknown', label: 'Not defined' },
};

export function GroupBadge({ status }: { status: GroupStatus }): ReactNode {
  const badge = GROUP_BADGES[status];
  return <StatusBadge status={badge.status} label={badge.label} />;
}

const VERDICT_BADGES: Record<VerdictStatus, { status: HealthStatus; label: string }> = {
  pass: { status: 'healthy', label: 'Passes' },
  fail: { status: 'critical', label: 'Fails' },
  'too-few': { status: 'unknown', label: 'Too few to judge' },
  'not-defined': { status: 'unknown', label: 'Not defined' },
};

export function VerdictBadge({ status }: { status: VerdictStatus }): ReactNode {
  const badge = VERDICT_BADGES[status];
  return <StatusBadge status={badge.status} label={badge.label} />;
}
