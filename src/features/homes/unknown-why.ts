import type { ModelSummary } from '../../domain/model';
import { formatInteger } from '../../ui/format';

const models = (n: number): string => `${formatInteger(n)} model${n === 1 ? '' : 's'}`;

/** How many reasons to spell out before "and N more": the tile's note stays two lines. */
const SHOWN = 2;

/**
 * Why `count` models have unknown health, from the reasons of those the registry returned:
 * one shared reason once ("No health data: MLflow records none, for 9 models"), else the first
 * few by model ("a: …; b: …; and 7 more").
 */
export function unknownWhy(unknown: readonly Pick<ModelSummary, 'name' | 'health'>[], count: number): string {
  if (unknown.length === 0) return `No health signal for ${models(count)}.`;
  const reasons = new Set(unknown.map((m) => m.health.reason));
  if (reasons.size === 1 && unknown.length === count) {
    return `${[...reasons][0] ?? ''}, for ${count === 1 ? 'this model' : `all ${models(count)}`}.`;
  }
  const shown = unknown.slice(0, SHOWN).map((m) => `${m.name}: ${m.health.reason}`);
  const rest = count - shown.length;
  return `${shown.join('; ')}${rest > 0 ? `; and ${formatInteger(rest)} more` : ''}.`;
}
