import { attributeFairness, type AttributeResult } from '../../../domain/fairness/attribute-fairness';
import { DEFAULT_FAIRNESS_OPTIONS, type FairnessOptions } from '../../../domain/fairness/group-counts';
import { intersectionalGrid, type IntersectionalGrid } from '../../../domain/fairness/intersectional';
import type { GroupCountsReport } from '../../../domain/fairness/report';
import { fairnessVerdict, type FairnessVerdict } from '../../../domain/fairness/verdict';

export interface FairnessAnalysis {
  results: AttributeResult[];
  grids: IntersectionalGrid[];
  verdict: FairnessVerdict;
}

/** Every figure of the Fairness tab, from counts only: its cost grows with groups, never with rows. */
export function analyseFairness(
  report: GroupCountsReport,
  options: FairnessOptions = DEFAULT_FAIRNESS_OPTIONS,
): FairnessAnalysis {
  const results = report.attributes.map((a) => attributeFairness(a, options));
  const grids = report.intersections.map((i) => intersectionalGrid(i.attributes, i.cells, options));
  const verdict = fairnessVerdict(results, {
    decisions: report.decisions,
    window: report.window,
    version: report.version,
    minGroupSize: options.minGroupSize,
  });
  return { results, grids, verdict };
}
