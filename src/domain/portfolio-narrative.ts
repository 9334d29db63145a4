import type { FleetSummary } from './fleet';
import type { ModelSummary } from './model';
import { glossaryFor, type GlossaryEntry } from './report/glossary';

/** The sentences are English, so their numbers are grouped the English way: 10,000. */
const count = (n: number): string => n.toLocaleString('en-US');

/** The portfolio for a stakeholder: short plain sentences, and the measurements behind them apart. */
export interface PlainSummary {
  sentences: string[];
  /** Where the sentences about what needs attention begin (the overview comes before). */
  attentionFrom: number;
  /** Each named model's reason as the monitoring states it, statistics and all. */
  measures: { model: string; detail: string }[];
  /** The statistics those reasons name, each with a one-line meaning. */
  glossary: GlossaryEntry[];
}

/** What a technical reason means for the business, in plain words; the first two that apply. */
const PLAIN_CAUSES: readonly [RegExp, string][] = [
  [/disparate impact|fairness|parity|gap between|bias/i, 'it may treat some groups of people unequally'],
  [/drift|PSI|\bJS\b|distance|new category|unseen/i, 'the data it sees has changed since it was trained'],
  [
    /latency|error budget|error-budget|SLO|burn|errors|timeout/i,
    'it has been slow or failing for some requests',
  ],
  [/validation|pipeline|failed|failing/i, 'its latest update failed a quality check'],
  [/accuracy|AUC|RMSE|MAE|precision|recall|NDCG/i, 'its predictions have become less accurate'],
  [/days old|stale|training data/i, 'it learned from old data'],
  [/alert/i, 'its alarms are going off'],
];

export function plainCause(model: ModelSummary): string {
  const causes = PLAIN_CAUSES.filter(([pattern]) => pattern.test(model.health.reason)).map(
    ([, words]) => words,
  );
  if (causes.length === 0)
    return model.health.status === 'critical' ? 'it is not working as it should' : 'it needs a closer look';
  return causes.slice(0, 2).join(', and ');
}

function healthSentences({ byHealth }: FleetSummary): string[] {
  const sentences: string[] = [];
  if (byHealth.healthy > 0)
    sentences.push(`${count(byHealth.healthy)} ${byHealth.healthy === 1 ? 'works' : 'work'} as expected.`);
  if (byHealth.warning > 0)
    sentences.push(`${count(byHealth.warning)} ${byHealth.warning === 1 ? 'needs' : 'need'} a closer look.`);
  if (byHealth.critical > 0)
    sentences.push(
      `${count(byHealth.critical)} ${byHealth.critical === 1 ? 'has a serious problem' : 'have a serious problem'}.`,
    );
  if (byHealth.unknown > 0)
    sentences.push(
      `${count(byHealth.unknown)} ${byHealth.unknown === 1 ? 'has' : 'have'} no health data yet.`,
    );
  return sentences;
}

/**
 * The portfolio in short sentences for a stakeholder, written from the data: how many models,
 * how many live, how they are doing, and what needs attention in plain words. Statistics' names
 * stay out of the sentences; they are in `measures` and `glossary`, for "how we measure this".
 */
export function portfolioNarrative(summary: FleetSummary, maxNamed = 3): PlainSummary {
  const { totalModels, byStage } = summary;
  if (totalModels === 0)
    return {
      sentences: ['No models are registered yet, so there is nothing to report.'],
      attentionFrom: 1,
      measures: [],
      glossary: [],
    };

  const sentences = summary.partial
    ? [
        `We track more than ${count(totalModels)} models.`,
        `These figures cover the first ${count(totalModels)}.`,
      ]
    : [`We track ${count(totalModels)} ${totalModels === 1 ? 'model' : 'models'}.`];
  sentences.push(
    `${count(byStage.production)} ${byStage.production === 1 ? 'is' : 'are'} live in production.`,
  );
  sentences.push(...healthSentences(summary));

  const attentionFrom = sentences.length;
  const attention = summary.needsAttention.filter(
    (m) => m.health.status === 'critical' || m.health.status === 'warning',
  );
  if (attention.length === 0) {
    sentences.push('Nothing needs attention right now.');
    return { sentences, attentionFrom, measures: [], glossary: [] };
  }
  const named = attention.slice(0, maxNamed);
  for (const m of named)
    sentences.push(
      `${m.name} ${m.health.status === 'critical' ? 'needs attention now' : 'needs a look'}: ${plainCause(m)}.`,
    );
  const more = attention.length - named.length;
  if (more > 0)
    sentences.push(`${count(more)} more ${more === 1 ? 'model needs' : 'models need'} attention too.`);
  const measures = named.map((m) => ({ model: m.name, detail: m.health.reason }));
  return { sentences, attentionFrom, measures, glossary: glossaryFor(measures.map((m) => m.detail)) };
}
