import { healthSeverity, type HealthStatus } from '../health';
import type { CheckResult, QualityCheck, StepRunState } from './types';

/** The one word a node shows: never colour alone. */
export type StepStatusWord =
  | 'Failed'
  | 'Checks failed'
  | 'Late'
  | 'Warning'
  | 'Skipped'
  | 'Running'
  | 'Queued'
  | 'Not run'
  | 'Succeeded';

export interface StepHealth {
  status: HealthStatus;
  word: StepStatusWord;
  /** Every reason, worst first. */
  reasons: readonly string[];
  failedChecks: number;
}

export interface StepHealthInput {
  state: StepRunState;
  checks: readonly QualityCheck[];
  /** When the step's output was last written, and how old it may get. */
  freshness?: { lastWrittenAt?: number; slaMs: number; now: number };
  /** The failed steps upstream, when the step was skipped because of them. */
  blockedBy?: readonly string[];
}

interface Part {
  status: HealthStatus;
  word: StepStatusWord;
  reason: string;
  rank: number;
}

const STATE_PARTS: Record<StepRunState, Omit<Part, 'reason'>> = {
  failed: { status: 'critical', word: 'Failed', rank: 9 },
  // Above Late: a step that never ran says why first (its lateness follows from it).
  skipped: { status: 'warning', word: 'Skipped', rank: 7 },
  running: { status: 'unknown', word: 'Running', rank: 3 },
  queued: { status: 'unknown', word: 'Queued', rank: 2 },
  'not-run': { status: 'unknown', word: 'Not run', rank: 1 },
  succeeded: { status: 'healthy', word: 'Succeeded', rank: 0 },
};

const HOUR = 3_600_000;

function stateReason(input: StepHealthInput): string {
  if (input.state === 'skipped' && input.blockedBy?.length)
    return `Skipped: upstream ${input.blockedBy.length === 1 ? 'step' : 'steps'} ${input.blockedBy.join(', ')} failed`;
  return STATE_PARTS[input.state].word;
}

function freshnessPart(freshness: StepHealthInput['freshness']): Part | undefined {
  if (!freshness) return undefined;
  const { lastWrittenAt, slaMs, now } = freshness;
  if (lastWrittenAt === undefined)
    return { status: 'warning', word: 'Late', rank: 6, reason: 'Never written within its freshness SLA' };
  const age = now - lastWrittenAt;
  if (age <= slaMs) return undefined;
  const hours = (n: number): string => `${Math.round((n / HOUR) * 10) / 10} h`;
  return {
    status: 'warning',
    word: 'Late',
    rank: 6,
    reason: `Output ${hours(age)} old, over its ${hours(slaMs)} freshness SLA`,
  };
}

function checksPart(checks: readonly QualityCheck[]): Part | undefined {
  const worst = (result: CheckResult) => checks.filter((c) => c.result === result);
  const failed = worst('fail');
  if (failed.length > 0)
    return {
      status: 'critical',
      word: 'Checks failed',
      rank: 8,
      reason: failed.map((c) => `${c.name}: expected ${c.expected}, observed ${c.observed}`).join('; '),
    };
  const warned = worst('warn');
  if (warned.length > 0)
    return {
      status: 'warning',
      word: 'Warning',
      rank: 4,
      reason: warned.map((c) => `${c.name}: expected ${c.expected}, observed ${c.observed}`).join('; '),
    };
  return undefined;
}

/**
 * A node's one health: the worst of its run state, its freshness against the SLA and its
 * checks (critical > warning > unknown > healthy; ties by how much the reader must act).
 */
export function stepHealth(input: StepHealthInput): StepHealth {
  const parts: Part[] = [
    { ...STATE_PARTS[input.state], reason: stateReason(input) },
    freshnessPart(input.freshness),
    checksPart(input.checks),
  ].filter((p): p is Part => p !== undefined);
  parts.sort((a, b) => healthSeverity(b.status) - healthSeverity(a.status) || b.rank - a.rank);
  const worst = parts[0] as Part;
  return {
    status: worst.status,
    word: worst.word,
    reasons: parts.filter((p) => p.status !== 'healthy').map((p) => p.reason),
    failedChecks: input.checks.filter((c) => c.result === 'fail').length,
  };
}
