import type { ReactNode } from 'react';
import type { LocalExplanation } from '../../../domain/explanations/explanation';
import { formatDecimal } from '../../../ui/format';
import { waterfallSteps } from '../waterfall';

const signed = (value: number): string => `${value >= 0 ? '+' : '−'}${formatDecimal(Math.abs(value), 3)}`;

function valueText(value: string | number | null | undefined): string {
  if (value === undefined) return '';
  if (value === null) return 'missing';
  return typeof value === 'number' ? formatDecimal(value, Number.isInteger(value) ? 0 : 2) : value;
}

/**
 * From the base value to the prediction, one row per feature: its value, its contribution (signed,
 * with ▲/▼ so colour is not the only signal), a bar from the running total before it to after, and
 * the running total. The table is the chart: screen readers read the same numbers.
 */
export function Waterfall({ local }: { local: LocalExplanation }): ReactNode {
  const { steps, min, max } = waterfallSteps(local);
  const x = (value: number): string => `${((value - min) / (max - min)) * 100}%`;
  const marker = (value: number) => <span className="waterfall__marker" style={{ left: x(value) }} />;
  return (
    <div className="scroll-x">
      <table className="table waterfall">
        <caption className="visually-hidden">
          From the base value {formatDecimal(local.baseValue, 3)} to the prediction{' '}
          {formatDecimal(local.prediction, 3)} ({local.outputSpace})
        </caption>
        <thead>
          <tr>
            <th scope="col">Feature</th>
            <th scope="col">Value</th>
            <th scope="col" className="num">
              Contribution
            </th>
            <th scope="col" className="waterfall__bar-cell">
              <span className="visually-hidden">Bar</span>
            </th>
            <th scope="col" className="num">
              Running total
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Base value</th>
            <td className="muted">average output</td>
            <td className="num" />
            <td aria-hidden="true">
              <span className="waterfall__track">{marker(local.baseValue)}</span>
            </td>
            <td className="num" data-testid="base-value" data-value={local.baseValue}>
              {formatDecimal(local.baseValue, 3)}
            </td>
          </tr>
          {steps.map((s) => {
            const up = s.contribution >= 0;
            return (
              <tr key={s.key}>
                <th scope="row" className="importance__name">
                  {s.label}
                </th>
                <td>{valueText(s.value)}</td>
                <td className="num nowrap" data-testid="contribution" data-value={s.contribution}>
                  <span aria-hidden="true">{up ? '▲ ' : '▼ '}</span>
                  {signed(s.contribution)}
                </td>
                <td aria-hidden="true">
                  <span className="waterfall__track">
                    <span
                      className={`waterfall__bar waterfall__bar--${up ? 'up' : 'down'}`}
                      style={{
                        left: x(Math.min(s.start, s.end)),
                        width: `max(2px, calc(${x(Math.max(s.start, s.end))} - ${x(Math.min(s.start, s.end))}))`,
                      }}
                    />
                  </span>
                </td>
                <td className="num">{formatDecimal(s.end, 3)}</td>
              </tr>
            );
          })}
          <tr className="waterfall__total">
            <th scope="row">Prediction</th>
            <td>{local.outcome}</td>
            <td className="num" />
            <td aria-hidden="true">
              <span className="waterfall__track">{marker(local.prediction)}</span>
            </td>
            <td className="num" data-testid="prediction-value" data-value={local.prediction}>
              {formatDecimal(local.prediction, 3)}
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
