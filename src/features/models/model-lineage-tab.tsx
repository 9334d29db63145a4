import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { QueryState } from '../../lib/query-state';
import { EmptyState } from '../../ui/empty-state';
import { Panel } from '../../ui/panel';
import { SkeletonLines } from '../../ui/skeleton';
import { useModel } from './api/model';
import { useRun } from './api/run';
import { useVersions } from '../../lib/queries/versions';
import { LineageView } from './lineage-view';

/** `?version=` picks the version; by default the one in production, else the newest. */
export function ModelLineageTab({ name }: { name: string }): ReactNode {
  const model = useModel(name);
  const versions = useVersions(name);
  const [params, setParams] = useSearchParams();
  const list = versions.data ?? [];
  const version =
    list.find((v) => v.version === params.get('version')) ??
    list.find((v) => v.version === model.data?.productionVersion) ??
    list[0];
  const run = useRun(version?.runId);

  return (
    <Panel
      title="Lineage"
      subtitle="The training run, dataset versions and code behind a version"
      actions={
        list.length > 0 && (
          <label className="row">
            <span className="muted">Version</span>
            <select
              className="select"
              value={version?.version}
              onChange={(event) =>
                setParams((current) => {
                  const next = new URLSearchParams(current);
                  next.set('version', event.target.value);
                  return next;
                })
              }
            >
              {list.map((v) => (
                <option key={v.version} value={v.version}>
                  v{v.version}
                </option>
              ))}
            </select>
          </label>
        )
      }
    >
      <QueryState
        query={versions}
        what={`load the versions of ${name}`}
        skeleton={<SkeletonLines lines={8} height={20} label="Loading lineage" />}
        empty={(all) => (all.length === 0 ? <EmptyState title="No versions registered yet." /> : undefined)}
      >
        {() =>
          !version?.runId ? (
            <EmptyState title={`v${version?.version ?? ''} has no training run recorded.`}>
              Log the model from a tracked run to see its lineage.
            </EmptyState>
          ) : (
            <QueryState
              query={run}
              what={`load training run ${version.runId}`}
              skeleton={<SkeletonLines lines={8} height={20} label="Loading training run" />}
            >
              {(data) => <LineageView version={version} run={data} />}
            </QueryState>
          )
        }
      </QueryState>
    </Panel>
  );
}
