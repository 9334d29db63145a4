import { useEffect, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { buildIncidentTimeline } from '../../domain/incident-timeline';
import type { IncidentDetail, TimelineEvent } from '../../domain/incident';
import { ROLE_LABELS, can, permission } from '../../domain/role';
import {
  RELATIVE_RANGES,
  relativeRangeMs,
  type RelativeRange,
  type TimeWindow,
} from '../../domain/time-range';
import { PanelBoundary } from '../../lib/panel-boundary';
import { modelPath, withRange } from '../../lib/paths';
import { QueryState } from '../../lib/query-state';
import { useNow } from '../../lib/use-now';
import { TIME_RANGE_PARAM, useSetTimeRange, useTimeWindow } from '../../lib/use-time-range';
import { useRole } from '../../stores/preferences-store';
import type { ChartMarker, ChartShade } from '../../ui/charts/chart-types';
import { formatDateTime, formatDuration } from '../../ui/format';
import { PageTitle } from '../../ui/page-title';
import { Panel } from '../../ui/panel';
import { SkeletonLines } from '../../ui/skeleton';
import { useAlertHistory } from './api/alert-history';
import { useIncident } from './api/incident';
import { IncidentStatusBadge, SeverityBadge } from './incident-badges';
import { IncidentNotes } from './incident-notes';
import { IncidentStatusControl } from './incident-status-control';
import { IncidentTimelineView } from './incident-timeline-view';
import { NoDeployActions, deployPreceded } from './next-actions';
import { WhatChanged } from './what-changed';
import './incidents.css';

/** The service signals around the incident, on one shared cursor; drawn by the app's service charts. */
export interface IncidentSignalsProps {
  model: string;
  deploymentId: string | undefined;
  window: TimeWindow;
  markers: ChartMarker[];
  shades: ChartShade[];
  syncId: string;
}

/** What the app composes into the investigation from other features. */
export interface IncidentPageSlots {
  signals: (props: IncidentSignalsProps) => ReactNode;
  /**
   * Roll back offered where the incident happened, for a role that may; `afterDeploy` says whether a
   * deploy preceded it (when none did, the offer comes after the actions that fit).
   */
  rollBack: (props: { model: string; deploymentId: string | undefined; afterDeploy: boolean }) => ReactNode;
}

const HOUR = 3_600_000;

/** The shortest relative range that reaches back to `from`, if any. */
function liveRangeCovering(from: number, now: number): RelativeRange | undefined {
  return RELATIVE_RANGES.find((range) => now - relativeRangeMs(range) <= from);
}

/** Two hours before the start to an hour after the end: the cause and the recovery in view. */
function incidentWindow(incident: IncidentDetail, now: number): { from: number; to: number } {
  return { from: incident.startedAt - 2 * HOUR, to: Math.min(now, (incident.resolvedAt ?? now) + HOUR) };
}

/** The investigation page: one timeline, the signals under it on a shared cursor, what changed, and the notes. */
export function IncidentPage(slots: IncidentPageSlots): ReactNode {
  const { id = '' } = useParams();
  const incident = useIncident(id);
  return (
    <div className="stack">
      <QueryState
        query={incident}
        what={`load incident ${id}`}
        skeleton={
          <>
            <PageTitle title={`Incident ${id}`} />
            <SkeletonLines lines={6} height={28} label="Loading incident" />
          </>
        }
      >
        {(data) => <Investigation incident={data} slots={slots} />}
      </QueryState>
      {incident.isError && <PageTitle title={`Incident ${id}`} />}
    </div>
  );
}

function Investigation({
  incident,
  slots,
}: {
  incident: IncidentDetail;
  slots: IncidentPageSlots;
}): ReactNode {
  const [params] = useSearchParams();
  const setRange = useSetTimeRange();
  const now = useNow();
  const role = useRole();
  const window = useTimeWindow();
  const zoom = incidentWindow(incident, now);
  const hasRange = params.has(TIME_RANGE_PARAM);

  // Opened without a time range: show the incident's own window, in the URL so the link reproduces it.
  useEffect(() => {
    if (hasRange) return;
    // An open incident keeps a live, relative window so new data keeps arriving; a closed one is framed.
    const live = incident.resolvedAt === undefined ? liveRangeCovering(zoom.from, now) : undefined;
    setRange(live ? { kind: 'relative', range: live } : { kind: 'absolute', ...zoom });
  }, [hasRange, setRange, zoom, incident.resolvedAt, now]);

  const alerts = useAlertHistory({ model: incident.model }, zoom);
  const timeline = buildIncidentTimeline(incident, alerts.query.data ?? []);
  const afterDeploy = deployPreceded(incident, timeline);
  const markers = timeline.filter((e) => MARKED.includes(e.kind)).map(toMarker);
  const shades = [{ from: incident.startedAt, to: incident.resolvedAt ?? now, label: 'Incident' }];

  return (
    <>
      <header className="stack" style={{ gap: 8 }}>
        <PageTitle title={incident.title} />
        <div className="row">
          <SeverityBadge severity={incident.severity} />
          <IncidentStatusBadge status={incident.status} />
          <span className="muted">{incident.id}</span>
          <Link to={withRange(modelPath(incident.model, 'service'), params)}>{incident.model}</Link>
          <span className="muted">
            started {formatDateTime(incident.startedAt)},{' '}
            {incident.resolvedAt
              ? `lasted ${formatDuration(incident.resolvedAt - incident.startedAt)}`
              : `open for ${formatDuration(now - incident.startedAt)}`}
          </span>
        </div>
        <p className="answer">{incident.summary}</p>
      </header>
      <div className="incident-layout">
        <div className="stack">
          <Panel
            title="Signals"
            subtitle={`Deployment ${incident.deploymentId}. Hover one chart to see the same instant on all.`}
            actions={
              <button
                type="button"
                className="button button--small"
                onClick={() => setRange({ kind: 'absolute', ...zoom })}
                disabled={window.from === zoom.from && window.to === zoom.to}
              >
                Zoom to the incident
              </button>
            }
          >
            <PanelBoundary label="The signals">
              {slots.signals({
                model: incident.model,
                deploymentId: incident.deploymentId,
                window,
                markers,
                shades,
                syncId: `incident-${incident.id}`,
              })}
            </PanelBoundary>
          </Panel>
          <Panel title="What changed" subtitle="The deployment just before and just after the incident began">
            <WhatChanged before={incident.before} after={incident.after} />
            {!afterDeploy && incident.status !== 'resolved' && (
              <NoDeployActions incident={incident} params={params} />
            )}
            {can(role, 'roll-back') && incident.status !== 'resolved' && (
              <PanelBoundary label="Roll back">
                {slots.rollBack({ model: incident.model, deploymentId: incident.deploymentId, afterDeploy })}
              </PanelBoundary>
            )}
          </Panel>
        </div>
        <div className="stack">
          <Panel
            title="Timeline"
            subtitle={
              alerts.available
                ? 'Deploys, alerts, anomalies, drift and notes'
                : 'Deploys, anomalies and notes (no alerts connection)'
            }
          >
            {/* Without the alert history the timeline still shows the rest, and says what is missing. */}
            {alerts.query.isError && (
              <QueryState
                query={alerts.query}
                what={`load the alerts of ${incident.model}; the timeline shows no alerts`}
                skeleton={null}
              >
                {() => null}
              </QueryState>
            )}
            <IncidentTimelineView events={timeline} startedAt={incident.startedAt} />
          </Panel>
          <Panel title="Status and notes">
            <IncidentStatusControl
              incidentId={incident.id}
              status={incident.status}
              author={ROLE_LABELS[role]}
              permission={permission(role, 'change-incident-status')}
            />
            <IncidentNotes
              incidentId={incident.id}
              notes={incident.notes}
              author={ROLE_LABELS[role]}
              permission={permission(role, 'write-incident-notes')}
            />
          </Panel>
        </div>
      </div>
    </>
  );
}

const MARKED: TimelineEvent['kind'][] = ['deploy', 'rollback', 'traffic-shift', 'alert-firing'];

function toMarker(e: TimelineEvent): ChartMarker {
  const kind =
    e.kind === 'alert-firing'
      ? 'alert'
      : e.kind === 'rollback'
        ? 'rollback'
        : e.kind === 'deploy'
          ? 'deploy'
          : 'event';
  return { t: e.at, kind, label: e.title };
}
