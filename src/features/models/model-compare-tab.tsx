import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { QueryState } from '../../lib/query-state';
import { EmptyState } from '../../ui/empty-state';
import { Panel } from '../../ui/panel';
import { SkeletonLines } from '../../ui/skeleton';
import { useModel } from './api/model';
import { useVersions } from '../../lib/queries/versions';
import { VersionCompare } from './version-compare';

/** `?a=&b=` pick the versions; by default the production version against the newest. */
export function ModelCompareTab({ name }: { name: string }): ReactNode {
  const model = useModel(name);
  const versions = useVersions(name);
  const [params, setParams] = useSearchParams();
  return (
    <Panel title="Compare versions" subtitle="Parameters and metrics side by side; differences highlighted">
      <QueryState
        query={versions}
        what={`load the versions of ${name}`}
        skeleton={<SkeletonLines lines={8} height={24} label="Loading versions" />}
        empty={(list) =>
          list.length < 2 ? <EmptyState title="Only one version: nothing to compare yet." /> : undefined
        }
      >
        {(list) => {
          const newest = list[0];
          if (!newest) return null;
          const production = list.find((v) => v.version === model.data?.productionVersion);
          const fallbackA = production && production !== newest ? production : (list[1] ?? newest);
          const a = list.find((v) => v.version === params.get('a')) ?? fallbackA;
          const b = list.find((v) => v.version === params.get('b')) ?? newest;
          return (
            <VersionCompare
              versions={list}
              a={a}
              b={b}
              task={model.data?.task ?? 'classification'}
              onChange={(nextA, nextB) =>
                setParams((current) => {
                  const next = new URLSearchParams(current);
                  next.set('a', nextA);
                  next.set('b', nextB);
                  return next;
                })
              }
            />
          );
        }}
      </QueryState>
    </Panel>
  );
}
