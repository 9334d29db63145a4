import type { ReactNode } from 'react';
import type { BandSet } from '../../domain/delivery/bands';
import { formatInteger, formatPercent } from '../../ui/format';

const DAY = 86_400_000;
const BINS = [
  { label: 'Under a day', below: DAY },
  { label: '1 to 7 days', below: 7 * DAY },
  { label: '7 to 30 days', below: 30 * DAY },
  { label: '1 to 6 months', below: 182 * DAY },
  { label: 'Over 6 months', below: Infinity },
];

/**
 * Lead times in bins that follow the bands' edges, as a table with a bar in each row: it reads
 * the same to a screen reader, on paper and on screen, so it needs no chart library.
 */
export function LeadTimeDistribution({
  leadTimes,
  bands,
}: {
  leadTimes: readonly number[];
  bands: BandSet;
}): ReactNode {
  const counts = BINS.map(
    (bin, i) => leadTimes.filter((t) => t < bin.below && t >= (BINS[i - 1]?.below ?? 0)).length,
  );
  const max = Math.max(1, ...counts);
  return (
    // Focusable, so a keyboard can scroll it where it is wider than its panel.
    <div
      className="scroll-x"
      tabIndex={0}
      role="region"
      aria-label="Time to deploy of the versions that reached production, scrollable"
    >
      <table className="table bars" aria-label="Time to deploy of the versions that reached production">
        <thead>
          <tr>
            <th scope="col">Trained model to production</th>
            <th scope="col">{bands.name} band</th>
            <th scope="col" className="num">
              Versions
            </th>
            <th scope="col" className="num">
              Share
            </th>
            <th scope="col">
              <span className="visually-hidden">Bar</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {BINS.map((bin, i) => {
            const count = counts[i] ?? 0;
            const band = bands.bands.find((b) => bin.below - 1 < b.leadTimeBelowMs);
            return (
              <tr key={bin.label}>
                <th scope="row">{bin.label}</th>
                <td>{bin.below === Infinity ? 'beyond Low' : (band?.label ?? '')}</td>
                <td className="num">{formatInteger(count)}</td>
                <td className="num">{leadTimes.length ? formatPercent(count / leadTimes.length, 0) : '—'}</td>
                <td className="bars__cell" aria-hidden="true">
                  <span className="bars__bar" style={{ width: `${(count / max) * 100}%` }} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
