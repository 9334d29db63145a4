import { durationInWords } from '../delivery/duration-words';
import type { RegistryEvent } from '../delivery/events';
import { median } from '../delivery/quantile';
import { summariseDelivery, type DeliverySummary } from '../delivery/summary';
import type { FleetSummary } from '../fleet';
import type { Incident } from '../incident';
import type { ModelDetail } from '../model';
import { plainCause } from '../portfolio-narrative';
import { glossaryFor, type GlossaryEntry } from './glossary';
import { periodLabel, periodWindow, previousPeriod, type PeriodWindow, type ReportPeriod } from './period';

export type ReportScope = { kind: 'portfolio'; fleet: FleetSummary } | { kind: 'model'; model: ModelDetail };

export interface ReportInput {
  scope: ReportScope;
  period: ReportPeriod;
  /** Every incident the backend knows for the scope; the report keeps those that overlap the period. */
  incidents: readonly Incident[];
  /** The registry's event log for the scope, oldest first. */
  events: readonly RegistryEvent[];
  generatedAt: number;
}

export interface KeyFigure {
  id: string;
  label: string;
  value?: number;
  previous?: number;
  unit: 'count' | 'ratio' | 'duration';
  /** Whether a higher value is better, for the trend's words. */
  higherIsBetter: boolean;
  trend: string;
}

export interface IncidentRow {
  incident: Incident;
  /** Start to resolution, when resolved. */
  restoreMs?: number;
  resolution: string;
}

export interface Report {
  title: string;
  subject: string;
  period: ReportPeriod;
  periodLabel: string;
  window: PeriodWindow;
  previousLabel: string;
  generatedAt: number;
  /** The executive summary: short sentences in plain words, statistics' names left out. */
  summary: string[];
  /** Said in words when the data cannot support a figure: no data, no production history, gaps in the log. */
  notices: string[];
  figures: KeyFigure[];
  incidents: IncidentRow[];
  delivery: DeliverySummary;
  fairness: string;
  appendix: GlossaryEntry[];
}

const overlaps = (i: Incident, w: PeriodWindow): boolean =>
  i.startedAt < w.to && (i.resolvedAt ?? Infinity) >= w.from;
const plural = (n: number, one: string, many: string): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function trendWords(f: Omit<KeyFigure, 'trend'>, previousLabel: string): string {
  if (f.value === undefined) return 'No figure for this period';
  if (f.previous === undefined) return `No figure for ${previousLabel} to compare with`;
  if (
    f.value === f.previous ||
    (f.previous !== 0 && Math.abs(f.value - f.previous) / Math.abs(f.previous) < 0.05)
  )
    return `About the same as ${previousLabel}`;
  const up = f.value > f.previous;
  const better = up === f.higherIsBetter;
  const word = f.unit === 'duration' ? (up ? 'Longer' : 'Shorter') : up ? 'Up' : 'Down';
  return `${word} from ${previousLabel} (${better ? 'better' : 'worse'})`;
}

function incidentRow(incident: Incident): IncidentRow {
  const restoreMs = incident.resolvedAt === undefined ? undefined : incident.resolvedAt - incident.startedAt;
  const resolution =
    incident.status === 'resolved'
      ? `Resolved after ${durationInWords(restoreMs ?? 0)}`
      : incident.status === 'mitigated'
        ? `Mitigated${incident.mitigatedAt ? ` after ${durationInWords(incident.mitigatedAt - incident.startedAt)}` : ''}; not yet resolved`
        : 'Still being investigated';
  return { incident, restoreMs, resolution };
}

