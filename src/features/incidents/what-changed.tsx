import type { ReactNode } from 'react';
import type { DeploymentSnapshot } from '../../domain/incident';
import { diffRecords } from '../../domain/version-diff';

/** The deployment before and after the incident began: version, traffic, replicas, configuration. */
export function WhatChanged({
  before,
  after,
}: {
  before: DeploymentSnapshot[];
  after: DeploymentSnapshot[];
}): ReactNode {
  const ids = [...new Set([...before, ...after].map((s) => s.deploymentId))];
  if (ids.length === 0)
    return <p className="muted">The backend recorded no deployment state for this incident.</p>;
  return (
    <div className="stack">
      {ids.map((id) => {
        const b = before.find((s) => s.deploymentId === id);
        const a = after.find((s) => s.deploymentId === id);
        const rows = diffRecords<string>(
          {
            version: b ? `v${b.version}` : '—',
            traffic: b ? `${b.trafficPercent} %` : '—',
            replicas: b ? String(b.replicas) : '—',
            ...prefixed(b?.config),
          },
          {
            version: a ? `v${a.version}` : '—',
            traffic: a ? `${a.trafficPercent} %` : '—',
            replicas: a ? String(a.replicas) : '—',
            ...prefixed(a?.config),
          },
        );
        const changed = rows.filter((r) => r.changed);
        return (
          <div key={id}>
            <p>
              <strong>{id}</strong>:{' '}
              {changed.length === 0
                ? 'nothing changed at the start of the incident.'
                : `${changed.length} change${changed.length === 1 ? '' : 's'}: ${changed.map((r) => r.key).join(', ')}.`}
            </p>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Setting</th>
                  <th scope="col">Before</th>
                  <th scope="col">After</th>
                </tr>
              </thead>
              <tbody>
                {[...changed, ...rows.filter((r) => !r.changed)].map((r) => (
                  <tr key={r.key} className={r.changed ? 'diff-row' : undefined}>
                    <th scope="row">
                      <code>{r.key}</code>
                      {r.changed && <span className="visually-hidden"> (changed)</span>}
                    </th>
                    <td className="mono">{r.a ?? '—'}</td>
                    <td className="mono">{r.b ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}

function prefixed(config: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(config ?? {}).map(([k, v]) => [`config.${k}`, v]));
}
