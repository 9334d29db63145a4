import { useMemo, useState, type ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { buildReport, type Report } from '../../domain/report/report';
import {
  lastFullMonth,
  lastFullQuarter,
  parsePeriod,
  periodLabel,
  periodParam,
  previousPeriod,
  type ReportPeriod,
} from '../../domain/report/period';
import { describeError } from '../../lib/describe-error';
import { evidencePackPath } from '../../lib/paths';
import { PanelBoundary } from '../../lib/panel-boundary';
import { QueryError } from '../../lib/query-state';
import { useNow } from '../../lib/use-now';
import { PageTitle } from '../../ui/page-title';
import { SkeletonLines } from '../../ui/skeleton';
import { useModelChoices, useReportEvents, useReportIncidents, useReportSubject } from './api/report-data';
import { EvidencePackButton } from './evidence-pack-button';
import { ReportView } from './report-view';
import './reports.css';

function periodChoices(now: number, current: ReportPeriod): ReportPeriod[] {
  const months: ReportPeriod[] = [lastFullMonth(now)];
  for (let i = 0; i < 5; i++) months.push(previousPeriod(months[i] as ReportPeriod));
  const quarters: ReportPeriod[] = [lastFullQuarter(now)];
  for (let i = 0; i < 3; i++) quarters.push(previousPeriod(quarters[i] as ReportPeriod));
  const all = [...months, ...quarters];
  return all.some((p) => periodParam(p) === periodParam(current)) ? all : [current, ...all];
}

/** `/reports?model=…&period=2026-11|2026-Q3`: the URL reproduces the report. */
export function ReportPage(): ReactNode {
  const [params, setParams] = useSearchParams();
  const now = useNow();
  const model = params.get('model') || undefined;
  const periodText = params.get('period');
  const parsed = parsePeriod(periodText);
  const period = parsed ?? lastFullMonth(now);
  const set = (key: string, value: string): void => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const title = `${model ?? 'All models'}: report for ${periodLabel(period)}`;
  return (
    <div className="stack report-page">
      <PageTitle title={title} />
      <div className="toolbar no-print" role="group" aria-label="Report settings">
        <label>
          Report on{' '}
          <PanelBoundary label="Model list">
            <ModelSelect value={model ?? ''} onChange={(v) => set('model', v)} />
          </PanelBoundary>
        </label>
        <label>
          Period{' '}
          <select
            className="select"
            value={periodParam(period)}
            onChange={(e) => set('period', e.target.value)}
          >
            {periodChoices(now, period).map((p) => (
              <option key={periodParam(p)} value={periodParam(p)}>
                {periodLabel(p)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <CopyLink />
      </div>
      {periodText && !parsed && (
        <p className="callout callout--warning" role="status">
          “{periodText}” is not a period this page knows (it takes a month such as 2026-11 or a quarter such
          as 2026-Q3), so it shows {periodLabel(period)}.
        </p>
      )}
      <PanelBoundary label="This report">
        <ReportBody model={model} period={period} now={now} />
      </PanelBoundary>
    </div>
  );
}

function ModelSelect({ value, onChange }: { value: string; onChange: (v: string) => void }): ReactNode {
  const choices = useModelChoices();
  const names = choices.data?.items.map((m) => m.name) ?? [];
  if (value && !names.includes(value)) names.unshift(value);
  return (
    <select
      className="select"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      aria-busy={choices.isPending}
    >
      <option value="">All models</option>
      {names.map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </select>
  );
}

function CopyLink(): ReactNode {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  return (
    <button
      type="button"
      className="button"
      onClick={() =>
        void navigator.clipboard
          .writeText(window.location.href)
          .then(() => setCopied('done'))
          .catch(() => setCopied('failed'))
      }
    >
      {copied === 'done'
        ? 'Link copied'
        : copied === 'failed'
          ? 'Could not copy; copy the address bar'
          : 'Copy link'}
    </button>
  );
}

function ReportBody({
  model,
  period,
  now,
}: {
  model?: string;
  period: ReportPeriod;
  now: number;
}): ReactNode {
  const subject = useReportSubject(model);
  const incidents = useReportIncidents(model);
  const events = useReportEvents(model);
  const navigate = useNavigate();
  const [generatedAt] = useState(now);
  const pending = subject.isPending || incidents.query?.isPending || events.query?.isPending;
  const report: Report | undefined = useMemo(
    () =>
      subject.data && !pending
        ? buildReport({
            scope: subject.data,
            period,
            incidents: incidents.query?.data ?? [],
            events: events.query?.data?.events ?? [],
            generatedAt,
          })
        : undefined,
    [subject.data, pending, period, incidents.query?.data, events.query?.data, generatedAt],
  );
  if (subject.isError)
    return <QueryError query={subject} what={model ? `load the model ${model}` : 'load the portfolio'} />;
  if (!report) return <SkeletonLines lines={10} height={22} label="Loading the report" />;
  const gaps: string[] = [];
  if (incidents.unavailable) gaps.push(`Incidents are left out: ${incidents.unavailable}`);
  if (incidents.query?.isError)
    gaps.push(`Incidents are left out: ${describeError(incidents.query.error).detail}`);
  if (events.unavailable) gaps.push(`Releases and time to deploy are left out: ${events.unavailable}`);
  if (events.query?.isError)
    gaps.push(`Releases and time to deploy are left out: ${describeError(events.query.error).detail}`);
  if (events.query?.data?.truncated)
    gaps.push('The registry log is longer than Sightline reads; release figures cover its newest part only.');
  return (
    <>
      {subject.data?.kind === 'model' && (
        <EvidencePackButton
          report={report}
          model={subject.data.model}
          onStored={(id) => void navigate(evidencePackPath(id))}
        />
      )}
      <ReportView report={report} now={now} gaps={gaps} />
    </>
  );
}
