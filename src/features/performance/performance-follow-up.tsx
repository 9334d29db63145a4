import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { modelPath } from '../../lib/paths';
import { useTimeRangeSpec, useTimeWindow } from '../../lib/use-time-range';
import { usePerformance } from './api/performance';
import { describeWindow } from '../../ui/describe-window';
import { describeChangeIn, headlineChange } from './performance-answer';

/** One line under the drift answer: did performance follow? Silent until (and unless) it knows. */
export function PerformanceFollowUp({
  name,
  version,
  measured,
}: {
  name: string;
  /** The version asked for; undefined asks for production. */
  version?: string;
  /** The version the drift report measured, named in the sentence. */
  measured?: string;
}): ReactNode {
  const performance = usePerformance(name, version);
  const [params] = useSearchParams();
  const windowLabel = describeWindow(useTimeRangeSpec(), useTimeWindow());
  if (!performance.data) return null;
  const change = headlineChange(performance.data);
  const link = (
    <Link to={{ pathname: modelPath(name, 'performance'), search: params.toString() }}>
      Performance over time
    </Link>
  );
  return (
    <p className="muted" data-testid="performance-follow-up">
      {change
        ? `${describeChangeIn(change, performance.data, windowLabel, measured ?? version)}. `
        : 'No labels have arrived for this window yet. '}
      {link}
    </p>
  );
}
