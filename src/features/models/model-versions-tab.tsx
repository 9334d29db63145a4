import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { QueryState } from '../../lib/query-state';
import { EmptyState } from '../../ui/empty-state';
import { Panel } from '../../ui/panel';
import { SkeletonLines } from '../../ui/skeleton';
import { useModel } from './api/model';
import { useVersions } from '../../lib/queries/versions';
import { modelPath } from '../../lib/paths';
import { VersionsTimeline } from './versions-timeline';

export function ModelVersionsTab({ name }: { name: string }): ReactNode {
  const model = useModel(name);
  const versions = useVersions(name);
  const [params] = useSearchParams();
  const href = (tab: string, extra: Record<string, string>): string => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(extra)) next.set(k, v);
    return `${modelPath(name, tab)}?${next.toString()}`;
  };
  return (
    <Panel title="Versions" subtitle="Newest first, with aliases, stage and key metrics">
      <QueryState
        query={versions}
        what={`load the versions of ${name}`}
        skeleton={<SkeletonLines lines={6} height={28} label="Loading versions" />}
        empty={(list) => (list.length === 0 ? <EmptyState title="No versions registered yet." /> : undefined)}
      >
        {(list) => (
          <VersionsTimeline
            versions={list}
            task={model.data?.task ?? 'classification'}
            lineageHref={(version) => href('lineage', { version })}
            compareHref={(a, b) => href('compare', { a, b })}
          />
        )}
      </QueryState>
    </Panel>
  );
}
