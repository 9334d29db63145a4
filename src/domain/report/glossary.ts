/** A statistic's name and what it means, in one line for a reader who never studied statistics. */
export interface GlossaryEntry {
  term: string;
  meaning: string;
  /** Matches the term where it appears in a technical text. */
  pattern: RegExp;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    term: 'PSI (population stability index)',
    meaning:
      'How far the values a model sees have moved from those it learned on; above 0.2 is usually a real change.',
    pattern: /\bPSI\b/,
  },
  {
    term: 'JS distance (Jensen–Shannon)',
    meaning: 'How different two distributions of values are, from 0 (the same) to 1 (nothing in common).',
    pattern: /\bJS\b|Jensen/i,
  },
  {
    term: 'Disparate impact',
    meaning:
      'The rate of favourable outcomes for one group divided by another’s; below 0.8 is the usual warning line.',
    pattern: /disparate impact/i,
  },
  {
    term: 'Error budget',
    meaning: 'How much failure a service objective allows over its window before it is broken.',
    pattern: /error[- ]budget/i,
  },
  {
    term: 'SLO (service level objective)',
    meaning: 'A promise about a service, such as 99.5 % of requests answered within 150 ms.',
    pattern: /\bSLO\b/,
  },
  {
    term: 'p95 latency',
    meaning: 'The time within which 95 in 100 requests are answered.',
    pattern: /\bp9[59]\b/i,
  },
  { term: 'Accuracy', meaning: 'The share of predictions that were right.', pattern: /\baccuracy\b/i },
  {
    term: 'AUC',
    meaning: 'How well a model ranks positive cases above negative ones, from 0.5 (chance) to 1 (perfect).',
    pattern: /\bAUC\b/,
  },
  {
    term: 'Median and 90th percentile',
    meaning: 'The middle value, and the value 9 in 10 cases stay within.',
    pattern: /\bmedian\b|\bp90\b|percentile/i,
  },
  {
    term: 'Change failure rate',
    meaning: 'The share of releases that were rolled back or caused an incident.',
    pattern: /change failure/i,
  },
  {
    term: 'Time to restore',
    meaning: 'How long it took from a failure to service being back to normal.',
    pattern: /time to restore/i,
  },
];

/** The entries whose terms appear in any of the texts, in glossary order. */
export function glossaryFor(texts: readonly string[]): GlossaryEntry[] {
  return GLOSSARY.filter((entry) => texts.some((text) => entry.pattern.test(text)));
}
