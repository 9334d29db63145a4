import { useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { PredictionSummary } from '../../../domain/explanations/explanation';
import { QueryState } from '../../../lib/query-state';
import { useNow } from '../../../lib/use-now';
import { DataTable, type DataColumn } from '../../../ui/data-table';
import { formatDateTime, formatDecimal, formatInteger } from '../../../ui/format';
import { Panel } from '../../../ui/panel';
import { RelativeTime } from '../../../ui/relative-time';
import { SkeletonLines } from '../../../ui/skeleton';
import { usePredictions } from '../api/explanations';
import { CURSOR_PARAM, OUTCOME_PARAM, predictionHref, SEGMENT_PARAM, useSetParams } from '../url-state';

export const PAGE_SIZE = 25;

function columns(params: URLSearchParams, now: number): DataColumn<PredictionSummary>[] {
  return [
    {
      header: 'Prediction',
      rowHeader: true,
      cell: (p) =>
        p.explained ? (
          <Link to={predictionHref(params, p.predictionId)}>{p.predictionId}</Link>
        ) : (
          <span>
            {p.predictionId} <span className="muted">(no explanation kept)</span>
          </span>
        ),
    },
    { header: 'When', cell: (p) => <RelativeTime at={p.at} now={now} /> },
    { header: 'Outcome', cell: (p) => p.outcome },
    { header: 'Segment', cell: (p) => p.segment, hideNarrow: true },
    { header: 'Score', cell: (p) => formatDecimal(p.prediction, 3), numeric: true },
    { header: 'Version', cell: (p) => `v${p.version}`, hideNarrow: true },
  ];
}

function FilterSelect(props: {
  label: string;
  value: string;
  options: readonly string[];
  onChange: (value: string) => void;
}): ReactNode {
  return (
    <label className="row">
      <span className="muted">{props.label}</span>
      <select className="select" value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        <option value="">All</option>
        {props.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The newest predictions first, paged by the backend, filtered by outcome and segment. */
export function RecentPredictionsPanel({ name }: { name: string }): ReactNode {
  const [params] = useSearchParams();
  const setParams = useSetParams();
  const now = useNow();
  const outcome = params.get(OUTCOME_PARAM) ?? undefined;
  const segment = params.get(SEGMENT_PARAM) ?? undefined;
  const cursor = params.get(CURSOR_PARAM) ?? undefined;
  // The cursors of the pages before this one, so "Newer" goes back without the backend's help.
  const [before, setBefore] = useState<string[]>([]);
  const page = usePredictions(name, {
    limit: PAGE_SIZE,
    ...(outcome && { outcome }),
    ...(segment && { segment }),
    ...(cursor && { cursor }),
  });

  const filter = (key: string) => (value: string) => {
    setBefore([]);
    setParams({ [key]: value, [CURSOR_PARAM]: undefined });
  };

  return (
    <Panel title="Recent predictions" subtitle="Newest first; choose one to see why it came out as it did">
      <div className="stack" style={{ gap: 8 }}>
        <div className="predictions-filters">
          <FilterSelect
            label="Outcome"
            value={outcome ?? ''}
            options={page.data?.outcomes ?? []}
            onChange={filter(OUTCOME_PARAM)}
          />
          <FilterSelect
            label="Segment"
            value={segment ?? ''}
            options={page.data?.segments ?? []}
            onChange={filter(SEGMENT_PARAM)}
          />
          {page.data && (
            <span className="muted" role="status">
              {formatInteger(page.data.total)} predictions match
            </span>
          )}
        </div>
        <QueryState
          query={page}
          what={`load the recent predictions of ${name}`}
          skeleton={<SkeletonLines lines={8} height={28} label="Loading recent predictions" />}
        >
          {(data) =>
            data.items.length === 0 ? (
              <p className="muted">
                No prediction matches these filters. Choose “All” to see every outcome and segment.
              </p>
            ) : (
              <div className="stack" style={{ gap: 8 }}>
                <DataTable
                  columns={columns(params, now)}
                  rows={data.items}
                  rowKey={(p) => p.predictionId}
                  caption={`Recent predictions of ${name}, newest first`}
                  captionHidden
                  scroll
                />
                <div className="row">
                  <button
                    type="button"
                    className="button button--small"
                    disabled={!cursor}
                    onClick={() => {
                      const previous = before.at(-1);
                      setBefore(before.slice(0, -1));
                      setParams({ [CURSOR_PARAM]: previous });
                    }}
                  >
                    Newer
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={!data.nextCursor || page.isPlaceholderData}
                    onClick={() => {
                      setBefore([...before, cursor ?? '']);
                      setParams({ [CURSOR_PARAM]: data.nextCursor });
                    }}
                  >
                    Older
                  </button>
                  <span className="muted">
                    {formatDateTime(data.items[0]?.at ?? now)} –{' '}
                    {formatDateTime(data.items.at(-1)?.at ?? now)}
                  </span>
                </div>
              </div>
            )
          }
        </QueryState>
      </div>
    </Panel>
  );
}
