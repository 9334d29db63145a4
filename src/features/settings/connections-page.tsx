import { useState, type ReactNode } from 'react';
import { useSourceSet } from '../../lib/sources-context';
import { CAPABILITY_LABELS, CAPABILITY_NAMES } from '../../sources/capabilities';
import type { ConnectionConfig } from '../../sources/connection-config';
import { kindOf } from '../../sources/kinds';
import {
  connectionsActions,
  holdsToken,
  useEffectiveConfig,
  useIsEdited,
} from '../../stores/connections-store';
import { PageTitle } from '../../ui/page-title';
import { Panel } from '../../ui/panel';
import { ConnectionForm } from './connection-form';
import { ConnectionRow } from './connection-row';

/** Connection IDs are letters, digits, - and _, so this never names one. */
const NEW_CONNECTION = ' new';

/** Settings → Connections: the backends Sightline reads, and which one answers each capability. */
export function ConnectionsPage(): ReactNode {
  const config = useEffectiveConfig();
  const edited = useIsEdited();
  const { assignments, sources } = useSourceSet();
  const [editing, setEditing] = useState<string | null>(null);
  const ids = config.connections.map((c) => c.id);

  const save = (
    connection: ConnectionConfig,
    options: { forgetToken: boolean },
    previousId?: string,
  ): void => {
    connectionsActions.save(connection, previousId, options);
    setEditing(null);
  };

  return (
    <div className="stack">
      <PageTitle title="Connections" />
      <p className="muted" style={{ maxWidth: '80ch' }}>
        Sightline owns no data: it reads your model registry, metrics, alerts and platform through these
        connections.
        {edited ? ' You have changed the deployment’s preset.' : ' These come from the deployment’s preset.'}
      </p>
      <Panel
        title="Connections"
        actions={
          <span className="row">
            {edited && (
              <button type="button" className="button" onClick={connectionsActions.resetToPreset}>
                Reset to preset
              </button>
            )}
            <button
              type="button"
              className="button button--primary"
              onClick={() => setEditing(NEW_CONNECTION)}
              disabled={editing === NEW_CONNECTION}
            >
              Add connection
            </button>
          </span>
        }
      >
        {editing === NEW_CONNECTION && (
          <ConnectionForm
            connections={config.connections}
            takenIds={ids}
            onSave={(c, options) => save(c, options)}
            onCancel={() => setEditing(null)}
          />
        )}
        <ul className="list-plain">
          {config.connections.map((connection) => {
            const source = sources.get(connection.id);
            return editing === connection.id ? (
              <li key={connection.id} className="panel">
                <ConnectionForm
                  initial={connection}
                  connections={config.connections}
                  takenIds={ids.filter((id) => id !== connection.id)}
                  holdsToken={holdsToken(connection.id)}
                  onSave={(c, options) => save(c, options, connection.id)}
                  onCancel={() => setEditing(null)}
                />
              </li>
            ) : (
              <ConnectionRow
                key={connection.id}
                connection={connection}
                source={source}
                answering={CAPABILITY_NAMES.filter((c) => assignments[c] === connection.id)}
                onEdit={() => setEditing(connection.id)}
                onRemove={() => connectionsActions.remove(connection.id)}
                canRemove={config.connections.length > 1}
              />
            );
          })}
        </ul>
      </Panel>
      <Panel title="Who answers what" subtitle="Each capability is answered by one connection">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Capability</th>
              <th scope="col">Connection</th>
            </tr>
          </thead>
          <tbody>
            {CAPABILITY_NAMES.map((capability) => {
              const able = config.connections.filter((c) => kindOf(c.kind).capabilities.includes(capability));
              return (
                <tr key={capability}>
                  <th scope="row">{CAPABILITY_LABELS[capability]}</th>
                  <td>
                    {able.length === 0 ? (
                      <span className="muted">No connection can answer this.</span>
                    ) : (
                      <select
                        className="select"
                        aria-label={`Connection for ${CAPABILITY_LABELS[capability]}`}
                        value={assignments[capability] ?? ''}
                        onChange={(e) => connectionsActions.assign(capability, e.target.value)}
                      >
                        {able.map((c) => (
                          <option key={c.id} value={c.id}>
                            {c.name ?? c.id}
                          </option>
                        ))}
                      </select>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Panel>
    </div>
  );
}
