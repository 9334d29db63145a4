import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { methodLabel } from '../../../domain/explanations/explanation';
import { useVersions } from '../../../lib/queries/versions';
import { QueryState } from '../../../lib/query-state';
import { formatInteger } from '../../../ui/format';
import { Panel } from '../../../ui/panel';
import { SkeletonLines } from '../../../ui/skeleton';
import { useGlobalAttributions } from '../api/explanations';
import { ImportanceBars } from './importance-bars';

export const VERSION_PARAM = 'version';

/** Which features the model leans on, for a version and the one before it side by side. */
export function GlobalImportancePanel({ name }: { name: string }): ReactNode {
  const [params, setParams] = useSearchParams();
  const chosen = params.get(VERSION_PARAM) ?? undefined;
  const current = useGlobalAttributions({ model: name, ...(chosen && { version: chosen }) });
  const versions = useVersions(name);
  const version = current.data?.version;
  const previousVersion = version && Number(version) > 1 ? String(Number(version) - 1) : undefined;
  const previous = useGlobalAttributions(
    { model: name, version: previousVersion ?? '' },
    previousVersion !== undefined,
  );

  return (
    <Panel
      title="Global importance"
      subtitle={
        current.data &&
        `${methodLabel(current.data.method)}, mean |attribution| over ${formatInteger(current.data.sampleSize)} predictions`
      }
      actions={
        (versions.data?.length ?? 0) > 0 && (
          <label className="row">
            <span className="muted">Version</span>
            <select
              className="select"
              value={version ?? ''}
              onChange={(event) =>
                setParams((p) => {
                  const next = new URLSearchParams(p);
                  next.set(VERSION_PARAM, event.target.value);
                  return next;
                })
              }
            >
              {versions.data?.map((v) => (
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
        query={current}
        what={`load the global attributions of ${name}`}
        skeleton={<SkeletonLines lines={6} height={28} label="Loading global importance" />}
      >
        {(data) =>
          data.problem ? (
            <p className="callout callout--warning" role="status">
              {data.problem.message}
            </p>
          ) : (
            <div className="stack" style={{ gap: 8 }}>
              <p className="answer">
                v{data.version} leans most on {data.features[0]?.feature ?? 'no feature'}
                {data.features[1] && `, then ${data.features[1].feature}`}.
              </p>
              <ImportanceBars
                features={data.features}
                previous={previous.data?.features}
                versions={{
                  current: data.version,
                  ...(previous.data && { previous: previous.data.version }),
                }}
              />
            </div>
          )
        }
      </QueryState>
    </Panel>
  );
}
