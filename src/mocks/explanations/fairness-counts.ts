import type { GroupCountsReportWire } from '../../sources/rest/explanations-schemas';
import { DAY, HOUR } from '../fleet/time';

/** A protected attribute as the demo decides it: each group's share of decisions and favourable rate. */
interface AttributeSpec {
  attribute: string;
  reference?: string;
  groups: readonly { group: string; share: number; rate: number }[];
}

interface FairnessSpec {
  rowsPerHour: number;
  /** Share of actual positives (would repay, is legitimate) and precision of the favourable decision. */
  positives: number;
  precision: number;
  attributes: (version: number) => readonly AttributeSpec[];
}

const region = (rates: readonly number[]): AttributeSpec => ({
  attribute: 'region',
  groups: ['north', 'south', 'east', 'west', 'islands'].map((group, i) => ({
    group,
    share: [0.3, 0.3, 0.2, 0.198, 0.002][i] ?? 0,
    rate: rates[i] ?? 0,
  })),
});

/**
 * credit-approval's story (fleet/story.ts): since v5 the youngest applicants are approved at 46 %
 * against 64 % for 40-60, a disparate impact of 0.72; under v4 it was 0.86. The islands region is
 * small, so its crossings with age are too few to judge. transaction-fraud passes.
 */
const SPECS: Readonly<Record<string, FairnessSpec>> = {
  'credit-approval': {
    rowsPerHour: 67,
    positives: 0.62,
    precision: 0.85,
    attributes: (version) => [
      {
        attribute: 'age_group',
        reference: '40-60',
        groups: [
          { group: '18-25', share: 0.2, rate: version >= 5 ? 0.46 : 0.55 },
          { group: '26-39', share: 0.35, rate: 0.58 },
          { group: '40-60', share: 0.3, rate: 0.64 },
          { group: '60+', share: 0.15, rate: 0.6 },
        ],
      },
      region([0.59, 0.6, 0.58, 0.61, 0.57]),
    ],
  },
  'transaction-fraud': {
    rowsPerHour: 2_400,
    positives: 0.97,
    precision: 0.995,
    attributes: () => [
      {
        attribute: 'age_group',
        groups: [
          { group: '18-25', share: 0.22, rate: 0.93 },
          { group: '26-39', share: 0.38, rate: 0.95 },
          { group: '40-60', share: 0.28, rate: 0.955 },
          { group: '60+', share: 0.12, rate: 0.94 },
        ],
      },
      region([0.95, 0.94, 0.95, 0.945, 0.93]),
    ],
  },
};

export const FAIRNESS_MODELS = Object.keys(SPECS);

export function hasFairness(model: string): boolean {
  return model in SPECS;
}

export function knownAttributes(model: string): string[] {
  return SPECS[model]?.attributes(1).map((a) => a.attribute) ?? [];
}

function groupCounts(spec: FairnessSpec, size: number, rate: number) {
  const selected = Math.round(size * rate);
  const tp = Math.min(Math.round(selected * spec.precision), Math.round(size * spec.positives));
  const positives = Math.max(tp, Math.round(size * spec.positives));
  const fp = selected - tp;
  return { size, selected, tp, fp, fn: positives - tp, tn: size - positives - fp };
}

/** The decisions the version made in the window: from its deploy (or 90 days back) until now. */
function decisionsIn(
  spec: FairnessSpec,
  window: { from: number; to: number },
  since: number,
  until: number,
  now: number,
): number {
  const from = Math.max(window.from, since, now - 90 * DAY);
  const to = Math.min(window.to, until, now);
  return Math.max(0, Math.round(((to - from) / HOUR) * spec.rowsPerHour));
}

export function buildGroupCounts(input: {
  model: string;
  version: number;
  /** The version's time in production: [since, until). */
  since: number;
  until: number;
  window: { from: number; to: number };
  now: number;
  attribute?: string;
  intersections: boolean;
}): GroupCountsReportWire | undefined {
  const spec = SPECS[input.model];
  if (!spec) return undefined;
  const decisions = decisionsIn(spec, input.window, input.since, input.until, input.now);
  const all = spec.attributes(input.version);
  const chosen = input.attribute ? all.filter((a) => a.attribute === input.attribute) : all;
  const attributes = chosen.map((a) => {
    let left = decisions;
    return {
      attribute: a.attribute,
      reference: a.reference ?? null,
      groups: a.groups.map((g, i) => {
        const size = i === a.groups.length - 1 ? left : Math.round(decisions * g.share);
        left -= size;
        return { group: g.group, ...groupCounts(spec, size, g.rate) };
      }),
    };
  });
  const [age, place] = all;
  const mean = (place?.groups ?? []).reduce((s, g) => s + g.share * g.rate, 0);
  const crossed =
    input.intersections && age && place && !input.attribute
      ? [
          {
            attributes: [age.attribute, place.attribute] as [string, string],
            cells: age.groups.flatMap((a) =>
              place.groups.map((p) => {
                const size = Math.round(decisions * a.share * p.share);
                return {
                  groups: [a.group, p.group] as [string, string],
                  size,
                  selected: Math.round(size * Math.min(1, a.rate * (p.rate / mean))),
                };
              }),
            ),
          },
        ]
      : [];
  return {
    model: input.model,
    version: String(input.version),
    start: new Date(input.window.from).toISOString(),
    end: new Date(input.window.to).toISOString(),
    decisions,
    attributes,
    intersections: crossed,
  };
}
