import { chooseStep, limitStep } from '../step';
import type { TimeWindow } from '../time-range';

/**
 * The step of an Explore range query: the user's when they chose one, else one point a pixel
 * of the chart (domain/step's chooseStep, as every chart does); never so fine that Prometheus
 * would refuse the query for more than 11,000 points.
 */
export function exploreStep(
  window: TimeWindow,
  widthPx: number,
  scrapeIntervalSeconds: number,
  chosenSeconds?: number,
): { stepSeconds: number; chosen: boolean; widened: boolean } {
  if (chosenSeconds !== undefined && chosenSeconds > 0) {
    const limited = limitStep(window, chosenSeconds);
    // limitStep rounds to a nice step; a step the user typed is kept unless it must widen.
    const stepSeconds = limited > chosenSeconds && !fits(window, chosenSeconds) ? limited : chosenSeconds;
    return { stepSeconds, chosen: true, widened: stepSeconds !== chosenSeconds };
  }
  const auto = chooseStep({ rangeMs: window.to - window.from, widthPx, scrapeIntervalSeconds });
  return { stepSeconds: limitStep(window, auto), chosen: false, widened: false };
}

function fits(window: TimeWindow, stepSeconds: number): boolean {
  return (window.to - window.from) / (stepSeconds * 1000) + 1 <= 11_000;
}

/** "60s", "5m", "1h": a step as a person (and PromQL) writes it. */
export function formatStep(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}

/** Reads "30s", "5m", "1h" or a bare number of seconds; undefined if it is neither. */
export function parseStep(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(s|m|h)?\s*$/.exec(text);
  if (!match) return undefined;
  const seconds = Number(match[1]) * (match[2] === 'h' ? 3600 : match[2] === 'm' ? 60 : 1);
  return seconds > 0 ? seconds : undefined;
}
