import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { exploreHref } from '../domain/explore/explore-state';
import type { TimeRangeSpec, TimeWindow } from '../domain/time-range';
import { EXPLORE_PATH } from '../lib/paths';
import { useCapability } from '../lib/sources-context';
import { useTimeRangeSpec, useTimeWindow } from '../lib/use-time-range';

export interface ExploreChart {
  title: string;
  queries: string[];
  window: TimeWindow;
}

/**
 * "Open in Explore" on a metrics chart: Explore with the chart's queries, over its range (the global
 * range when the chart follows it, so the link stays live; else the chart's own window, as on an
 * incident), on the chart's connection when that one answers Explore too.
 */
export function OpenInExplore({ chart, model }: { chart: ExploreChart; model?: string }): ReactNode {
  const metrics = useCapability('metrics');
  const spec = useTimeRangeSpec();
  const globalWindow = useTimeWindow();
  const follows = chart.window.from === globalWindow.from && chart.window.to === globalWindow.to;
  const range: TimeRangeSpec = follows
    ? spec
    : { kind: 'absolute', from: chart.window.from, to: chart.window.to };
  const datasource =
    metrics.ok && metrics.source.capabilities.explore ? metrics.source.connectionId : undefined;
  return (
    <Link
      className="button button--small"
      to={exploreHref(chart.queries, range, { datasource, model }, EXPLORE_PATH)}
      aria-label={`Open in Explore: ${chart.title.toLowerCase()}`}
    >
      Open in Explore
    </Link>
  );
}

/** The chart action the app hands the service charts. */
export const exploreAction =
  (model: string) =>
  (chart: ExploreChart): ReactNode => <OpenInExplore chart={chart} model={model} />;
