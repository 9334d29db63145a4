import type { FleetSummary } from './fleet';
import { listInWords } from './words';

/** The sentences are English, so their numbers are grouped the English way: 10,000. */
const count = (n: number): string => n.toLocaleString('en-US');
const plural = (n: number, one: string, many: string): string => `${count(n)} ${n === 1 ? one : many}`;

/**
 * The portfolio in plain sentences for a stakeholder, written from the data:
 * how many models, how many in production, how many healthy, what needs attention.
 */
export function portfolioNarrative(summary: FleetSummary, maxNamed = 3): string[] {
  const { totalModels, byHealth, byStage } = summary;
  if (totalModels === 0) return ['No models are registered yet, so there is nothing to report.'];

  const overview = summary.partial
    ? `Sightline tracks more than ${plural(totalModels, 'model', 'models')}; of the first ${count(totalModels)} it counted, ${count(byStage.production)} are in production.`
    : `Sightline tracks ${plural(totalModels, 'model', 'models')}, ${byStage.production} of them in production.`;
  const parts = [
    byHealth.healthy > 0 ? `${byHealth.healthy} ${byHealth.healthy === 1 ? 'is' : 'are'} healthy` : '',
    byHealth.warning > 0
      ? `${byHealth.warning} ${byHealth.warning === 1 ? 'has a warning' : 'have warnings'}`
      : '',
    byHealth.critical > 0 ? `${byHealth.critical} ${byHealth.critical === 1 ? 'is' : 'are'} critical` : '',
    byHealth.unknown > 0
      ? `${byHealth.unknown} ${byHealth.unknown === 1 ? 'has' : 'have'} no health data yet`
      : '',
  ].filter(Boolean);
  const health = `${listInWords(parts)}.`;
  const sentences = [`${overview} ${health.charAt(0).toUpperCase()}${health.slice(1)}`];

  const attention = summary.needsAttention.filter(
    (m) => m.health.status === 'critical' || m.health.status === 'warning',
  );
  if (attention.length === 0) {
    sentences.push('Nothing needs attention right now.');
  } else {
    const named = attention.slice(0, maxNamed).map((m) => `${m.name} (${lowerFirst(m.health.reason)})`);
    const more = attention.length - named.length;
    const lead =
      attention.length === 1 ? 'One model needs attention' : `${attention.length} models need attention`;
    sentences.push(
      `${lead}: ${named.join('; ')}${more > 0 ? `; and ${plural(more, 'other', 'others')}` : ''}.`,
    );
  }
  return sentences;
}

function lowerFirst(text: string): string {
  const trimmed = text.replace(/\.$/, '');
  return /^[A-Z][a-z]/.test(trimmed) ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1) : trimmed;
}
