import { useMutation } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { describeError } from '../../lib/describe-error';
import { CONNECTION_ID_PATTERN, urlProblem, type ConnectionConfig } from '../../sources/connection-config';
import { kindOf, SOURCE_KINDS, takesUrl, type ConnectionKind } from '../../sources/kinds';
import { createSource } from '../../sources/select-source';
import { heldToken } from '../../stores/connections-store';
import { CheckResult } from './check-result';
import { ConnectionOptionFields } from './connection-option-fields';

export interface ConnectionFormProps {
  initial?: ConnectionConfig;
  connections: readonly ConnectionConfig[];
  takenIds: string[];
  /** Whether this tab holds a token for the connection being edited (never shown, only kept or forgotten). */
  holdsToken?: boolean;
  onSave: (connection: ConnectionConfig, options: { forgetToken: boolean }) => void;
  onCancel: () => void;
}

function validate(draft: ConnectionConfig, takenIds: string[]): Partial<Record<'id' | 'url', string>> {
  const errors: Partial<Record<'id' | 'url', string>> = {};
  if (!CONNECTION_ID_PATTERN.test(draft.id)) errors.id = 'Use letters, digits, "-" or "_".';
  else if (takenIds.includes(draft.id)) errors.id = `"${draft.id}" is already used by another connection.`;
  const problem = draft.url?.trim() ? urlProblem(draft.url) : undefined;
  if (takesUrl(draft.kind) && !draft.url?.trim())
    errors.url = 'A URL is required for this kind of connection.';
  else if (takesUrl(draft.kind) && problem) errors.url = `The URL ${problem}.`;
  return errors;
}

/** Add or edit a connection. What the user typed stays put when a test fails. */
export function ConnectionForm({
  initial,
  connections,
  takenIds,
  holdsToken = false,
  onSave,
  onCancel,
}: ConnectionFormProps): ReactNode {
  const [draft, setDraft] = useState<ConnectionConfig>(() => {
    if (!initial) return { id: '', kind: 'sightline', url: '' };
    // A held token is never put back on screen: an empty field keeps it, a typed one replaces it.
    const { token: _token, ...withoutToken } = initial;
    return withoutToken;
  });
  const [forgetToken, setForgetToken] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const ids = { id: useId(), url: useId(), token: useId(), tokenInput: useId() };
  const errors = validate(draft, takenIds);
  const test = useMutation({
    mutationFn: (connection: ConnectionConfig) => createSource(connection).check(AbortSignal.timeout(20_000)),
  });
  const update = (change: Partial<ConnectionConfig>): void => setDraft((d) => ({ ...d, ...change }));
  // "Test" tries the connection as it would be saved: with the held token unless one was typed or forgotten.
  const withHeldToken = (connection: ConnectionConfig): ConnectionConfig => {
    const token = connection.token ?? (initial && !forgetToken ? heldToken(initial.id) : undefined);
    return token ? { ...connection, token } : connection;
  };

  return (
    <form
      className="stack"
      aria-label={initial ? `Edit connection ${initial.id}` : 'Add a connection'}
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (Object.keys(errors).length === 0)
          onSave(
            { ...draft, url: takesUrl(draft.kind) ? draft.url?.trim() : undefined },
            { forgetToken: holdsToken && forgetToken },
          );
      }}
    >
      <div className="panel-grid" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))' }}>
        <label className="field">
          <span>Kind</span>
          <select
            className="select"
            value={draft.kind}
            onChange={(e) => update({ kind: e.target.value as ConnectionKind })}
          >
            {SOURCE_KINDS.map((kind) => (
              <option key={kind.id} value={kind.id}>
                {kind.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>ID</span>
          <input
            className="input"
            value={draft.id}
            onChange={(e) => update({ id: e.target.value })}
            aria-invalid={submitted && Boolean(errors.id)}
            aria-describedby={ids.id}
            required
          />
          <span id={ids.id} className="field-error">
            {submitted ? errors.id : ''}
          </span>
        </label>
        <label className="field">
          <span>Display name</span>
          <input
            className="input"
            value={draft.name ?? ''}
            onChange={(e) => update({ name: e.target.value || undefined })}
          />
        </label>
        {takesUrl(draft.kind) && (
          <label className="field">
            <span>URL</span>
            <input
              className="input"
              value={draft.url ?? ''}
              placeholder={kindOf(draft.kind).urlPlaceholder}
              onChange={(e) => update({ url: e.target.value })}
              aria-invalid={submitted && Boolean(errors.url)}
              aria-describedby={ids.url}
            />
            <span id={ids.url} className="field-error">
              {submitted ? errors.url : ''}
            </span>
          </label>
        )}
        {takesUrl(draft.kind) && (
          <div className="field">
            <label className="field" htmlFor={ids.tokenInput}>
              <span>Token (optional)</span>
              <input
                id={ids.tokenInput}
                className="input"
                type="password"
                autoComplete="off"
                value={draft.token ?? ''}
                onChange={(e) => update({ token: e.target.value || undefined })}
                aria-describedby={ids.token}
              />
            </label>
            <span id={ids.token} className="muted">
              {holdsToken
                ? 'A token is held for this tab: leave empty to keep it, or type a new one. Never saved.'
                : 'Kept in memory for this tab only; never saved.'}
            </span>
            {holdsToken && (
              <label className="checkbox-line">
                <input
                  type="checkbox"
                  checked={forgetToken}
                  disabled={Boolean(draft.token)}
                  onChange={(e) => setForgetToken(e.target.checked)}
                />
                Forget the held token
              </label>
            )}
          </div>
        )}
      </div>
      <ConnectionOptionFields
        draft={draft}
        connections={connections}
        onChange={(options) => update({ options })}
      />
      <div className="row">
        <button type="submit" className="button button--primary">
          Save connection
        </button>
        <button
          type="button"
          className="button"
          disabled={test.isPending || Object.keys(errors).length > 0}
          onClick={() => test.mutate(withHeldToken(draft))}
        >
          {test.isPending ? 'Testing…' : 'Test'}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {test.data && <CheckResult check={test.data} />}
      {test.error && <p className="field-error">{describeError(test.error).detail}</p>}
    </form>
  );
}
