import { useId, useState, type ReactNode } from 'react';
import { isRelativeRange, type TimeRangeSpec } from '../../domain/time-range';
import { useClock } from '../../lib/use-now';
import { useSetTimeRange, useTimeRangeSpec } from '../../lib/use-time-range';

const OPTIONS = [
  { value: '1h', label: 'Last 1 hour' },
  { value: '24h', label: 'Last 24 hours' },
  { value: '7d', label: 'Last 7 days' },
  { value: '30d', label: 'Last 30 days' },
  { value: 'custom', label: 'Custom…' },
] as const;

const short = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

function formatRange(from: number, to: number): string {
  return `${short.format(from)} – ${short.format(to)}`;
}

/** `datetime-local` wants local time without a zone. */
function toLocalInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The one time range that drives every chart; kept in the URL. */
export function TimeRangePicker(): ReactNode {
  const spec = useTimeRangeSpec();
  const setRange = useSetTimeRange();
  const [editing, setEditing] = useState(false);
  const selected = editing || spec.kind === 'absolute' ? 'custom' : spec.range;
  return (
    <div className="row" style={{ gap: 8 }}>
      <label className="header-field">
        <span>Time range</span>
        <select
          className="select"
          value={selected}
          onChange={(event) => {
            const value = event.target.value;
            if (isRelativeRange(value)) {
              setEditing(false);
              setRange({ kind: 'relative', range: value });
            } else {
              setEditing(true);
            }
          }}
        >
          {OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      {selected === 'custom' && !editing && spec.kind === 'absolute' && (
        <button
          type="button"
          className="button custom-range__summary"
          onClick={() => setEditing(true)}
          aria-label={`Custom range ${formatRange(spec.from, spec.to)}; edit`}
        >
          {formatRange(spec.from, spec.to)}
        </button>
      )}
      {selected === 'custom' && (editing || spec.kind !== 'absolute') && (
        <CustomRange
          spec={spec}
          onApply={(next) => {
            setEditing(false);
            setRange(next);
          }}
        />
      )}
    </div>
  );
}

function CustomRange({
  spec,
  onApply,
}: {
  spec: TimeRangeSpec;
  onApply: (spec: TimeRangeSpec) => void;
}): ReactNode {
  const clock = useClock();
  // Lazy initial state: the clock is read once, when the form opens.
  const [from, setFrom] = useState(() =>
    toLocalInput(spec.kind === 'absolute' ? spec.from : clock.now() - 86_400_000),
  );
  const [to, setTo] = useState(() => toLocalInput(spec.kind === 'absolute' ? spec.to : clock.now()));
  const errorId = useId();
  const fromMs = Date.parse(from);
  const toMs = Date.parse(to);
  const invalid = !(fromMs < toMs);
  return (
    <form
      className="row custom-range"
      style={{ gap: 8 }}
      onSubmit={(event) => {
        event.preventDefault();
        if (!invalid) onApply({ kind: 'absolute', from: fromMs, to: toMs });
      }}
    >
      <label className="header-field">
        <span>From</span>
        <input
          className="input"
          type="datetime-local"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          aria-describedby={errorId}
        />
      </label>
      <label className="header-field">
        <span>To</span>
        <input
          className="input"
          type="datetime-local"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          aria-describedby={errorId}
        />
      </label>
      <button type="submit" className="button" disabled={invalid}>
        Apply
      </button>
      <span id={errorId} className="field-error" aria-live="polite">
        {invalid ? 'The start must be before the end.' : ''}
      </span>
    </form>
  );
}
