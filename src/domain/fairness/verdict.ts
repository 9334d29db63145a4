import { isNotDefined } from '../drift/not-defined';
import { listInWords } from '../words';
import type { AttributeResult } from './attribute-fairness';

export interface VerdictContext {
  /** Decisions the counts rest on. */
  readonly decisions: number;
  readonly window: { readonly from: number; readonly to: number };
  /** The model version that made the decisions. */
  readonly version: string;
  readonly minGroupSize: number;
}

export type VerdictStatus = 'fail' | 'pass' | 'too-few' | 'not-defined';

export interface FairnessVerdict {
  readonly status: VerdictStatus;
  readonly sentence: string;
}

const MONTH = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });
const count = new Intl.NumberFormat('en-US');

/** "Nov 1–30", "Oct 28 – Nov 27", "Dec 30, 2026 – Jan 2, 2027": the window the counts cover (UTC days, end inclusive). */
export function windowInWords({ from, to }: { from: number; to: number }): string {
  const start = new Date(from);
  // A window ending at midnight covers the day before.
  const end = new Date(Math.max(from, to - 1));
  const day = (d: Date): string => `${MONTH.format(d)} ${d.getUTCDate()}`;
  if (start.getUTCFullYear() !== end.getUTCFullYear())
    return `${day(start)}, ${start.getUTCFullYear()} – ${day(end)}, ${end.getUTCFullYear()}`;
  if (start.getUTCMonth() !== end.getUTCMonth()) return `${day(start)} – ${day(end)}`;
  if (start.getUTCDate() === end.getUTCDate()) return day(start);
  return `${day(start)}–${end.getUTCDate()}`;
}

const ratio = (value: number): string => value.toFixed(2);

function failClause(result: AttributeResult): string {
  const worst = result.worst;
  if (!worst || isNotDefined(worst.ratio) || !result.reference) return result.attribute;
  return `${result.attribute}: ${worst.group} is selected at ${ratio(worst.ratio.value)} the rate of ${result.reference}`;
}

/**
 * The four-fifths verdict in one sentence a stakeholder can repeat: what passes, what fails and
 * by how much, what cannot be judged and why, and the decisions, window and version it rests on.
 */
export function fairnessVerdict(
  results: readonly AttributeResult[],
  context: VerdictContext,
): FairnessVerdict {
  const of = (status: AttributeResult['status']) => results.filter((r) => r.status === status);
  const [fails, passes, tooFew, undefinedOnes] = [of('fail'), of('pass'), of('too-few'), of('not-defined')];
  const clauses: string[] = [];
  if (passes.length > 0)
    clauses.push(`passes the four-fifths rule for ${listInWords(passes.map((r) => r.attribute))}`);
  if (fails.length > 0)
    clauses.push(
      `${passes.length > 0 ? 'fails' : 'fails the four-fifths rule'} for ${fails.map(failClause).join('; and for ')}`,
    );
  if (tooFew.length > 0)
    clauses.push(
      `${listInWords(tooFew.map((r) => r.attribute))} ${tooFew.length > 1 ? 'have' : 'has'} too few decisions to judge (groups under ${context.minGroupSize})`,
    );
  for (const r of undefinedOnes)
    clauses.push(`the ratio for ${r.attribute} is not defined: ${r.reason ?? 'no reference rate'}`);
  if (clauses.length === 0) clauses.push('no protected attribute was reported');
  const first = clauses.join('; ');
  const sentence = `${first.charAt(0).toUpperCase()}${first.slice(1)}, on ${count.format(context.decisions)} decisions from ${windowInWords(context.window)}, v${context.version}.`;
  const status: VerdictStatus =
    fails.length > 0
      ? 'fail'
      : undefinedOnes.length > 0
        ? 'not-defined'
        : passes.length > 0
          ? 'pass'
          : 'too-few';
  return { status, sentence };
}
