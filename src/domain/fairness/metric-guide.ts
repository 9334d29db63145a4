import type { MetricId } from './attribute-fairness';

export type Intervention = 'punitive' | 'assistive';

export interface MetricAdvice {
  readonly metric: MetricId;
  readonly why: string;
}

/**
 * Which metric fits the decision, after the Aequitas fairness tree (Saleiro et al., "Aequitas: a
 * bias and fairness audit toolkit", 2018; the tree in its documentation): when the outcome is
 * handed out to everyone in proportion (representation), demographic parity; a punitive
 * intervention (refer, hold, deny) hurts those wrongly selected, so compare false-positive rates
 * (equalized odds); an assistive one (approve, offer) hurts those wrongly left out, so compare
 * true-positive rates (equal opportunity). When the score itself is read as a probability,
 * predictive parity as well.
 */
export function adviseMetric(intervention: Intervention, representation = false): MetricAdvice {
  if (representation)
    return {
      metric: 'demographic-parity-difference',
      why: 'the outcome should reach every group in proportion to its size, whatever the labels say',
    };
  return intervention === 'punitive'
    ? {
        metric: 'equalized-odds-difference',
        why: 'a punitive decision hurts those wrongly selected: compare false-positive rates as well as true-positive rates',
      }
    : {
        metric: 'equal-opportunity-difference',
        why: 'an assistive decision hurts those wrongly left out: compare true-positive rates',
      };
}
