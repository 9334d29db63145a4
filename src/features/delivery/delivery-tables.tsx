import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { DeliverySummary, Release } from '../../domain/delivery/summary';
import { BLOCKER_WORDS, type BlockedVersion } from '../../domain/delivery/release-fate';
import { STEP_WORDS } from '../../domain/delivery/version-path';
import type { TeamMetrics } from '../../domain/delivery/metrics';
import { modelPath } from '../../lib/paths';
import { DataTable } from '../../ui/data-table';
import { StatusBadge } from '../../ui/status-badge';
import { formatDate, formatDuration, formatInteger, formatPercent } from '../../ui/format';
import { durationOrDash, percentOrDash, perWeek } from './delivery-format';

export function FateText({ release }: { release: Release }): ReactNode {
  const { fate } = release;
  switch (fate.kind) {
    case 'rolled-back':
      return <StatusBadge status="critical" label={`Rolled back after ${formatDuration(fate.afterMs)}`} />;
    case 'replaced':
      return <StatusBadge status="unknown" label={`Replaced by v${fate.byVersion}`} />;
    case 'live':
      return <StatusBadge status="healthy" label="Still live" />;
    case 'unknown':
      return <span className="muted">Not in the log</span>;
  }
}

export function TrendTable({ summary }: { summary: DeliverySummary }): ReactNode {
  const max = Math.max(1, ...summary.byMonth.map((m) => m.medianLeadMs ?? 0));
  return (
    <DataTable
      label="Time to deploy by month"
      scroll
      rows={summary.byMonth}
      rowKey={(m) => m.label}
      columns={[
        { header: 'Month (UTC)', rowHeader: true, cell: (m) => m.label },
        { header: 'Releases', numeric: true, cell: (m) => formatInteger(m.deployments) },
        { header: 'Median', numeric: true, cell: (m) => durationOrDash(m.medianLeadMs) },
        { header: '9 in 10 within', numeric: true, cell: (m) => durationOrDash(m.p90LeadMs) },
        {
          header: 'Rolled back or caused an incident',
          numeric: true,
          cell: (m) => percentOrDash(m.changeFailureRate),
        },
        {
          header: <span className="visually-hidden">Median as a bar</span>,
          cell: (m) => (
            <span className="bars__cell" aria-hidden="true">
              <span className="bars__bar" style={{ width: `${((m.medianLeadMs ?? 0) / max) * 100}%` }} />
            </span>
          ),
        },
      ]}
    />
  );
}

export function StagesTable({ summary }: { summary: DeliverySummary }): ReactNode {
  return (
    // Focusable, so a keyboard can scroll it where it is wider than its panel (a phone).
    <div className="scroll-x" tabIndex={0} role="region" aria-label="Where the time goes, scrollable">
      <DataTable
        label="Where the time goes"
        rows={summary.stages}
        rowKey={(s) => s.stage.id}
        columns={[
          {
            header: 'Stage',
            rowHeader: true,
            cell: (s) => s.stage.words.charAt(0).toUpperCase() + s.stage.words.slice(1),
          },
          { header: 'Share of the time', numeric: true, cell: (s) => formatPercent(s.share, 0) },
          {
            header: 'Average per version',
            numeric: true,
            cell: (s) => formatDuration(s.totalMs / Math.max(1, s.versions)),
          },
          {
            header: <span className="visually-hidden">Share as a bar</span>,
            hideNarrow: true,
            cell: (s) => (
              <span className="bars__cell" aria-hidden="true">
                <span className="bars__bar" style={{ width: `${s.share * 100}%` }} />
              </span>
            ),
          },
        ]}
      />
    </div>
  );
}

export function TeamsTable({ teams }: { teams: readonly TeamMetrics[] }): ReactNode {
  return (
    <DataTable
      label="Time to deploy by team"
      scroll
      rows={teams}
      rowKey={(t) => t.team}
      columns={[
        { header: 'Team', rowHeader: true, cell: (t) => t.team },
        { header: 'Releases', numeric: true, cell: (t) => formatInteger(t.metrics.deployments) },
        { header: 'Median', numeric: true, cell: (t) => durationOrDash(t.metrics.medianLeadMs) },
        { header: '9 in 10 within', numeric: true, cell: (t) => durationOrDash(t.metrics.p90LeadMs) },
        { header: 'Releases a week', numeric: true, cell: (t) => perWeek(t.metrics.perWeek) },
        { header: 'Failed releases', numeric: true, cell: (t) => percentOrDash(t.metrics.changeFailureRate) },
        { header: 'Time to restore', numeric: true, cell: (t) => durationOrDash(t.metrics.medianRestoreMs) },
        { header: 'Unplanned fixes', numeric: true, cell: (t) => percentOrDash(t.metrics.reworkRate) },
      ]}
    />
  );
}

export function BlockedTable({
  blocked,
  now,
}: {
  blocked: readonly BlockedVersion[];
  now: number;
}): ReactNode {
  return (
    <DataTable
      label="What is blocked and why"
      scroll
      rows={blocked}
      rowKey={(b) => `${b.path.modelName}@${b.path.version}`}
      columns={[
        {
          header: 'Version',
          rowHeader: true,
          cell: (b) => (
            <span className="nowrap-wide">
              <Link to={modelPath(b.path.modelName)}>{b.path.modelName}</Link> v{b.path.version}
            </span>
          ),
        },
        { header: 'Blocked by', cell: (b) => <BlockerText blocked={b} /> },
        {
          header: 'Who can unblock',
          cell: (b) => b.blocker?.unblockedBy ?? <span className="muted">Not recorded</span>,
        },
        {
          header: 'Waiting',
          numeric: true,
          cell: (b) =>
            formatDuration(now - (b.blocker?.since ?? b.path.at[b.path.stoppedAt ?? 'registered'] ?? now)),
        },
      ]}
    />
  );
}

export function BlockerText({ blocked }: { blocked: BlockedVersion }): ReactNode {
  const { blocker, path } = blocked;
  if (!blocker)
    return <span>Nothing recorded; {STEP_WORDS[path.stoppedAt ?? 'registered']} and not moved since</span>;
  return (
    <span>
      <strong>{BLOCKER_WORDS[blocker.kind]}</strong>
      {blocker.reason ? <span className="muted">: {blocker.reason}</span> : null}
    </span>
  );
}

export function ReleasesTable({ releases }: { releases: readonly Release[] }): ReactNode {
  return (
    <DataTable
      label="Releases in the period"
      scroll
      rows={releases}
      rowKey={(r) => `${r.path.modelName}@${r.path.version}`}
      columns={[
        {
          header: 'Version',
          rowHeader: true,
          cell: (r) => (
            <span className="nowrap-wide">
              <Link to={modelPath(r.path.modelName)}>{r.path.modelName}</Link> v{r.path.version}
            </span>
          ),
        },
        { header: 'Team', cell: (r) => r.path.team },
        { header: 'Shipped', numeric: true, cell: (r) => formatDate(r.shippedAt) },
        { header: 'Trained to production', numeric: true, cell: (r) => durationOrDash(r.path.toProduction) },
        { header: 'What became of it', cell: (r) => <FateText release={r} /> },
      ]}
    />
  );
}
