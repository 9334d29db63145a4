import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { KeyFigure, Report } from '../../domain/report/report';
import { incidentPath, modelPath } from '../../lib/paths';
import { DataTable } from '../../ui/data-table';
import { formatDateTime, formatDuration, formatInteger, formatIso, formatPercent } from '../../ui/format';
import { CsvButton } from './csv-button';

export function figureText(f: Pick<KeyFigure, 'unit'>, value: number | undefined): string {
  if (value === undefined) return '—';
  if (f.unit === 'ratio') return formatPercent(value, 0);
  if (f.unit === 'duration') return formatDuration(value);
  return formatInteger(value);
}

const slug = (report: Report): string =>
  `${report.subject}-${report.periodLabel}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');

export function FiguresTable({ report }: { report: Report }): ReactNode {
  return (
    <>
      <DataTable
        label="Key figures"
        scroll
        rows={report.figures}
        rowKey={(f) => f.id}
        columns={[
          { header: 'Figure', rowHeader: true, cell: (f) => f.label },
          {
            header: report.periodLabel,
            numeric: true,
            cell: (f) => <span data-figure={f.id}>{figureText(f, f.value)}</span>,
          },
          { header: report.previousLabel, numeric: true, cell: (f) => figureText(f, f.previous) },
          { header: 'Trend', cell: (f) => f.trend },
        ]}
      />
      <CsvButton
        label="key figures"
        filename={`${slug(report)}-figures.csv`}
        header={['figure', 'unit', report.periodLabel, report.previousLabel, 'trend']}
        rows={report.figures.map((f) => [
          f.label,
          f.unit === 'duration' ? 'ms' : f.unit,
          String(f.value ?? ''),
          String(f.previous ?? ''),
          f.trend,
        ])}
      />
    </>
  );
}

export function IncidentsTable({ report }: { report: Report }): ReactNode {
  return (
    <>
      <DataTable
        label="Incidents in the period"
        scroll
        rows={report.incidents}
        rowKey={(r) => r.incident.id}
        columns={[
          {
            header: 'Incident',
            rowHeader: true,
            cell: (r) => (
              <>
                <Link to={incidentPath(r.incident.id)}>{r.incident.title}</Link>
                <div className="muted">
                  {r.incident.id} · {r.incident.severity}
                </div>
              </>
            ),
          },
          { header: 'Began', numeric: true, cell: (r) => formatDateTime(r.incident.startedAt) },
          { header: 'How it was handled', cell: (r) => r.resolution },
          {
            header: 'Time to restore',
            numeric: true,
            cell: (r) => (r.restoreMs === undefined ? 'Not yet' : formatDuration(r.restoreMs)),
          },
        ]}
      />
      <CsvButton
        label="incidents"
        filename={`${slug(report)}-incidents.csv`}
        header={[
          'id',
          'title',
          'model',
          'severity',
          'status',
          'started_at',
          'resolved_at',
          'time_to_restore_ms',
          'resolution',
        ]}
        rows={report.incidents.map((r) => [
          r.incident.id,
          r.incident.title,
          r.incident.model,
          r.incident.severity,
          r.incident.status,
          formatIso(r.incident.startedAt),
          r.incident.resolvedAt === undefined ? '' : formatIso(r.incident.resolvedAt),
          r.restoreMs === undefined ? '' : String(r.restoreMs),
          r.resolution,
        ])}
      />
    </>
  );
}

const FATE_WORDS = {
  'rolled-back': 'Rolled back',
  replaced: 'Replaced',
  live: 'Still live',
  unknown: 'Not in the log',
} as const;

export function ReleasesTable({ report }: { report: Report }): ReactNode {
  const releases = report.delivery.releases;
  return (
    <>
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
              <>
                <Link to={modelPath(r.path.modelName)}>{r.path.modelName}</Link> v{r.path.version}
              </>
            ),
          },
          { header: 'Went live', numeric: true, cell: (r) => formatDateTime(r.shippedAt) },
          {
            header: 'Training to live',
            numeric: true,
            cell: (r) => (r.path.toProduction === undefined ? '—' : formatDuration(r.path.toProduction)),
          },
          {
            header: 'What became of it',
            cell: (r) =>
              r.fate.kind === 'rolled-back'
                ? `Rolled back after ${formatDuration(r.fate.afterMs)}`
                : r.fate.kind === 'replaced'
                  ? `Replaced by v${r.fate.byVersion}`
                  : FATE_WORDS[r.fate.kind],
          },
        ]}
      />
      <CsvButton
        label="releases"
        filename={`${slug(report)}-releases.csv`}
        header={['model', 'version', 'team', 'live_at', 'training_to_live_ms', 'fate']}
        rows={releases.map((r) => [
          r.path.modelName,
          r.path.version,
          r.path.team,
          formatIso(r.shippedAt),
          r.path.toProduction === undefined ? '' : String(r.path.toProduction),
          r.fate.kind,
        ])}
      />
    </>
  );
}

export function WaitingTable({ report, now }: { report: Report; now: number }): ReactNode {
  const blocked = report.delivery.blocked;
  const waited = (b: (typeof blocked)[number]): number =>
    now - (b.blocker?.since ?? b.path.at[b.path.stoppedAt ?? 'registered'] ?? now);
  return (
    <>
      <DataTable
        label="Versions waiting to go live"
        scroll
        rows={blocked}
        rowKey={(b) => `${b.path.modelName}@${b.path.version}`}
        columns={[
          { header: 'Version', rowHeader: true, cell: (b) => `${b.path.modelName} v${b.path.version}` },
          {
            header: 'Waiting for',
            cell: (b) => b.blocker?.reason || (b.blocker ? b.blocker.kind : 'Nothing recorded'),
          },
          { header: 'Who can unblock', cell: (b) => b.blocker?.unblockedBy ?? 'Not recorded' },
          { header: 'Waiting', numeric: true, cell: (b) => formatDuration(waited(b)) },
        ]}
      />
      <CsvButton
        label="waiting versions"
        filename={`${slug(report)}-waiting.csv`}
        header={['model', 'version', 'blocker', 'reason', 'unblocked_by', 'waiting_ms']}
        rows={blocked.map((b) => [
          b.path.modelName,
          b.path.version,
          b.blocker?.kind ?? '',
          b.blocker?.reason ?? '',
          b.blocker?.unblockedBy ?? '',
          String(waited(b)),
        ])}
      />
    </>
  );
}
