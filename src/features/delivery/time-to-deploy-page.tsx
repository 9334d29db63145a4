import { useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { INDUSTRY_LEAD_TIME_QUOTE } from '../../domain/delivery/bands';
import { summariseDelivery, type DeliverySummary } from '../../domain/delivery/summary';
import { STEP_WORDS } from '../../domain/delivery/version-path';
import { PanelBoundary } from '../../lib/panel-boundary';
import { useRegistryEvents } from '../../lib/queries/registry-events';
import { QueryState } from '../../lib/query-state';
import { useNow } from '../../lib/use-now';
import type { RegistryEventLog } from '../../sources/delivery-capability';
import { EmptyState } from '../../ui/empty-state';
import { ListCap } from '../../ui/list-cap';
import { formatCount, formatInteger } from '../../ui/format';
import { PageTitle } from '../../ui/page-title';
import { Panel } from '../../ui/panel';
import { SkeletonLines } from '../../ui/skeleton';
import { BandsNote } from './bands-note';
import { durationOrDash, durationTrend, percentOrDash, perWeek } from './delivery-format';
import { BlockedTable, ReleasesTable, StagesTable, TeamsTable, TrendTable } from './delivery-tables';
import { parseWindowDays, WINDOW_DAYS, windowEndingNow } from './delivery-window';
import { LeadTimeDistribution } from './lead-time-distribution';
import './delivery.css';

/** `/delivery?days=180&team=Growth`: how long a trained model takes to reach production, and why. */
export function TimeToDeployPage(): ReactNode {
  return (
    <div className="stack">
      <PageTitle title="Time to deploy" />
      <PanelBoundary label="Time to deploy">
        <TimeToDeploy />
      </PanelBoundary>
    </div>
  );
}

function TimeToDeploy(): ReactNode {
  const [params, setParams] = useSearchParams();
  const days = parseWindowDays(params.get('days'));
  const team = params.get('team') ?? '';
  const log = useRegistryEvents();
  const set = (key: string, value: string): void => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <QueryState
      query={log}
      what="load the registry's event log"
      skeleton={<SkeletonLines lines={8} height={28} label="Loading time to deploy" />}
      empty={(data) =>
        data.events.length === 0 ? (
          <EmptyState title="The registry's event log is empty.">
            Time to deploy is measured from it: registrations, approvals and deploys appear there as they
            happen.
          </EmptyState>
        ) : undefined
      }
    >
      {(data) => (
        <>
          <div className="toolbar" role="group" aria-label="What to measure">
            <label>
              Period{' '}
              <select className="select" value={days} onChange={(e) => set('days', e.target.value)}>
                {WINDOW_DAYS.map((d) => (
                  <option key={d} value={d}>
                    Last {d} days
                  </option>
                ))}
              </select>
            </label>
            <label>
              Team{' '}
              <select className="select" value={team} onChange={(e) => set('team', e.target.value)}>
                <option value="">Every team</option>
                {[...new Set(data.events.map((e) => e.team))].sort().map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <DeliveryView log={data} days={days} team={team} allReleases={params.get('releases') === 'all'} />
        </>
      )}
    </QueryState>
  );
}

const RELEASES_SHOWN = 15;

function DeliveryView({
  log,
  days,
  team,
  allReleases,
}: {
  log: RegistryEventLog;
  days: number;
  team: string;
  allReleases: boolean;
}): ReactNode {
  const [params] = useSearchParams();
  const allHref = (): string => {
    const next = new URLSearchParams(params);
    next.set('releases', 'all');
    return `?${next.toString()}`;
  };
  const now = useNow();
  const window = useMemo(() => windowEndingNow(days, now), [days, now]);
  const summary = useMemo(
    () => summariseDelivery(team ? log.events.filter((e) => e.team === team) : log.events, window),
    [log, team, window],
  );
  return (
    <>
      <p className="answer" data-testid="delivery-answer">
        {summary.answer}
      </p>
      <p className="answer" data-testid="slowest-stage">
        {summary.slowestStage}
      </p>
      <LogNotes log={log} summary={summary} />
      <KeyFigures summary={summary} />
      <div className="delivery-grid">
        <Panel title="How long versions took" subtitle={`Releases in the last ${days} days`}>
          {summary.metrics.leadTimes.length > 0 ? (
            <LeadTimeDistribution leadTimes={summary.metrics.leadTimes} bands={summary.bands} />
          ) : (
            <EmptyState title="No release in this period has both ends dated." />
          )}
        </Panel>
        <Panel title="Where the time goes" subtitle="Share of the path, summed over the releases">
          {summary.stages.length > 0 ? (
            <StagesTable summary={summary} />
          ) : (
            <EmptyState title="No stage can be timed in this period." />
          )}
        </Panel>
      </div>
      <Panel title="Month by month" subtitle="Calendar months in UTC; the last is partial">
        <TrendTable summary={summary} />
      </Panel>
      <Panel
        title="What is blocked and why"
        subtitle={`${formatInteger(summary.blocked.length)} ${summary.blocked.length === 1 ? 'version waits' : 'versions wait'}`}
      >
        {summary.blocked.length > 0 ? (
          <BlockedTable blocked={summary.blocked} now={now} />
        ) : (
          <EmptyState title="Nothing is waiting on its way to production." />
        )}
      </Panel>
      {!team && (
        <Panel title="By team" subtitle="Slowest median first">
          <TeamsTable teams={summary.byTeam} />
        </Panel>
      )}
      <Panel
        title="Releases"
        subtitle={`${formatInteger(summary.releases.length)} in the last ${days} days, newest first`}
      >
        {summary.releases.length > 0 ? (
          <>
            <ReleasesTable
              releases={allReleases ? summary.releases : summary.releases.slice(0, RELEASES_SHOWN)}
            />
            {!allReleases && (
              <ListCap
                shown={Math.min(RELEASES_SHOWN, summary.releases.length)}
                total={summary.releases.length}
                noun="releases"
                to={allHref()}
                linkText="Show every release"
              />
            )}
          </>
        ) : (
          <EmptyState title="No version reached production in this period." />
        )}
      </Panel>
      {summary.stoppedAt.length > 0 && (
        <Panel
          title="Never reached production"
          subtitle="Versions registered in the period, by where they stopped"
        >
          <ul className="list-plain">
            {summary.stoppedAt.map((s) => (
              <li key={s.step}>
                {formatInteger(s.count)} {s.count === 1 ? 'version' : 'versions'} stopped after{' '}
                {STEP_WORDS[s.step]}
              </li>
            ))}
          </ul>
        </Panel>
      )}
      <BandsNote bands={summary.bands} quote={INDUSTRY_LEAD_TIME_QUOTE} />
    </>
  );
}

function LogNotes({ log, summary }: { log: RegistryEventLog; summary: DeliverySummary }): ReactNode {
  const incomplete = summary.incomplete.length;
  return (
    <>
      {log.truncated && (
        <p className="callout callout--warning" role="status">
          The log holds {log.total === undefined ? 'more events' : `${formatCount(log.total)} events`}; these
          figures come from the newest {formatCount(log.events.length)} only.
        </p>
      )}
      {incomplete > 0 && (
        <p className="callout callout--warning" role="status">
          {formatInteger(incomplete)} {incomplete === 1 ? 'version’s log misses' : 'versions’ logs miss'}{' '}
          steps (for example {summary.incomplete[0]?.modelName} v{summary.incomplete[0]?.version}:{' '}
          {summary.incomplete[0]?.missing.map((s) => STEP_WORDS[s]).join(', ')}); those steps are left out,
          not guessed.
        </p>
      )}
    </>
  );
}

function KeyFigures({ summary }: { summary: DeliverySummary }): ReactNode {
  const { metrics: m, previous: p } = summary;
  const figures = [
    {
      label: 'Median, trained to production',
      value: durationOrDash(m.medianLeadMs),
      trend: durationTrend(m.medianLeadMs, p.medianLeadMs),
    },
    {
      label: '9 in 10 within',
      value: durationOrDash(m.p90LeadMs),
      trend: durationTrend(m.p90LeadMs, p.p90LeadMs),
    },
    { label: 'Releases', value: perWeek(m.perWeek), trend: `${formatInteger(m.deployments)} in all` },
    {
      label: 'Rolled back or caused an incident',
      value: percentOrDash(m.changeFailureRate),
      trend: `${formatInteger(m.failedDeployments)} of ${formatInteger(m.deployments)}`,
    },
    {
      label: 'Time to restore (median)',
      value: durationOrDash(m.medianRestoreMs),
      trend: m.unrestored ? `${m.unrestored} not restored yet` : undefined,
    },
    {
      label: 'Unplanned fixes',
      value: percentOrDash(m.reworkRate),
      trend: `${formatInteger(m.reworkDeployments)} releases`,
    },
  ];
  return (
    <dl className="stat-grid delivery-figures">
      {figures.map((f) => (
        <div key={f.label} className="stat">
          <dt className="stat__label">{f.label}</dt>
          <dd className="stat__value">{f.value}</dd>
          {f.trend && <dd className="muted delivery-figures__trend">{f.trend}</dd>}
        </div>
      ))}
    </dl>
  );
}