export function buildReport(input: ReportInput): Report {
  const { scope, period, generatedAt } = input;
  const window = periodWindow(period);
  const before = previousPeriod(period);
  const previousWindow = periodWindow(before);
  const previousLabel = periodLabel(before);
  const label = periodLabel(period);
  const delivery = summariseDelivery(input.events, window);
  const incidents = input.incidents
    .filter((i) => overlaps(i, window))
    .sort((a, b) => a.startedAt - b.startedAt)
    .map(incidentRow);
  const previousIncidents = input.incidents.filter((i) => overlaps(i, previousWindow)).map(incidentRow);
  const restore = median(incidents.flatMap((r) => (r.restoreMs === undefined ? [] : [r.restoreMs])));
  const previousRestore = median(
    previousIncidents.flatMap((r) => (r.restoreMs === undefined ? [] : [r.restoreMs])),
  );
  const m = delivery.metrics;
  const p = delivery.previous;
  const raw: Omit<KeyFigure, 'trend'>[] = [
    {
      id: 'releases',
      label: 'New versions live',
      value: m.deployments,
      previous: p.deployments,
      unit: 'count',
      higherIsBetter: true,
    },
    {
      id: 'lead-time',
      label: 'Typical time from training to live',
      value: m.medianLeadMs,
      previous: p.medianLeadMs,
      unit: 'duration',
      higherIsBetter: false,
    },
    {
      id: 'failed-releases',
      label: 'Releases undone or causing an incident',
      value: m.changeFailureRate,
      previous: p.changeFailureRate,
      unit: 'ratio',
      higherIsBetter: false,
    },
    {
      id: 'incidents',
      label: 'Incidents',
      value: incidents.length,
      previous: previousIncidents.length,
      unit: 'count',
      higherIsBetter: false,
    },
    {
      id: 'restore',
      label: 'Typical time to fix an incident',
      value: restore,
      previous: previousRestore,
      unit: 'duration',
      higherIsBetter: false,
    },
  ];
  const figures = raw.map((f) => ({ ...f, trend: trendWords(f, previousLabel) }));

  const subject = scope.kind === 'portfolio' ? 'All models' : scope.model.name;
  const notices: string[] = [];
  const nothing =
    input.events.every((e) => e.at < window.from || e.at >= window.to) && incidents.length === 0;
  if (nothing)
    notices.push(
      `Nothing was recorded for ${subject} in ${label}: no registry changes, no releases and no incidents.`,
    );
  if (
    scope.kind === 'model' &&
    !delivery.paths.some((path) => path.at.production !== undefined) &&
    !scope.model.productionVersion
  )
    notices.push(
      `${scope.model.name} has never been deployed to production, so there are no live figures to report.`,
    );
  if (delivery.incomplete.length > 0)
    notices.push(
      `The registry's log misses steps for ${plural(delivery.incomplete.length, 'version', 'versions')}; those steps are left out of the figures, not guessed.`,
    );
  if (input.events.length === 0)
    notices.push(
      'No connection keeps a registry event log for this scope, so release figures cannot be given.',
    );

  const fairness =
    'Sightline holds no fairness checks for this period, so this report cannot say whether the models treated groups of people equally. A fairness monitor would answer it.';
  const summary = executiveSummary(input, delivery, incidents, restore, label);
  const technical = [
    ...(scope.kind === 'model'
      ? [scope.model.health.reason]
      : scope.fleet.needsAttention.map((x) => x.health.reason)),
    'median p90 change failure time to restore',
  ];
  return {
    title: `${subject}: report for ${label}`,
    subject,
    period,
    periodLabel: label,
    window,
    previousLabel,
    generatedAt,
    summary,
    notices,
    figures,
    incidents,
    delivery,
    fairness,
    appendix: glossaryFor(technical),
  };
}

function executiveSummary(
  input: ReportInput,
  delivery: DeliverySummary,
  incidents: readonly IncidentRow[],
  restore: number | undefined,
  label: string,
): string[] {
  const s: string[] = [];
  const { scope } = input;
  if (scope.kind === 'model') {
    const what = scope.model.description.trim();
    if (what)
      s.push(`${scope.model.name}: ${what.charAt(0).toLowerCase()}${what.slice(1)}`.replace(/\.?$/, '.'));
    if (scope.model.health.status === 'healthy') s.push('Today it works as expected.');
    else if (scope.model.health.status !== 'unknown')
      s.push(`Today it needs attention: ${plainCause(scope.model)}.`);
  } else {
    const f = scope.fleet;
    s.push(
      `We track ${plural(f.totalModels, 'model', 'models')}; ${f.byStage.production.toLocaleString('en-US')} are live in production.`,
    );
  }
  const m = delivery.metrics;
  s.push(
    m.deployments === 0
      ? `No new version went live in ${label}.`
      : `In ${label}, ${plural(m.deployments, 'new version went', 'new versions went')} live.`,
  );
  if (m.medianLeadMs !== undefined)
    s.push(`A new version typically took ${durationInWords(m.medianLeadMs)} from training to going live.`);
  const slowest = delivery.stages[0];
  if (slowest && slowest.share > 0.5) s.push(`Most of that time was spent ${slowest.stage.words}.`);
  if (m.failedDeployments > 0)
    s.push(`${plural(m.failedDeployments, 'release', 'releases')} had to be undone or caused an incident.`);
  if (incidents.length === 0)
    s.push(`No incident affected ${scope.kind === 'model' ? 'it' : 'the models'} in ${label}.`);
  else {
    const open = incidents.filter((r) => r.incident.status !== 'resolved').length;
    s.push(
      `${plural(incidents.length, 'incident', 'incidents')} ${incidents.length === 1 ? 'was' : 'were'} handled${restore !== undefined ? `; a typical fix took ${durationInWords(restore)}` : ''}.`,
    );
    if (open > 0) s.push(`${open.toLocaleString('en-US')} of them ${open === 1 ? 'is' : 'are'} still open.`);
  }
  if (delivery.blocked.length > 0)
    s.push(`${plural(delivery.blocked.length, 'version is', 'versions are')} waiting to go live.`);
  s.push('We have no fairness checks for this period, so we cannot yet say whether the models stayed fair.');
  return s;
}
