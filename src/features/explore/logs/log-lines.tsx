import { useMemo, useState, type ReactNode } from 'react';
import type { LogLine } from '../../../domain/logs/log-result';
import { distinguishingLabels } from '../../../domain/logs/logql';
import { formatInteger } from '../../../ui/format';
import { levelClass } from './log-levels';

const timeFormat = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  fractionalSecondDigits: 3,
});

/** Shown at first: enough to read, few enough to draw at once; the rest on request. */
const FIRST_PAGE = 200;

/** The lines a log query returned, newest first, each with its level and the labels that tell it apart. */
export function LogLines({ lines, limit }: { lines: readonly LogLine[]; limit: number }): ReactNode {
  const [shown, setShown] = useState(FIRST_PAGE);
  const labelKeys = useMemo(
    () => [...distinguishingLabels(lines)].filter((k) => k !== 'level').sort(),
    [lines],
  );
  const shared = lines[0]
    ? Object.entries(lines[0].labels).filter(([k]) => !labelKeys.includes(k) && k !== 'level')
    : [];
  const visible = lines.slice(0, shown);
  return (
    <section className="explore-logs" aria-label="Log lines, newest first">
      <p className="muted">
        {lines.length >= limit
          ? `The newest ${formatInteger(limit)} lines; there are more in the range: narrow the selector, add a filter such as |= "error", or shorten the range.`
          : `${formatInteger(lines.length)} lines, newest first.`}
        {shared.length > 0 && (
          <>
            {' '}
            Every line has{' '}
            {shared.map(([k, v], i) => (
              <span key={k}>
                {i > 0 && ', '}
                <code>
                  {k}={JSON.stringify(v)}
                </code>
              </span>
            ))}
            .
          </>
        )}
      </p>
      {/* It scrolls on its own: focusable, so a keyboard can scroll it too. */}
      <ol className="explore-logs__lines" tabIndex={0} aria-label="Lines">
        {visible.map((l) => (
          <li key={l.id} className="explore-logs__line">
            <time dateTime={new Date(l.t).toISOString()} className="explore-logs__time">
              {timeFormat.format(l.t)}
            </time>
            <span className={levelClass(l.labels.level)}>{l.labels.level ?? 'no level'}</span>
            {labelKeys.map((k) =>
              l.labels[k] === undefined ? null : (
                <span key={k} className="explore-logs__labels">
                  {k}={l.labels[k]}
                </span>
              ),
            )}
            <code className="explore-logs__text">{l.line}</code>
          </li>
        ))}
      </ol>
      {lines.length > shown && (
        <button
          type="button"
          className="button button--small"
          onClick={() => setShown((n) => n + FIRST_PAGE)}
        >
          Show {formatInteger(Math.min(FIRST_PAGE, lines.length - shown))} more of{' '}
          {formatInteger(lines.length - shown)}
        </button>
      )}
    </section>
  );
}
