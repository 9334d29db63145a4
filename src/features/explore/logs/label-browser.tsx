import { useId, useState, type ReactNode } from 'react';
import type { TimeWindow } from '../../../domain/time-range';
import { describeError } from '../../../lib/describe-error';
import type { Logs } from '../../../sources/logs-capability';
import type { Source } from '../../../sources/source';
import { useLogLabels } from '../api/logs-query';

/** Builds a stream selector from what the connection holds: a label, then one of its values. */
export function LabelBrowser(props: {
  logs: Logs;
  source: Source;
  window: TimeWindow;
  onAdd: (matcher: string) => void;
}): ReactNode {
  const [label, setLabel] = useState('');
  const [value, setValue] = useState('');
  const names = useLogLabels(props.logs, props.source, props.window);
  const values = useLogLabels(props.logs, props.source, props.window, label);
  const id = useId();
  const failed = names.isError ? names.error : values.isError ? values.error : undefined;
  return (
    <div className="explore-pane__actions" role="group" aria-label="Build a stream selector">
      <label className="explore-inline" htmlFor={`${id}-label`}>
        <span>Label</span>
        <select
          id={`${id}-label`}
          value={label}
          disabled={!names.data}
          onChange={(event) => {
            setLabel(event.target.value);
            setValue('');
          }}
        >
          <option value="">{names.isPending ? 'Loading labels…' : 'Choose a label'}</option>
          {(names.data ?? []).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label className="explore-inline" htmlFor={`${id}-value`}>
        <span>Value</span>
        <select
          id={`${id}-value`}
          value={value}
          disabled={!label || !values.data}
          onChange={(event) => setValue(event.target.value)}
        >
          <option value="">{label && values.isPending ? 'Loading values…' : 'Choose a value'}</option>
          {(label ? (values.data ?? []) : []).map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button button--small"
        disabled={!label || !value}
        onClick={() => props.onAdd(`${label}=${JSON.stringify(value)}`)}
      >
        Add to query
      </button>
      {failed !== undefined && (
        <span className="field-error" role="status">
          Labels unavailable: {describeError(failed).detail}{' '}
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => void (names.isError ? names.refetch() : values.refetch())}
          >
            Retry
          </button>
        </span>
      )}
    </div>
  );
}
