import { useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { DEFAULT_FAIRNESS_OPTIONS } from '../../../domain/fairness/group-counts';
import { adviseMetric } from '../../../domain/fairness/metric-guide';
import type { GroupCountsReport } from '../../../domain/fairness/report';
import { PanelBoundary } from '../../../lib/panel-boundary';
import { QueryError } from '../../../lib/query-state';
import { EmptyState } from '../../../ui/empty-state';
import { Panel } from '../../../ui/panel';
import { SkeletonLines } from '../../../ui/skeleton';
import { useGroupCounts } from '../api/fairness';
import { notFoundMessage } from '../not-found';
import { AttributeSection } from './attribute-section';
import { analyseFairness } from './compute-fairness';
import { FAIRNESS_WINDOW_PARAM, FAIRNESS_WINDOWS, useFairnessWindow } from './fairness-window';
import { VerdictBadge } from './fairness-format';
import { IntersectionGrid } from './intersection-grid';
import '../explanations.css';

function FairnessReport({ report }: { report: GroupCountsReport }): ReactNode {
  const analysis = useMemo(() => analyseFairness(report), [report]);
  const band = DEFAULT_FAIRNESS_OPTIONS.band;
  return (
    <div className="stack">
      <p className="answer fairness-verdict" data-testid="fairness-verdict">
        <VerdictBadge status={analysis.verdict.status} /> {analysis.verdict.sentence}
      </p>
      <p className="muted">
        The four-fifths rule compares each group&apos;s selection rate with the reference group&apos;s; a
        ratio outside {band[0]}–{band[1]} fails. Groups with fewer than{' '}
        {DEFAULT_FAIRNESS_OPTIONS.minGroupSize} decisions are too few to judge and are never passed or failed.
      </p>
      {analysis.results.map((result) => (
        <AttributeSection key={result.attribute} result={result} band={band} />
      ))}
      {analysis.grids.map((grid) => (
        <section key={grid.attributes.join('×')} className="stack" style={{ gap: 8 }}>
          <h3>Intersectional groups</h3>
          <IntersectionGrid grid={grid} />
        </section>
      ))}
      <details className="callout">
        <summary>Which metric fits this decision?</summary>
        <ul>
          {(['assistive', 'punitive'] as const).map((kind) => {
            const advice = adviseMetric(kind);
            return (
              <li key={kind}>
                <strong>
                  {kind === 'assistive' ? 'Assistive (approve, offer)' : 'Punitive (refer, hold, deny)'}:
                </strong>{' '}
                {advice.metric.replaceAll('-', ' ')}, because {advice.why}.
              </li>
            );
          })}
          <li>
            <strong>Representation:</strong> {adviseMetric('assistive', true).why}: demographic parity.
          </li>
        </ul>
        <p className="muted">After the Aequitas fairness tree.</p>
      </details>
    </div>
  );
}

function FairnessBody({ name }: { name: string }): ReactNode {
  const { window } = useFairnessWindow();
  const [params] = useSearchParams();
  const version = params.get('version') ?? undefined;
  const counts = useGroupCounts({ model: name, ...(version && { version }) }, window);
  if (counts.isPending)
    return <SkeletonLines lines={10} height={24} label="Loading the decisions per group" />;
  if (counts.isError) {
    const missing = notFoundMessage(counts.error);
    if (missing)
      return (
        <EmptyState title={missing}>
          Fairness appears once the backend counts decisions per protected attribute for this model.
        </EmptyState>
      );
    return <QueryError query={counts} what={`load the decisions per group of ${name}`} />;
  }
  return <FairnessReport report={counts.data} />;
}

function WindowSelect(): ReactNode {
  const { days } = useFairnessWindow();
  const [, setParams] = useSearchParams();
  return (
    <label className="row">
      <span className="muted">Window</span>
      <select
        className="select"
        value={days}
        onChange={(event) =>
          setParams((current) => {
            const next = new URLSearchParams(current);
            next.set(FAIRNESS_WINDOW_PARAM, event.target.value);
            return next;
          })
        }
      >
        {FAIRNESS_WINDOWS.map((d) => (
          <option key={d} value={d}>
            Last {d} days
          </option>
        ))}
      </select>
    </label>
  );
}

/** The Fairness tab: the verdict in words, then the evidence per protected attribute. */
export function FairnessTab({ name }: { name: string }): ReactNode {
  return (
    <Panel
      title="Fairness"
      subtitle="Selection rates per protected group, with intervals"
      actions={<WindowSelect />}
    >
      <PanelBoundary label="The fairness evidence">
        <FairnessBody name={name} />
      </PanelBoundary>
    </Panel>
  );
}
