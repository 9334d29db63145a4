import { attributeFairness, type AttributeResult } from './attribute-fairness';
import { DEFAULT_FAIRNESS_OPTIONS, type FairnessOptions, type GroupCounts } from './group-counts';

/** The decisions about people in one group of each of two attributes ("18-25" and "north"). */
export interface IntersectionCounts extends Omit<GroupCounts, 'group'> {
  readonly groups: readonly [string, string];
}

export interface IntersectionalGrid {
  readonly attributes: readonly [string, string];
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  /** `cells[row][column]`: undefined where the backend sent no count. */
  readonly cells: readonly (readonly (AttributeResult['groups'][number] | undefined)[])[];
  readonly result: AttributeResult;
}

export const INTERSECTION_SEPARATOR = ' × ';

/**
 * Intersectional groups (Buolamwini & Gebru, "Gender Shades", 2018: a model fair on each attribute
 * alone can fail people in both groups at once): every pair of groups is judged as a group of its
 * own, with the same minimum size, so the small cells that intersections make are "too few to
 * judge" rather than passed or failed.
 */
export function intersectionalGrid(
  attributes: readonly [string, string],
  counts: readonly IntersectionCounts[],
  options: FairnessOptions = DEFAULT_FAIRNESS_OPTIONS,
): IntersectionalGrid {
  const name = (c: IntersectionCounts): string => c.groups.join(INTERSECTION_SEPARATOR);
  const result = attributeFairness(
    {
      attribute: attributes.join(INTERSECTION_SEPARATOR),
      groups: counts.map((c) => ({
        group: name(c),
        size: c.size,
        selected: c.selected,
        confusion: c.confusion,
      })),
    },
    options,
  );
  const rows = [...new Set(counts.map((c) => c.groups[0]))];
  const columns = [...new Set(counts.map((c) => c.groups[1]))];
  const byName = new Map(result.groups.map((g) => [g.group, g]));
  const cells = rows.map((row) =>
    columns.map((column) => byName.get(`${row}${INTERSECTION_SEPARATOR}${column}`)),
  );
  return { attributes, rows, columns, cells, result };
}
