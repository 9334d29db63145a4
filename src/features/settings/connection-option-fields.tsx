import type { ReactNode } from 'react';
import type { ConnectionConfig } from '../../sources/connection-config';
import { kindOf } from '../../sources/kinds';
import { readOption, writeOption, type OptionField } from '../../sources/option-fields';

export interface ConnectionOptionFieldsProps {
  draft: ConnectionConfig;
  /** Every connection, for settings that point at another one. */
  connections: readonly ConnectionConfig[];
  onChange: (options: Record<string, unknown> | undefined) => void;
}

/** The settings of this kind of connection; the first few in view, the rest under "More settings". */
export function ConnectionOptionFields({
  draft,
  connections,
  onChange,
}: ConnectionOptionFieldsProps): ReactNode {
  const fields = kindOf(draft.kind).optionFields;
  if (fields.length === 0) return null;
  const set = (field: OptionField, raw: string): void => {
    const value = field.type === 'number' ? (raw === '' ? undefined : Number(raw)) : raw;
    const next = writeOption(draft.options, field.path, value);
    onChange(Object.keys(next).length ? next : undefined);
  };
  const render = (field: OptionField): ReactNode => (
    <OptionInput
      key={field.path}
      field={field}
      value={readOption(draft.options, field.path)}
      connections={connections}
      onChange={(raw) => set(field, raw)}
    />
  );
  const [first, rest] = [fields.slice(0, 3), fields.slice(3)];
  return (
    <div className="stack" style={{ gap: 8 }}>
      <div className="panel-grid" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))' }}>
        {first.map(render)}
      </div>
      {rest.length > 0 && (
        <details>
          <summary className="muted" style={{ cursor: 'pointer' }}>
            More settings ({rest.length})
          </summary>
          <div
            className="panel-grid"
            style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))', marginTop: 8 }}
          >
            {rest.map(render)}
          </div>
        </details>
      )}
    </div>
  );
}

function OptionInput({
  field,
  value,
  connections,
  onChange,
}: {
  field: OptionField;
  value: unknown;
  connections: readonly ConnectionConfig[];
  onChange: (raw: string) => void;
}): ReactNode {
  const text =
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
  let control: ReactNode;
  if (field.type === 'select' || field.type === 'connection') {
    const choices =
      field.type === 'select'
        ? (field.choices ?? [])
        : connections
            .filter((c) => c.kind === field.connectionKind)
            .map((c) => ({ value: c.id, label: c.name ?? c.id }));
    control = (
      <select className="select" value={text} onChange={(e) => onChange(e.target.value)}>
        <option value="">{field.type === 'connection' ? 'None' : 'Default'}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    );
  } else if (field.type === 'textarea') {
    control = (
      <textarea
        className="input mono"
        rows={3}
        value={text}
        placeholder={field.placeholder}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  } else {
    control = (
      <input
        className="input"
        type={field.type}
        value={text}
        placeholder={field.placeholder}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  return (
    <label className="field">
      <span>{field.label}</span>
      {control}
      {field.help && <span className="muted">{field.help}</span>}
    </label>
  );
}
