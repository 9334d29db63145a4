import { listInWords } from '../../domain/words';
import { formatDateTime, formatPercent } from '../../ui/format';
import type { DriftAnalysis, FeatureAnalysis } from './compute/analyse-drift';
import { namedResult } from './drift-format';
import { recentDrift } from './recent-drift';

const NAMED = 3;

function scored(feature: FeatureAnalysis): string {
  const { result } = feature;
  return result ? `${feature.name} (${namedResult(result)})` : feature.name;
}

/**
 * The drift view's first sentence, its answer: how many features drifted, which, by how much,
 * and whether that makes the dataset drift. `window` completes "…in {window}".
 */
export function driftAnswer(analysis: DriftAnalysis, window: string): string {
  const { dataset, features } = analysis;
  if (dataset.featureCount === 0) return `No feature could be scored for ${window}.`;
  const drifted = features.filter((f) => f.drifted);
  const lately = latelyDrifting(features.filter((f) => !f.drifted));
  if (drifted.length === 0) {
    return `No drift over ${window} as a whole: none of the ${dataset.featureCount} features moved past its threshold.${lately}`;
  }
  const named = drifted.slice(0, NAMED).map(scored);
  const more = drifted.length - named.length;
  const list = more > 0 ? `${named.join(', ')} and ${more} more` : listInWords(named);
  const head = `${drifted.length} of ${dataset.featureCount} features drifted in ${window}: ${list}.`;
  const verdict = dataset.drifted
    ? ` That is at least ${formatPercent(dataset.driftShare, 0)} of the features: the dataset drifts.`
    : '';
  return head + verdict + lately;
}

/** " Lately, a and b drift: past their thresholds since …": recent drift the window's average hides. */
function latelyDrifting(stable: readonly FeatureAnalysis[]): string {
  const recent = stable.flatMap((f) => {
    const run = recentDrift(f);
    return run ? [{ name: f.name, since: run.since }] : [];
  });
  if (recent.length === 0) return '';
  const since = Math.min(...recent.map((r) => r.since));
  const names = listInWords(recent.map((r) => r.name));
  const verb = recent.length === 1 ? 'drifts' : 'drift';
  return ` Lately ${names} ${verb}: past ${recent.length === 1 ? 'its threshold' : 'their thresholds'} since ${formatDateTime(since)}.`;
}
